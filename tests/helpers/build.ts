/** Runs the real build (`scripts/build.mjs`, as `npm run build` does) for tests. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { AS_OF, ROOT, TEST_SITE } from './paths.ts';

/** What a build printed and how it ended. */
export interface BuildResult {
	status: number | null;
	output: string;
}

/**
 * The environment without what vitest puts into process.env for its own Vite (DEV=1, PROD, MODE,
 * SSR, BASE_URL, NODE_ENV=test…): passed on to a build, they switch Astro's output to development
 * mode, and the tested site would not be the published one.
 */
function cleanEnv(): NodeJS.ProcessEnv {
	const vitestOwn = new Set(['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'NODE_ENV', 'TEST']);
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestOwn.has(key) && !key.startsWith('VITEST')));
}

/** The environment of a test build of `contentDir` into `outDir`, with `env` added. */
export function buildEnv(contentDir: string, outDir: string, env: Record<string, string> = {}): NodeJS.ProcessEnv {
	return {
		...cleanEnv(),
		PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
		OCOP_CONTENT_DIR: contentDir,
		OCOP_OUT_DIR: outDir,
		OCOP_AS_OF: AS_OF,
		SITE_URL: TEST_SITE,
		ASTRO_TELEMETRY_DISABLED: '1',
		NO_COLOR: '1',
		FORCE_COLOR: '0',
		...env,
	};
}

/** Builds `contentDir` into `outDir`; the environment may add or override variables. */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): BuildResult {
	const run = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
		cwd: ROOT,
		encoding: 'utf8',
		env: buildEnv(contentDir, outDir, env),
	});
	return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
