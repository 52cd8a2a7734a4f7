/** Global setup of the `site` project: builds the sample content once into tests/.tmp/site. */
import { rmSync } from 'node:fs';
import { buildSite } from './build.ts';
import { SITE_DIR } from './paths.ts';

export default function setup() {
	if (process.env['OCOP_TEST_REUSE_BUILD'] === '1') return; // for quick local reruns of the site tests
	rmSync(SITE_DIR, { recursive: true, force: true });
	const result = buildSite('content', SITE_DIR);
	if (result.status !== 0) throw new Error(`The sample site did not build:\n${result.output.slice(-4000)}`);
}
