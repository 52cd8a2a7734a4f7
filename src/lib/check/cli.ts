/**
 * What `npm run check:content` does, as a function (so tests run it in-process): read, check,
 * and render the report for a terminal or as JSON, with the exit code.
 */
import { resolve } from 'node:path';
import { readContent } from '../content-files.ts';
import { checkAll } from './content-index.ts';
import { FileCache } from './file-cache.ts';
import { messagesMarkdown } from './messages.ts';
import { cacheFiles, memoKey, renderResult, reusedRun, type CheckOptions, type CheckRun } from './render.ts';
import { storeResult, type CheckResult } from './report-memo.ts';

export type { CheckOptions, CheckRun } from './render.ts';

/**
 * Checks the content and renders the report. With `cacheDir`, the last result is reused when no
 * file has changed, and otherwise unchanged files are not parsed again.
 */
export function runCheck(o: CheckOptions): CheckRun {
	if (o.messages) {
		return {
			code: 0,
			stdout: `# Thông báo / Messages\n\n## Tiếng Việt\n\n${messagesMarkdown('vi')}\n## English\n\n${messagesMarkdown('en')}`,
			stderr: '',
		};
	}
	const started = performance.now();
	const reused = reusedRun(o);
	if (reused) return reused;
	const files = o.cacheDir ? cacheFiles(o.cacheDir) : undefined;
	const cache = new FileCache(files?.parsed);
	const raw = readContent(resolve(o.contentDir), o.root, { pictures: o.pictures ?? true, cache });
	const { problems, summary } = checkAll(raw, o.asOf);
	const result: CheckResult = { problems, summary, products: raw.products.length };
	if (files) {
		cache.save();
		storeResult(files.result, memoKey(o), cache, result);
	}
	return renderResult(result, Math.round(performance.now() - started), o);
}
