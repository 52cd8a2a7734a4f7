/** Runs the real build (`scripts/build.mjs`, as `npm run build` does) for tests. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { AS_OF, ROOT, TEST_SITE } from './paths.ts';

/** What a build printed and how it ended. */
export interface BuildResult {
	status: number | null;
	output: string;
}

/** Builds `contentDir` into `outDir`; the environment may add or override variables. */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): BuildResult {
	const run = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
		cwd: ROOT,
		encoding: 'utf8',
		env: {
			...process.env,
			PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
			OCOP_CONTENT_DIR: contentDir,
			OCOP_OUT_DIR: outDir,
			OCOP_AS_OF: AS_OF,
			SITE_URL: TEST_SITE,
			ASTRO_TELEMETRY_DISABLED: '1',
			NO_COLOR: '1',
			FORCE_COLOR: '0',
			...env,
		},
	});
	return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
