/** Helpers shared by the rules about things that must be unique. */
import type { RawRef } from '../types.ts';

const same = (a: RawRef, b: RawRef) => a.file === b.file && a.id === b.id;

/**
 * The entry of `owners` that `raw` clashes with: the first other one listed before it (so the first
 * of two keeps its value and the second is reported), or any other when `raw` is not listed (a new
 * or edited entry checked on its own).
 */
export function clashWith<T extends RawRef>(owners: readonly T[] | undefined, raw: RawRef): T | undefined {
	if (!owners) return undefined;
	const self = owners.findIndex((o) => same(o, raw));
	const other = owners.findIndex((o) => !same(o, raw));
	return other !== -1 && (self === -1 || other < self) ? owners[other] : undefined;
}

/** A list file's entry as an editor finds it: `content/retired-products.yaml:12`. */
export const placeOf = (raw: RawRef, line?: number) => (line !== undefined ? `${raw.file}:${line}` : raw.file);
