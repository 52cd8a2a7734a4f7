/**
 * What `npm run check:content` does, as a function (so tests run it in-process): read, check,
 * and render the report for a terminal or as JSON, with the exit code.
 */
import { resolve } from 'node:path';
import { readContent } from '../content-files.ts';
import { checkAll } from './content-index.ts';
import { formatProblems, formatSummary, formatWarnings, type JsonReport } from './format.ts';
import { messagesMarkdown } from './messages.ts';
import { summarise } from './summary.ts';

export interface CheckOptions {
	contentDir: string;
	/** Files are named relative to this folder. */
	root: string;
	asOf: string;
	json?: boolean;
	/** Every warning rather than 20 of each kind. */
	all?: boolean;
	/** Read picture headers for the picture warnings (default true). */
	pictures?: boolean;
	/** Print the message list instead of checking. */
	messages?: boolean;
}

export interface CheckRun {
	/** 1 when there are errors, 0 otherwise. */
	code: number;
	stdout: string;
	stderr: string;
}

export function runCheck(o: CheckOptions): CheckRun {
	if (o.messages) {
		return {
			code: 0,
			stdout: `# Thông báo / Messages\n\n## Tiếng Việt\n\n${messagesMarkdown('vi')}\n## English\n\n${messagesMarkdown('en')}`,
			stderr: '',
		};
	}
	const started = performance.now();
	const raw = readContent(resolve(o.contentDir), o.root, { pictures: o.pictures ?? true });
	const { index, problems } = checkAll(raw, o.asOf);
	const errors = problems.filter((p) => p.severity === 'error');
	const warnings = problems.filter((p) => p.severity === 'warning');
	const summary = summarise(index);
	const ms = Math.round(performance.now() - started);
	const code = errors.length ? 1 : 0;
	if (o.json) {
		const report: JsonReport = { ok: code === 0, errors, warnings, summary, ms };
		return { code, stdout: JSON.stringify(report, null, '\t'), stderr: '' };
	}
	const out: string[] = [];
	if (warnings.length) out.push(`${formatWarnings(warnings, o.all ? Infinity : 20)}\n`);
	out.push(formatSummary(summary, ms));
	if (!errors.length) out.push(`Nội dung hợp lệ / Content is valid: ${raw.products.length} sản phẩm / products (${ms} ms).`);
	return { code, stdout: out.join('\n'), stderr: errors.length ? `${formatProblems(errors)}\n` : '' };
}
