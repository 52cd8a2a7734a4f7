#!/usr/bin/env node
/**
 * Rewrites the generated sections of the editor guide (docs/guide/vi.md, docs/guide/en.md): the
 * field reference and the list of messages, from the content model and the content check (see
 * src/lib/editors/guide.ts). Run it after changing a field or a message: npm run guide
 * With --check, changes nothing and exits 1 when a guide is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GUIDE_FILES, regenerate, type GuideLang } from '../src/lib/editors/guide.ts';

const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');
let stale = 0;
for (const [lang, file] of Object.entries(GUIDE_FILES) as Array<[GuideLang, string]>) {
	const path = join(root, file);
	const text = readFileSync(path, 'utf8');
	const next = regenerate(text, lang);
	if (next === text) continue;
	stale++;
	if (check) console.error(`${file} is out of date: run npm run guide`);
	else {
		writeFileSync(path, next);
		console.log(`${file} updated`);
	}
}
if (check && stale) process.exit(1);
if (!stale) console.log('The guides are up to date.');
