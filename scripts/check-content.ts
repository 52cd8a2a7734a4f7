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
 * What was read is kept in Astro's cache folder (src/lib/check/file-cache.ts, report-memo.ts): when no
 * file has changed since the last run the result is reused after one `stat` per file; otherwise only
 * the files that changed are parsed again.
 *
 * Exit code: 1 when there are errors, 0 otherwise (warnings alone do not fail).
 * OCOP_CONTENT_DIR=folder and OCOP_AS_OF=YYYY-MM-DD are honoured.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { asOfDate } from '../src/lib/certificate.ts';
import { reusedRun, type CheckOptions, type CheckRun } from '../src/lib/check/render.ts';
import { cacheDir, contentDir } from '../src/lib/config.ts';

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
// The schemas and parsers are loaded only when the content has to be checked.
const run: CheckRun = reusedRun(options) ?? (await import('../src/lib/check/cli.ts')).runCheck({ ...options, reuse: false });
if (run.stderr) process.stderr.write(`${run.stderr}\n`);
if (run.stdout) process.stdout.write(`${run.stdout}\n`);
process.exitCode = run.code;
