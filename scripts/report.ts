#!/usr/bin/env node
/**
 * Reports for editors, from the content folder, without a build:
 *   npm run report -- translations   products without an English story, by district
 *   npm run report -- certificates   certificates revoked, expired or expiring within 90 days, by district and centre
 *   npm run report -- stock          what each OCOP centre and sales point stocks
 * Add --json for the data as JSON (for tools). OCOP_CONTENT_DIR and OCOP_AS_OF are honoured: the
 * day certificates are judged on is OCOP_AS_OF, or today. The same functions (src/lib/editors/reports.ts)
 * make the editors' pages of the built site.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { asOfDate } from '../src/lib/certificate.ts';
import { catalogueFromContent, ContentProblems } from '../src/lib/editors/catalogue-files.ts';
import { formatProblems } from '../src/lib/check/index.ts';
import { readContent } from '../src/lib/content/files.ts';
import { contentDir } from '../src/lib/config.ts';
import {
	certificateReport,
	certificateText,
	REPORT_KINDS,
	stockReport,
	stockText,
	translationReport,
	translationText,
	type ReportKind,
} from '../src/lib/editors/reports.ts';

const USAGE = `Cách dùng / usage: npm run report -- ${REPORT_KINDS.join('|')} [--json]`;

const { values, positionals } = parseArgs({
	options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
	allowPositionals: true,
});
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}
const kind = positionals[0];
if (positionals.length !== 1 || !(REPORT_KINDS as readonly string[]).includes(kind ?? '')) {
	console.error(
		`${kind === undefined ? 'Thiếu loại báo cáo / No report named.' : `Không có báo cáo "${kind}" / No report "${kind}".`}\n${USAGE}`,
	);
	process.exit(2);
}

let catalogue;
try {
	catalogue = catalogueFromContent(readContent(resolve(contentDir())), asOfDate());
} catch (error) {
	if (!(error instanceof ContentProblems)) throw error;
	console.error(formatProblems(error.problems));
	console.error('\nSửa các lỗi trên rồi chạy lại / Fix the problems above, then run the report again.');
	process.exit(1);
}

const reports: Record<ReportKind, () => { data: unknown; text: string }> = {
	translations: () => {
		const r = translationReport(catalogue);
		return { data: r, text: translationText(r) };
	},
	certificates: () => {
		const r = certificateReport(catalogue);
		return { data: r, text: certificateText(r) };
	},
	stock: () => {
		const r = stockReport(catalogue);
		return { data: r, text: stockText(r) };
	},
};
const { data, text } = reports[kind as ReportKind]();
console.log(values.json ? JSON.stringify(data, null, 2) : text);
