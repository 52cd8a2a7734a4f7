/**
 * A site published under a sub-path, as GitHub Pages publishes a project site
 * (`https://<owner>.github.io/<repo>/`): the minimal fixture built with a `SITE_URL` that has a path.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from './build.ts';
import { TMP } from './paths.ts';

/** The public address of the sub-path build: origin and base in one variable, as a deployer sets it. */
export const SUB_PATH_SITE = 'https://ocop.example.org/ocop/';
/** The base that follows from it. */
export const SUB_PATH_BASE = '/ocop/';
/** The content it is built from. */
export const SUB_PATH_CONTENT = 'tests/fixtures/minimal';

/** Builds the fixture under the sub-path into `tests/.tmp/<name>` (reused with OCOP_TEST_REUSE_BUILD=1); returns the folder. */
export function buildSubPathSite(name: string): string {
	const out = join(TMP, name);
	if (process.env['OCOP_TEST_REUSE_BUILD'] === '1' && existsSync(join(out, 'index.html'))) return out;
	rmSync(out, { recursive: true, force: true });
	const result = buildSite(SUB_PATH_CONTENT, out, { SITE_URL: SUB_PATH_SITE });
	if (result.status !== 0) throw new Error(`The fixture did not build under ${SUB_PATH_SITE}:\n${result.output.slice(-4000)}`);
	return out;
}
