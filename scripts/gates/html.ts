/**
 * Valid HTML: html-validate over every page of a built site, with the project's
 * `.htmlvalidate.json` (the `html-validate:recommended` preset; see docs/development.md for what is changed
 * and why). Every error is a failure naming the page, the element and the rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { fileFor, htmlPages } from './dist.ts';
import type { Failure } from './report.ts';

/** The project's html-validate configuration file. */
export const HTML_VALIDATE_CONFIG = fileURLToPath(new URL('../../.htmlvalidate.json', import.meta.url));

/** Validates `pages` (site paths; every HTML page when omitted) of the site built in `dir`. */
export async function checkHtml(dir: string, pages: readonly string[] = htmlPages(dir)): Promise<Failure[]> {
	const config = JSON.parse(readFileSync(HTML_VALIDATE_CONFIG, 'utf8')) as ConfigData;
	const validator = new HtmlValidate(config);
	const failures: Failure[] = [];
	for (const path of pages) {
		const file = fileFor(path, dir) ?? join(dir, path);
		const report = await validator.validateString(readFileSync(file, 'utf8'), file);
		for (const result of report.results) {
			for (const m of result.messages) {
				if (m.severity < 2) continue;
				failures.push({
					gate: 'html',
					page: path,
					element: `${m.selector ?? '(document)'} (line ${m.line}:${m.column})`,
					rule: m.ruleId,
					message: m.message,
				});
			}
		}
	}
	return failures;
}
