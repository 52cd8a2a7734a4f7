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
 *
 * Exit code: 1 when there are errors, 0 otherwise (warnings alone do not fail).
 * OCOP_CONTENT_DIR=folder and OCOP_AS_OF=YYYY-MM-DD are honoured.
 */
import { parseArgs } from 'node:util';
import { asOfDate } from '../src/lib/certificate.ts';
import { runCheck } from '../src/lib/check/cli.ts';
import { contentDir } from '../src/lib/config.ts';

const { values: args } = parseArgs({
	options: { json: { type: 'boolean' }, all: { type: 'boolean' }, messages: { type: 'boolean' }, 'no-pictures': { type: 'boolean' } },
});
const run = runCheck({
	contentDir: contentDir(),
	root: process.cwd(),
	asOf: asOfDate(),
	json: args.json ?? false,
	all: args.all ?? false,
	messages: args.messages ?? false,
	pictures: !args['no-pictures'],
});
if (run.stderr) process.stderr.write(`${run.stderr}\n`);
if (run.stdout) process.stdout.write(`${run.stdout}\n`);
process.exitCode = run.code;
