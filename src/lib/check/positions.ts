/**
 * Places a problem on the line and column of the offending value. Files are read with js-yaml
 * (fast, no positions); only a file that has a problem is parsed again, once, with the `yaml`
 * package's positions (`LineCounter`), so a clean catalogue pays nothing for this.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { RawFile, Source } from './types.ts';

interface Parsed {
	contents: Node | null;
	lines: LineCounter;
}
const parsed = new WeakMap<Source, Parsed>();

function parse(source: Source): Parsed {
	let hit = parsed.get(source);
	if (!hit) {
		const lines = new LineCounter();
		const doc = parseDocument(source.text, { lineCounter: lines, uniqueKeys: false });
		parsed.set(source, (hit = { contents: doc.contents as Node | null, lines }));
	}
	return hit;
}

/** 1-based line and column. */
export interface Position {
	line: number;
	column: number;
}

/**
 * Where the value at `path` of `raw` is written: the value itself when it is there, else the key
 * of the nearest enclosing field that is (a missing field is reported at its parent).
 */
export function locate(raw: RawFile, path: ReadonlyArray<PropertyKey>): Position | undefined {
	if (!raw.source) return undefined;
	const { contents, lines } = parse(raw.source);
	let node: unknown = contents;
	let offset: number | undefined = (contents as Node | null)?.range?.[0];
	for (const key of [...(raw.at ?? []), ...path]) {
		if (isMap(node)) {
			const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
			if (!pair) break;
			const value = pair.value as Node | null;
			offset = value?.range?.[0] ?? (pair.key as Node).range?.[0] ?? offset;
			node = value;
		} else if (isSeq(node) && typeof key === 'number') {
			const item = node.items[key] as Node | undefined;
			if (!item) break;
			offset = item.range?.[0] ?? offset;
			node = item;
		} else break;
	}
	if (offset === undefined) return undefined;
	const pos = lines.linePos(offset);
	return { line: pos.line + (raw.source.lineOffset ?? 0), column: pos.col };
}
