#!/usr/bin/env node
/**
 * The content check for GitHub Actions: each problem becomes an `::error file=…,line=…::` workflow
 * command (an annotation on that line of the pull request; warnings as `::warning`), then the
 * usual text; exits 1 on any error. Usage: npm run check:content:github
 */
import { resolve } from 'node:path';
import { toAnnotations } from '../src/lib/editors/annotations.ts';
import { asOfDate } from '../src/lib/certificate.ts';
import { checkAll, formatProblems } from '../src/lib/check/index.ts';
import { readContent } from '../src/lib/content/files.ts';
import { contentDir } from '../src/lib/config.ts';

const { problems } = checkAll(readContent(resolve(contentDir())), asOfDate());
for (const line of toAnnotations(problems)) console.log(line);
const errors = problems.filter((p) => p.severity === 'error');
if (errors.length) {
	console.error(formatProblems(errors));
	process.exit(1);
}
console.log('Nội dung hợp lệ / Content is valid.');
