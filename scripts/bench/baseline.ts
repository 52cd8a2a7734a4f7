#!/usr/bin/env node
/**
 * The bench's baseline: a plain Node script that reads the same content folder as the build and
 * writes the same number of HTML pages of the same average size, one folder per page as the site
 * does. It is what the machine can do with no framework at all, timed in the same run as the
 * build, so the bench can print every figure as a ratio that survives a noisy, shared machine.
 *
 *   node scripts/bench/baseline.ts --content DIR --out DIR --pages N --bytes AVERAGE
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readContent } from '../../src/lib/content/files.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Writes `pages` pages of about `bytes` each from the products of `content` into `out`. */
export function writeBaseline(content: string, out: string, pages: number, bytes: number): void {
	const raw = readContent(content);
	const products = raw.products.map((p) => {
		const story = p.stories.vi;
		const data = (story?.data ?? {}) as { name?: string; summary?: string };
		return { slug: p.id, name: data.name ?? p.id, summary: data.summary ?? '', body: story?.body ?? '' };
	});
	rmSync(out, { recursive: true, force: true });
	for (let i = 0; i < pages; i++) {
		const p = products[i % products.length] ?? { slug: `page-${i}`, name: `Page ${i}`, summary: '', body: '' };
		const paragraphs = p.body
			.split(/\n{2,}/)
			.map((text) => `<p>${escape(text)}</p>`)
			.join('\n');
		let html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escape(p.name)}</title><meta name="description" content="${escape(p.summary)}"><link rel="stylesheet" href="/site.css"></head><body><header><a href="/">OCOP</a></header><main><h1>${escape(p.name)}</h1><p>${escape(p.summary)}</p>\n${paragraphs}\n`;
		// Pad (or cut) to the average size of the site's pages, so both write the same bytes.
		while (html.length < bytes - 30) html += `<p>${escape(p.summary)}</p>\n`;
		html = `${html.slice(0, Math.max(0, bytes - 30))}</main></body></html>\n`;
		const dir = join(out, 'p', String(i));
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'index.html'), html);
	}
}

if (import.meta.main) {
	const { values } = parseArgs({
		options: { content: { type: 'string' }, out: { type: 'string' }, pages: { type: 'string' }, bytes: { type: 'string' } },
	});
	if (!values.content || !values.out || !values.pages || !values.bytes)
		throw new Error('usage: baseline.ts --content DIR --out DIR --pages N --bytes AVERAGE');
	writeBaseline(values.content, values.out, Number(values.pages), Number(values.bytes));
}
