/** Per-file validation: one file against its schema, zod's issues turned into editor-facing problems. */
import type { z } from 'zod';
import { fieldAt, type ContentKind } from '../content/describe.ts';
import { fieldName, problem, show } from './problem.ts';
import type { Problem, RawFile } from './types.ts';

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
	let v: unknown = data;
	for (const key of path) {
		if (v === null || typeof v !== 'object') return undefined;
		v = (v as Record<PropertyKey, unknown>)[key];
	}
	return v;
}

/** Validates `raw` as a `kind`; returns the parsed data, or undefined after adding its problems to `problems`. */
export function validate<T>(schema: z.ZodType<T>, kind: ContentKind, raw: RawFile, problems: Problem[]): T | undefined {
	if (raw.parseError !== undefined) {
		problems.push(
			problem(
				'unreadable-yaml',
				{ raw, ...(raw.parseLine !== undefined ? { line: raw.parseLine, column: raw.parseColumn } : {}) },
				`Không đọc được tệp: ${raw.parseError}. Cách sửa: kiểm tra thụt lề và dấu hai chấm ở dòng được chỉ ra.`,
				`The file cannot be read: ${raw.parseError}. Fix: check the indentation and colons on the line shown.`,
			),
		);
		return undefined;
	}
	const result = schema.safeParse(raw.data);
	if (result.success) return result.data;
	const seen = new Set<string>();
	for (const issue of result.error.issues) {
		// A union reports each branch; one problem per field is what an editor needs.
		const field = fieldName(issue.path);
		if (seen.has(field)) continue;
		seen.add(field);
		const value = valueAt(raw.data, issue.path);
		const help = fieldAt(kind, issue.path)?.help ?? { vi: 'xem ví dụ trong docs/guide/vi.md', en: 'see the example in docs/guide/en.md' };
		const missing = value === undefined;
		problems.push(
			problem(
				missing ? 'missing-field' : 'invalid-value',
				{ raw, path: issue.path },
				`${missing ? `Thiếu trường "${field}"` : `Giá trị của "${field}" không hợp lệ (đang ghi: ${show(value)})`}. Cách sửa: ${help.vi}.`,
				`${missing ? `The field "${field}" is missing` : `The value of "${field}" is not valid (found: ${show(value)})`}. Fix: ${help.en}.`,
			),
		);
	}
	return undefined;
}
