#!/usr/bin/env node
/**
 * The editors' content check: validates everything under content/ without a build and prints each
 * problem with its file:line, field, message id and fix in Vietnamese and English, then warnings
 * (which do not fail) and a summary.
 *
 *   npm run check:content               errors, warnings (20 of each kind at most) and a summary
 *   npm run check:content -- --all      every warning
 *   npm run check:content -- --json     one JSON object (JsonReport in src/lib/check/format.ts) for tools
 *   npm run check:content -- --messages every message id with how to fix it (Markdown)
 *
 * Exit code: 1 when there are errors, 0 otherwise (warnings alone do not fail).
 * OCOP_CONTENT_DIR=folder and OCOP_AS_OF=YYYY-MM-DD are honoured.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { asOfDate } from '../src/lib/certificate.ts';
import { checkAll, formatProblems, formatSummary, formatWarnings, messagesMarkdown, summarise, type JsonReport } from '../src/lib/content-check.ts';
import { readContent } from '../src/lib/content-files.ts';
import { contentDir } from '../src/lib/config.ts';

const { values: args } = parseArgs({
	options: { json: { type: 'boolean' }, all: { type: 'boolean' }, messages: { type: 'boolean' }, 'no-pictures': { type: 'boolean' } },
});

if (args.messages) {
	console.log(`# Thông báo / Messages\n\n## Tiếng Việt\n\n${messagesMarkdown('vi')}\n## English\n\n${messagesMarkdown('en')}`);
	process.exit(0);
}

const started = performance.now();
const raw = readContent(resolve(contentDir()), process.cwd(), { pictures: !args['no-pictures'] });
const { index, problems } = checkAll(raw, asOfDate());
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');
const summary = summarise(index);
const ms = Math.round(performance.now() - started);

if (args.json) {
	const report: JsonReport = { ok: errors.length === 0, errors, warnings, summary, ms };
	console.log(JSON.stringify(report, null, '\t'));
} else {
	if (errors.length) console.error(`${formatProblems(errors)}\n`);
	if (warnings.length) console.log(`${formatWarnings(warnings, args.all ? Infinity : 20)}\n`);
	console.log(formatSummary(summary, ms));
	if (!errors.length) console.log(`Nội dung hợp lệ / Content is valid: ${raw.products.length} sản phẩm / products (${ms} ms).`);
}
process.exitCode = errors.length ? 1 : 0;
