import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing; `site` builds the sample site once (globalSetup) and tests
// the output, in Node and in Debian's Chromium. Test files read like sentences; see tests/README.md.
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'site',
					include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
					globalSetup: ['tests/helpers/build-site.ts'],
					testTimeout: 60_000,
					hookTimeout: 240_000,
					// Builds and browsers share two cores; running files one by one keeps them predictable.
					fileParallelism: false,
				},
			},
		],
	},
});
