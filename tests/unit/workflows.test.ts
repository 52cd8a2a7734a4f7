import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toAnnotations } from '../../src/lib/editors/annotations.ts';

interface Step {
	name?: string;
	if?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, unknown>;
}
interface Workflow {
	on: Record<string, unknown>;
	permissions?: Record<string, string>;
	jobs: Record<string, { 'runs-on': string; needs?: string; env?: Record<string, string>; steps: Step[] }>;
}

const workflow = (name: string) => parse(readFileSync(`.github/workflows/${name}`, 'utf8'), { prettyErrors: true }) as Workflow;

/** The README's test command: the line of its first code block that runs the tests, without its comment. */
function readmeTestCommand(): string {
	const block = /```[a-z]*\n([\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))?.[1] ?? '';
	const line = block.split('\n').find((l) => /\btest\b/.test(l.replace(/#.*/, '')));
	return (line ?? '').replace(/#.*/, '').trim();
}

describe('the pull-request workflow', () => {
	const wf = workflow('pull-request.yml');

	it('runs on every pull request', () => {
		expect(Object.keys(wf.on)).toEqual(['pull_request']);
	});

	it('runs the content check as GitHub annotations in one job', () => {
		const runs = wf.jobs.content?.steps.map((s) => s.run ?? s.uses) ?? [];
		expect(runs).toContain('npm run check:content:github');
		const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
		expect(pkg.scripts['check:content:github']).toBe('node scripts/check-content-github.ts');
	});

	it("runs the README's test command after a clean install", () => {
		const command = readmeTestCommand();
		expect(command).toMatch(/^npm (run )?test/);
		const steps = wf.jobs.test?.steps ?? [];
		const testAt = steps.findIndex((s) => s.run === command);
		expect(testAt).toBeGreaterThan(0);
		expect(steps.slice(0, testAt).some((s) => /^npm ci\b/.test(s.run ?? ''))).toBe(true);
	});

	it('can only read the repository', () => {
		expect(wf.permissions).toEqual({ contents: 'read' });
	});
});

describe('the publishing workflow', () => {
	const wf = workflow('deploy.yml');
	const build = wf.jobs.build?.steps ?? [];
	const uses = (action: string) => build.findIndex((s) => s.uses?.startsWith(`${action}@`));

	it('runs on main', () => {
		expect(wf.on.push).toEqual({ branches: ['main'] });
	});

	it('builds the site and uploads dist as the Pages artifact, then deploys it', () => {
		expect(uses('actions/configure-pages')).toBeGreaterThanOrEqual(0);
		const buildAt = build.findIndex((s) => s.run === 'npm run build');
		expect(buildAt).toBeGreaterThan(uses('actions/configure-pages'));
		expect(build[buildAt]?.env?.SITE_URL).toContain('steps.pages.outputs.base_url');
		expect(uses('actions/upload-pages-artifact')).toBeGreaterThan(buildAt);
		expect(build[uses('actions/upload-pages-artifact')]?.with?.path).toBe('dist');
		expect(wf.jobs.deploy?.needs).toBe('build');
		expect(wf.jobs.deploy?.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
		expect(wf.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
	});

	it("restores Astro's cache folder and the last output after npm ci and before the build, under a key that changes each run", () => {
		const cacheAt = uses('actions/cache');
		const cache = build[cacheAt];
		expect(String(cache?.with?.path).trim().split('\n')).toEqual(['node_modules/.astro', 'dist']);
		expect(String(cache?.with?.key)).toContain('github.run_id');
		expect(String(cache?.with?.['restore-keys'])).toContain('astro-');
		expect(cacheAt).toBeGreaterThan(build.findIndex((s) => /^npm ci\b/.test(s.run ?? '')));
		expect(cacheAt).toBeLessThan(build.findIndex((s) => s.run === 'npm run build'));
	});
});

describe('the publishing workflow with the media apart', () => {
	const wf = workflow('deploy.yml');
	const job = wf.jobs.build;
	const build = job?.steps ?? [];
	const buildAt = build.findIndex((s) => s.run === 'npm run build');
	const mediaAt = build.findIndex((s) => /\brclone copy\b/.test(s.run ?? ''));
	const media = build[mediaAt];

	it('publishes the media only when MEDIA_URL, the bucket and both secrets are set', () => {
		const gate = job?.env?.['MEDIA_PUBLISH'] ?? '';
		for (const needed of ['vars.MEDIA_URL', 'vars.MEDIA_BUCKET', 'secrets.MEDIA_ACCESS_KEY_ID', 'secrets.MEDIA_SECRET_ACCESS_KEY'])
			expect(gate).toContain(`${needed} != ''`);
		expect(gate.split('&&')).toHaveLength(4);
		expect(media?.if).toBe("env.MEDIA_PUBLISH == 'true'");
	});

	it('builds with MEDIA_URL only when the media will be published, so no page names media nobody uploaded', () => {
		expect(build[buildAt]?.env?.['MEDIA_URL']).toBe("${{ env.MEDIA_PUBLISH == 'true' && vars.MEDIA_URL || '' }}");
		const check = build.findIndex((s) => s.if === "vars.MEDIA_URL != '' && env.MEDIA_PUBLISH != 'true'");
		expect(check).toBeGreaterThanOrEqual(0);
		expect(check).toBeLessThan(buildAt);
		expect(build[check]?.run).toMatch(/exit 1/);
	});

	it('uploads dist-media after the build and before the pages that name it, copying changed files only and deleting none', () => {
		expect(mediaAt).toBeGreaterThan(buildAt);
		expect(mediaAt).toBeLessThan(build.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact@')));
		const copies = (media?.run ?? '').split('\n').filter((l) => /\brclone copy\b/.test(l));
		expect(copies.length).toBeGreaterThanOrEqual(2);
		for (const line of copies) {
			expect(line).toMatch(/"?dist-media[/"\s]/);
			expect(line).toContain('--checksum');
			expect(line).toContain('Cache-Control: public');
		}
		expect(media?.run).not.toMatch(/rclone (sync|delete|purge)/);
		expect(copies.some((l) => l.includes('immutable') && l.includes('--exclude "/og/**"') && l.includes('--exclude "/qr/**"'))).toBe(true);
	});

	it('gives the secrets to the upload step alone, never to the build or the install', () => {
		expect(media?.env?.['RCLONE_CONFIG_MEDIA_ACCESS_KEY_ID']).toBe('${{ secrets.MEDIA_ACCESS_KEY_ID }}');
		expect(media?.env?.['RCLONE_CONFIG_MEDIA_SECRET_ACCESS_KEY']).toBe('${{ secrets.MEDIA_SECRET_ACCESS_KEY }}');
		expect(media?.env?.['RCLONE_CONFIG_MEDIA_TYPE']).toBe('s3');
		build.forEach((step, i) => {
			if (i !== mediaAt) expect(JSON.stringify(step), step.name ?? step.run ?? step.uses).not.toContain('secrets.');
		});
		for (const value of Object.values(job?.env ?? {})) expect(value.replace(/secrets\.\w+ != ''/g, '')).not.toContain('secrets.');
	});
});

describe('content problems as GitHub annotations', () => {
	const problem = { id: 'OCOP-E025', name: 'story-forbidden-element', severity: 'error' } as const;

	it('puts a problem on its file, line and column, Vietnamese then English, with its id and field as title', () => {
		expect(
			toAnnotations([
				{
					...problem,
					file: 'content/products/a/story.vi.mdx',
					field: 'story',
					line: 7,
					column: 3,
					vi: 'Sai: 50%, hãy sửa',
					en: 'Wrong: 50%, fix it',
				},
			]),
		).toEqual([
			'::error file=content/products/a/story.vi.mdx,line=7,col=3,title=OCOP-E025 story::vi: Sai: 50%25, hãy sửa%0Aen: Wrong: 50%25, fix it',
		]);
	});

	it('escapes commas and colons in properties, leaves out an unknown line, and marks a warning as a warning', () => {
		expect(toAnnotations([{ ...problem, severity: 'warning', file: 'content/x,y.yaml', field: 'a:b', vi: 'v', en: 'e' }])).toEqual([
			'::warning file=content/x%2Cy.yaml,title=OCOP-E025 a%3Ab::vi: v%0Aen: e',
		]);
	});
});
