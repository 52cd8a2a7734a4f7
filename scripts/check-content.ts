#!/usr/bin/env node
/**
 * The editors' content check: validates everything under content/ without a build and prints each
 * problem with its file:line, field, message id and fix in Vietnamese and English, then warnings
 * (which do not fail) and a summary.
 *
 *   npm run check:content                 errors, warnings (20 of each kind at most) and a summary
 *   npm run check:content -- --all        every warning
 *   npm run check:content -- --json       one JSON object (JsonReport in src/lib/check/format.ts) for tools
 *   npm run check:content -- --messages   every message id with how to fix it (Markdown)
 *   npm run check:content -- --no-pictures  skip reading picture headers (size and width warnings)
 *   npm run check:content -- --no-cache   read and parse every file, and keep nothing for the next run
 *
 * What was found is kept in Astro's cache folder (src/lib/check/unit-cache.ts): when no file has
 * changed since the last run the report is reused after one `stat` per file; otherwise only the
 * product folders and files that changed are read and checked again, then the cross-file rules run.
 *
 * Exit code: 1 when there are errors, 0 otherwise (warnings alone do not fail).
 * OCOP_CONTENT_DIR=folder and OCOP_AS_OF=YYYY-MM-DD are honoured.
 */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { CheckOptions, CheckRun } from '../src/lib/check/render.ts';

// Node keeps the modules it compiled (TypeScript stripped) there, so that from the second run on the
// check's modules load in about half the time. Before any import of the project's modules, which follow.
// `npm run check:content` starts from scripts/check-content.mjs, which enables it before this file is
// stripped (then this call does nothing); run directly, this file is stripped on every run.
enableCompileCache(fileURLToPath(new URL('../node_modules/.cache/node-compile-cache', import.meta.url)));
const { asOfDate } = await import('../src/lib/certificate.ts');
const { probeRun } = await import('../src/lib/check/render.ts');
const { cacheDir, contentDir } = await import('../src/lib/config.ts');

const { values: args } = parseArgs({
	options: {
		json: { type: 'boolean' },
		all: { type: 'boolean' },
		messages: { type: 'boolean' },
		'no-pictures': { type: 'boolean' },
		'no-cache': { type: 'boolean' },
	},
});
const options: CheckOptions = {
	contentDir: contentDir(),
	root: process.cwd(),
	asOf: asOfDate(),
	json: args.json ?? false,
	all: args.all ?? false,
	messages: args.messages ?? false,
	pictures: !args['no-pictures'],
	...(args['no-cache'] ? {} : { cacheDir: join(process.cwd(), cacheDir()) }),
};
// The schemas and parsers are loaded only when something has to be checked.
const probed = probeRun(options);
const run: CheckRun = probed?.run ?? (await import('../src/lib/check/cli.ts')).runCheck(options, probed?.probe);
if (run.stderr) process.stderr.write(`${run.stderr}\n`);
if (run.stdout) process.stdout.write(`${run.stdout}\n`);
process.exitCode = run.code;
