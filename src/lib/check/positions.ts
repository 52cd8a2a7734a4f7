/**
 * Places a problem on the line and column of the offending value. Files are read with js-yaml
 * (fast, no positions); only a file that has a problem is parsed again, once, with the `yaml`
 * package's positions (`LineCounter`), so a clean catalogue pays nothing for this.
 */
import { createRequire } from 'node:module';
import type { LineCounter, Node } from 'yaml';
import type { RawRef, Source } from './types.ts';

interface Parsed {
	contents: Node | null;
	lines: LineCounter;
}
const parsed = new WeakMap<Source, Parsed>();

type Yaml = typeof import('yaml');
let yamlModule: Yaml | undefined;
/** The `yaml` parser, loaded when a problem first needs it: most are placed by `blockKey` without parsing. */
const yaml = (): Yaml => (yamlModule ??= createRequire(import.meta.url)('yaml') as Yaml);

function parse(source: Source): Parsed {
	let hit = parsed.get(source);
	if (!hit) {
		const { LineCounter, parseDocument } = yaml();
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
export function locate(raw: RawRef, path: ReadonlyArray<PropertyKey>): Position | undefined {
	if (!raw.source) return undefined;
	if (!raw.at?.length && path.length && path.every((k) => typeof k === 'string')) {
		const quick = blockKey(raw.source.text, path as readonly string[]);
		if (quick) return { line: quick.line + (raw.source.lineOffset ?? 0), column: quick.column };
	}
	const { contents, lines } = parse(raw.source);
	const { isMap, isScalar, isSeq } = yaml();
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

/**
 * The fast path, without parsing: the value of `path` when every key of it starts a line of a
 * block mapping (`certificate:` then, indented under it, `date: 2024-01-18`), as most content is
 * written. Anything else (a flow mapping `{ … }`, a list, a missing key) returns undefined and
 * `locate` parses the file.
 */
function blockKey(text: string, path: readonly string[]): Position | undefined {
	let indent = -1;
	// Indentation of the keys of the mapping being searched (its first line sets it).
	let childIndent: number | undefined = 0;
	let depth = 0;
	let line = 0;
	let start = 0;
	while (start <= text.length) {
		let end = text.indexOf('\n', start);
		if (end === -1) end = text.length;
		line++;
		const content = text.slice(start, end);
		const spaces = content.length - content.trimStart().length;
		const rest = content.slice(spaces);
		if (rest !== '' && !rest.startsWith('#')) {
			if (spaces <= indent) return undefined; // left the parent mapping without finding the key
			childIndent ??= spaces;
			const key = path[depth] as string;
			if (spaces === childIndent && rest.startsWith(key) && /^\s*:(\s|$)/.test(rest.slice(key.length))) {
				if (++depth === path.length) {
					const after = rest.slice(key.length).replace(/^\s*:/, '');
					const value = after.length - after.trimStart().length;
					const column = spaces + key.length + (rest.length - key.length - after.length) + value + 1;
					return after.trim() === '' || after.trimStart().startsWith('#') ? undefined : { line, column };
				}
				indent = spaces;
				childIndent = undefined;
			}
		}
		start = end + 1;
	}
	return undefined;
}
