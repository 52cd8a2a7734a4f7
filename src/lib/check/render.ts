/**
 * What `npm run check:content` prints for a check's result: for a terminal or as JSON, with the exit
 * code. Light (no schemas, no parsers), so a result reused from the last run prints without them.
 */
import { resolve } from 'node:path';
import { formatProblems, formatSummary, formatWarnings, type JsonReport } from './format.ts';
import { fullProblem } from './merge.ts';
import { DamagedCache, forget, probeUnits, type CacheKey, type CheckResult, type Probe } from './unit-cache.ts';
import { readSynonyms } from '../search/synonyms.ts';

/**
 * A result kept by unit (unit-cache.ts) with the problems of content/synonyms.yaml, which is no unit:
 * read afresh on every run (one small file), so that a kept report never hides its mistakes.
 */
export function withSynonyms(result: CheckResult, o: Pick<CheckOptions, 'contentDir' | 'root'>): CheckResult {
	const { problems } = readSynonyms(resolve(o.contentDir), o.root);
	return problems.length ? { ...result, problems: [...result.problems, ...problems] } : result;
}

/** What the command writes, and its exit code. */
export interface CheckRun {
	/** 1 when there are errors, 0 otherwise. */
	code: number;
	stdout: string;
	stderr: string;
	/**
	 * With a cache folder: units (product folders, data files, list files) checked again, and those
	 * whose stored findings were reused; `merged` when the changed units' findings were merged into the
	 * last report (`checkFew` in cli.ts) rather than everything put together again.
	 */
	units?: { checked: number; reused: number; merged?: true };
}

/** What to check and how to print it. */
export interface CheckOptions {
	contentDir: string;
	/** Files are named relative to this folder. */
	root: string;
	asOf: string;
	/** JSON for tools, or text with 20 warnings of each kind (`all`: every one). */
	json?: boolean;
	all?: boolean;
	/** Read picture headers for the picture warnings (default true). */
	pictures?: boolean;
	/** Print the message list instead of checking. */
	messages?: boolean;
	/**
	 * Folder keeping what was found between runs (Astro's cache folder): each unit's result and the
	 * last report (`content-check-units.bin`, see unit-cache.ts), and the parsed files
	 * (`content-check.bin`, see file-cache.ts), used when many units changed. Nothing is kept when absent.
	 */
	cacheDir?: string;
}

/** The files kept in `cacheDir`. */
export const cacheFiles = (cacheDir: string) => ({
	parsed: resolve(cacheDir, 'content-check.bin'),
	units: resolve(cacheDir, 'content-check-units.bin'),
});

/** What the stored results must have been made for. */
export const cacheKey = (o: CheckOptions): CacheKey => ({
	contentDir: o.contentDir,
	root: o.root,
	asOf: o.asOf,
	pictures: o.pictures ?? true,
});

/**
 * Compares the content with what the last run kept (see unit-cache.ts): which units changed, and,
 * when none did, the report of the last run, ready to print. Undefined without a cache folder.
 */
export function probeRun(o: CheckOptions): { probe: Probe; run?: CheckRun } | undefined {
	if (o.messages || !o.cacheDir) return undefined;
	const probe = probeUnits(cacheFiles(o.cacheDir).units, cacheKey(o));
	if (!probe.report) return { probe };
	try {
		const run = renderResult(withSynonyms(probe.report, o), Math.round(performance.now() - probe.started), o);
		probe.close();
		return { probe, run: { ...run, units: { checked: 0, reused: probe.units.length } } };
	} catch (error) {
		if (!(error instanceof DamagedCache)) throw error;
		forget(probe);
		return { probe };
	}
}

/** The report of `result`, which took `ms` milliseconds. */
export function renderResult(result: CheckResult, ms: number, o: Pick<CheckOptions, 'json' | 'all'>): CheckRun {
	const errors = result.problems.filter((p) => p.severity === 'error').map(fullProblem);
	const warnings = result.problems.filter((p) => p.severity === 'warning');
	const code = errors.length ? 1 : 0;
	if (o.json) {
		const report: JsonReport = { ok: code === 0, errors, warnings: warnings.map(fullProblem), summary: result.summary, ms };
		return { code, stdout: JSON.stringify(report, null, '\t'), stderr: '' };
	}
	const out: string[] = [];
	if (warnings.length) out.push(`${formatWarnings(warnings, o.all ? Infinity : 20)}\n`);
	out.push(formatSummary(result.summary, ms));
	if (!errors.length) out.push(`Nội dung hợp lệ / Content is valid: ${result.products} sản phẩm / products (${ms} ms).`);
	return { code, stdout: out.join('\n'), stderr: errors.length ? `${formatProblems(errors)}\n` : '' };
}
