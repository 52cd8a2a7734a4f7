/** Builds problems: the message's id and severity, the file, and the line of the offending value. */
import { message, type MessageName } from './messages.ts';
import { locate } from './positions.ts';
import type { Problem, RawRef } from './types.ts';

/** A field path as an editor reads it: `images[0].alt`. */
export const fieldName = (path: ReadonlyArray<PropertyKey>) =>
	path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

/** Parses a field name back into a path: `images[0].alt` → ['images', 0, 'alt']. */
export const fieldPath = (field: string): Array<string | number> =>
	field === '' ? [] : field.split(/\.|(?=\[)/).map((p) => (p.startsWith('[') ? Number(p.slice(1, -1)) : p));

/** A value shortened for a message. */
export const show = (v: unknown) => {
	if (v === undefined) return '(trống / empty)';
	const s = typeof v === 'string' ? v : v instanceof Date ? v.toISOString().slice(0, 10) : JSON.stringify(v);
	return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

/** Where a problem is: a file (or list entry) and a field in it, or a file alone. */
export interface Where {
	raw?: RawRef;
	/** The file, when there is no RawFile (a stray, a missing story). */
	file?: string;
	path?: ReadonlyArray<PropertyKey>;
	line?: number;
	column?: number;
}

/** A problem of the message `name` at `where`, in both languages. */
export function problem(name: MessageName, where: Where, vi: string, en: string, extra: Partial<Problem> = {}): Problem {
	const m = message(name);
	const path = where.path ?? [];
	const pos = where.line !== undefined ? { line: where.line, column: where.column } : where.raw ? locate(where.raw, path) : undefined;
	return {
		id: m.id,
		name: m.name,
		severity: m.severity,
		file: where.file ?? where.raw?.file ?? '',
		field: fieldName(path),
		...(pos?.line !== undefined ? { line: pos.line } : {}),
		...(pos?.column !== undefined ? { column: pos.column } : {}),
		vi,
		en,
		...extra,
	};
}
