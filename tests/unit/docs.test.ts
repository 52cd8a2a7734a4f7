import { existsSync, globSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

/** The README and every page of docs/ (the editors' guide included). */
const DOCS = ['README.md', ...globSync('docs/**/*.md', { cwd: ROOT })].sort();
const TOP = ['src', 'scripts', 'tests', 'content', 'docs', 'public', '.github', '.ci'];
const scripts = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

/** Repository paths a page names in `code`: they start with a top-level folder and hold no placeholder. */
export function namedPaths(markdown: string): string[] {
	const paths = new Set<string>();
	for (const [, span] of markdown.matchAll(/`([^`\n]+)`/g)) {
		for (const word of span!.split(/[\s,()]+/)) {
			const path = word.replace(/[.:;]+$/, '');
			if (!TOP.some((top) => path.startsWith(`${top}/`)) || /[<>*…{}|$=]/.test(path)) continue;
			paths.add(path.split('#')[0]!);
		}
	}
	return [...paths];
}

/** npm scripts a page tells someone to run (`npm run name`). */
export function namedScripts(markdown: string): string[] {
	return [...new Set([...markdown.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!))];
}

describe('the README and docs/', () => {
	it('name only files and folders that exist', () => {
		const missing = DOCS.flatMap((doc) =>
			namedPaths(readFileSync(join(ROOT, doc), 'utf8'))
				.filter((p) => !existsSync(join(ROOT, p)))
				.map((p) => `${doc}: ${p}`),
		);
		expect(missing).toEqual([]);
	});

	it('link only to pages that exist', () => {
		const missing = DOCS.flatMap((doc) =>
			[...readFileSync(join(ROOT, doc), 'utf8').matchAll(/\]\(([^)\s#]+)(#[^)]*)?\)/g)]
				.map((m) => m[1]!)
				.filter((href) => !/^[a-z]+:/.test(href))
				.filter((href) => !existsSync(resolve(ROOT, dirname(doc), href)))
				.map((href) => `${doc}: ${href}`),
		);
		expect(missing).toEqual([]);
	});

	it('tell people to run only npm scripts that package.json has', () => {
		const unknown = DOCS.flatMap((doc) =>
			namedScripts(readFileSync(join(ROOT, doc), 'utf8'))
				.filter((s) => !scripts.includes(s))
				.map((s) => `${doc}: npm run ${s}`),
		);
		expect(unknown).toEqual([]);
	});

	it('keep the README a front door of under 200 lines', () => {
		expect(readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n').length).toBeLessThan(200);
	});
});

describe('the path finder', () => {
	it('finds repository paths in code spans and skips placeholders', () => {
		expect(namedPaths('Run `scripts/build.mjs` on `content/products/<slug>/` or `src/lib/routes.ts`.')).toEqual([
			'scripts/build.mjs',
			'src/lib/routes.ts',
		]);
		expect(namedScripts('Run `npm run check:content` then npm run build.')).toEqual(['check:content', 'build']);
	});
});
