/** The check's report: for a terminal (Vietnamese first, then English) and as JSON for tools. */
import { fullProblem, type AnyProblem } from './merge.ts';
import type { Summary } from './summary.ts';
import type { Problem } from './types.ts';

const where = (p: Problem) => `${p.file}${p.line !== undefined ? `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : ''}`;

const block = (p: Problem, i: number) =>
	`${i + 1}. ${where(p)}${p.field ? ` — ${p.field}` : ''} [${p.id} ${p.name}]\n   vi: ${p.vi}\n   en: ${p.en}`;

/** The errors as text: one block per problem, Vietnamese first. */
export function formatProblems(problems: readonly Problem[]): string {
	const head = `Nội dung có ${problems.length} lỗi, chưa thể xây dựng trang. / The content has ${problems.length} problem(s); the site was not built.`;
	return [head, '', ...problems.map(block)].join('\n');
}

/** The warnings as text; a message shown more than `perMessage` times is cut short, with the count. */
export function formatWarnings(warnings: readonly AnyProblem[], perMessage = Infinity): string {
	const head = `Có ${warnings.length} cảnh báo (không chặn việc xây dựng trang). / ${warnings.length} warning(s) (they do not stop the build).`;
	const shown = new Map<string, number>();
	const lines: string[] = [];
	let n = 0;
	for (const w of warnings) {
		const count = (shown.get(w.id) ?? 0) + 1;
		shown.set(w.id, count);
		// Only the warnings printed are decoded from the cache.
		if (count <= perMessage) lines.push(block(fullProblem(w), n++));
	}
	for (const [id, count] of shown) {
		if (count > perMessage) lines.push(`… ${id}: ${count - perMessage} cảnh báo nữa / more (--all: liệt kê hết / list them all)`);
	}
	return [head, '', ...lines].join('\n');
}

const pct = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)} %` : '–');

/** The summary as two or three lines. */
export function formatSummary(s: Summary, ms?: number): string {
	return [
		`Tóm tắt / Summary: ${s.products} sản phẩm / products, ${s.producers} chủ thể / producers, ${s.districts} huyện / districts.`,
		`  Hạng sao / Stars: 3★ ${s.stars[3]} · 4★ ${s.stars[4]} · 5★ ${s.stars[5]}`,
		`  Chứng nhận / Certificates: còn hiệu lực / valid ${s.status.valid} · hết hạn / expired ${s.status.expired} · bị thu hồi / revoked ${s.status.revoked}`,
		`  Có câu chuyện tiếng Anh / With an English story: ${s.english} / ${s.products} (${pct(s.english, s.products)})`,
		...(ms !== undefined ? [`  Thời gian / Time: ${ms} ms`] : []),
	].join('\n');
}

/** What `--json` prints: one object, stable for tools. */
export interface JsonReport {
	ok: boolean;
	errors: Problem[];
	warnings: Problem[];
	summary: Summary;
	ms?: number;
}
