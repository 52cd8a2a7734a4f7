/**
 * What `npm run check:content` does, as a function (so tests run it in-process): read, check,
 * and render the report for a terminal or as JSON, with the exit code.
 */
import { resolve } from 'node:path';
import { readContent, readUnit } from '../content-files.ts';
import { checkAll, checkUnit, crossCheck } from './content-index.ts';
import { FileCache } from './file-cache.ts';
import { mergeFound } from './merge.ts';
import { messagesMarkdown } from './messages.ts';
import { cacheFiles, probeRun, renderResult, type CheckOptions, type CheckRun } from './render.ts';
import { saveUnits, unitStamps, type CheckResult, type Probe, type UnitsToSave } from './unit-cache.ts';

export type { CheckOptions, CheckRun } from './render.ts';

/**
 * Above this many units to check again, files are read through the cache of parsed files
 * (file-cache.ts, shared with the build): loading it costs more than parsing a few hundred files.
 */
export const PARSED_CACHE_AFTER = 2000;

/**
 * Checks the content and renders the report. With `cacheDir`, the last report is reused when no
 * file has changed, and otherwise only the units that changed are read and checked again (see
 * unit-cache.ts). `probe` is what the caller already found (`probeRun`), if anything.
 */
export function runCheck(o: CheckOptions, probe?: Probe): CheckRun {
	if (o.messages) {
		return {
			code: 0,
			stdout: `# Thông báo / Messages\n\n## Tiếng Việt\n\n${messagesMarkdown('vi')}\n## English\n\n${messagesMarkdown('en')}`,
			stderr: '',
		};
	}
	const started = probe?.started ?? performance.now();
	if (!o.cacheDir) {
		const raw = readContent(resolve(o.contentDir), o.root, { pictures: o.pictures ?? true });
		const { problems, summary } = checkAll(raw, o.asOf);
		return renderResult({ problems, summary, products: raw.products.length }, Math.round(performance.now() - started), o);
	}
	if (!probe) {
		const probed = probeRun(o)!;
		if (probed.run) return probed.run;
		probe = probed.probe;
	}
	const result = probe.report ?? checkChanged(o, o.cacheDir, probe);
	const units = { checked: probe.stale, reused: probe.units.length - probe.stale };
	const run = renderResult(result, Math.round(performance.now() - started), o);
	probe.close();
	return { ...run, units };
}

/** Checks the units that changed since the cache was written, reuses the others' findings, runs the cross-file rules, and writes the cache. */
function checkChanged(o: CheckOptions, cacheDir: string, probe: Probe): CheckResult {
	const pictures = o.pictures ?? true;
	const parsed = probe.stale > PARSED_CACHE_AFTER ? new FileCache(cacheFiles(cacheDir).parsed) : undefined;
	const units: UnitsToSave['units'] = probe.units.map((unit, n) => {
		const i = probe.reuse[n]!;
		if (i >= 0) return { ...probe.kept[i]!, read: i };
		// Stamps first: a file changed while it is read is seen as changed by the next run.
		const read = unitStamps(unit, pictures);
		const { raws, strays } = readUnit(unit, o.root, { pictures, ...(parsed ? { cache: parsed } : {}) }, read.dir);
		return { result: checkUnit(unit.kind, raws, o.asOf), strays, read };
	});
	parsed?.save();
	const results = units.map((u) => u.result);
	const cross = crossCheck(results, [...probe.strays, ...units.flatMap((u) => u.strays)], o.asOf);
	const products = results.filter((r) => r.product).length;
	const report = { ...mergeFound(results, cross), products };
	saveUnits(probe, { units, report });
	return report;
}
