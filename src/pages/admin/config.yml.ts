/**
 * /admin/config.yml, the form editor's configuration, generated from the content schema at build
 * time (src/lib/editors/cms-config.ts); the git host and repository come from CMS_* variables (docs/form-editor.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { cmsConfig, cmsSettings } from '../../lib/editors/cms-config.ts';
import { contentDir, siteUrl } from '../../lib/config.ts';

export function GET(): Response {
	const provinces = (yaml.load(readFileSync(join(contentDir(), 'provinces.yaml'), 'utf8')) as { id: string; name: { vi: string } }[]).map(
		(p) => ({
			id: p.id,
			name: p.name.vi,
		}),
	);
	// The content folder as the repository names it (tests build fixtures from other folders).
	const dir = contentDir();
	const config = cmsConfig(cmsSettings(), {
		provinces,
		siteUrl: siteUrl(),
		contentFolder: /^[\w-]+(\/[\w-]+)*$/.test(dir) ? dir : 'content',
	});
	const head =
		'# Sinh tự động từ src/lib/content/schema.ts, đừng sửa tay. / Generated from src/lib/content/schema.ts: do not edit by hand.\n';
	return new Response(head + yaml.dump(config, { lineWidth: -1, noRefs: true }), {
		headers: { 'Content-Type': 'application/yaml; charset=utf-8' },
	});
}
