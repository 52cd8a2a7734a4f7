#!/usr/bin/env node
/**
 * Prints what each kind of page weighs: HTML + CSS + JS gzip-compressed (median and max per kind)
 * and the bytes of its pictures, then checks the budgets and the no-JavaScript rule.
 *
 *   node scripts/budgets.ts [distDir]      (default: dist, or OCOP_OUT_DIR)
 *
 * Exits 1 when a page is over budget or runs JavaScript it should not. Sizes, not timings: they do
 * not change with the machine.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
	BUDGETS,
	KIND_BUDGETS,
	REGISTRATION_BUDGET,
	SHELL_BUDGET,
	checkBudgets,
	checkImages,
	checkJavaScript,
	checkRegistration,
	checkShell,
	formatLargestPages,
	formatWeights,
	largestPages,
	weighSite,
	weightsByKind,
} from './gates/budgets.ts';
import { shellFiles } from '../src/lib/offline/shell.ts';
import { formatFailures } from './gates/report.ts';

const dir = resolve(process.argv[2] ?? process.env['OCOP_OUT_DIR'] ?? 'dist');
if (!existsSync(dir)) {
	console.error(`${dir} does not exist: build the site first (npm run build).`);
	process.exit(2);
}
const pages = weighSite(dir);
console.log(`${pages.length} pages in ${dir}\n`);
console.log(formatWeights(weightsByKind(pages)));
console.log(`\nThe largest page of each kind (HTML gzip ≤ ${BUDGETS.html / 1000} kB, ≤ ${BUDGETS.elements} elements):`);
console.log(formatLargestPages(largestPages(dir)).join('\n'));
console.log(
	`\nBudgets per page: HTML+CSS+JS ≤ ${BUDGETS.code / 1000} kB gzip, pictures ≤ ${BUDGETS.images / 1000} kB, HTML ≤ ${BUDGETS.html / 1000} kB gzip, ≤ ${BUDGETS.elements} elements.`,
);
for (const [kind, budget] of Object.entries(KIND_BUDGETS)) console.log(`  ${kind}: HTML+CSS+JS ≤ ${budget.code / 1000} kB gzip.`);
console.log(`Home and product pages: JS (the service worker's registration) ≤ ${REGISTRATION_BUDGET / 1000} kB gzip.`);
const shell = shellFiles(dir);
console.log(
	`The service worker stores ${shell.length} files, ${(shell.reduce((n, f) => n + f.bytes, 0) / 1000).toFixed(1)} kB, on install (budget ${SHELL_BUDGET / 1000} kB).`,
);
const failures = [...checkBudgets(pages), ...checkRegistration(pages), ...checkShell(dir), ...checkJavaScript(dir), ...checkImages(dir)];
if (failures.length) {
	console.error(`\n${formatFailures(failures)}`);
	process.exit(1);
}
console.log('Every page is within budget, runs no JavaScript it should not, and has well-formed pictures.');
