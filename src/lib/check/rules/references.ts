/**
 * `unknown-reference` (OCOP-E006): a district, province, producer, centre or sales point named by id
 * must exist. The message suggests the closest existing ids ("did you mean `tuy-duc`?").
 */
import type { RefTarget } from '../../content/schema.ts';
import type { CrossIndex, IndexRule } from '../entries.ts';
import { problem } from '../problem.ts';
import { closest } from '../suggest.ts';
import type { Problem, RawRef } from '../types.ts';

/** Where the ids of each kind live, as an editor sees it. */
const PLACE: Record<RefTarget, { file: (id: string) => string; list: (i: CrossIndex) => ReadonlyMap<string, unknown> }> = {
	province: { file: () => 'content/provinces.yaml', list: (i) => i.provinces },
	district: { file: (id) => `content/districts/${id}.yaml`, list: (i) => i.districts },
	producer: { file: (id) => `content/producers/${id}.yaml`, list: (i) => i.producers },
	centre: { file: (id) => `content/centres/${id}.yaml`, list: (i) => i.centres },
	salesPoint: { file: (id) => `content/sales-points/${id}.yaml`, list: (i) => i.salesPoints },
};

const code = (ids: readonly string[]) => ids.map((id) => `\`${id}\``).join(', ');

/** The problem for `path` of `raw` pointing at `value`, a missing `target`. */
export function unknownReference(index: CrossIndex, raw: RawRef, path: Array<string | number>, value: string, target: RefTarget): Problem {
	const where = PLACE[target];
	const known = where.list(index);
	const near = closest(value, known.keys());
	const examples = near.length ? [] : [...known.keys()].slice(0, 3);
	const field = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${p}`)).join('');
	const missing =
		target === 'province'
			? { vi: `tỉnh này không có trong ${where.file(value)}`, en: `${where.file(value)} has no such province` }
			: { vi: `không có tệp ${where.file(value)}`, en: `there is no file ${where.file(value)}` };
	const guess = near.length ? { vi: ` Có phải ý bạn là ${code(near)}?`, en: ` Did you mean ${code(near)}?` } : { vi: '', en: '' };
	const fix = near.length
		? {
				vi: `sửa thành ${code(near.slice(0, 1))} nếu đúng là nó, hoặc tạo tệp còn thiếu`,
				en: `change it to ${code(near.slice(0, 1))} if that is the one, or create the missing file`,
			}
		: {
				vi: `sửa lại cho đúng tên một tệp có sẵn${examples.length ? ` (ví dụ: ${examples.join(', ')})` : ''} hoặc tạo tệp đó`,
				en: `use the name of an existing file${examples.length ? ` (e.g. ${examples.join(', ')})` : ''} or create that file`,
			};
	return problem(
		'unknown-reference',
		{ raw, path },
		`"${field}" trỏ tới "${value}" nhưng ${missing.vi}.${guess.vi} Cách sửa: ${fix.vi}.`,
		`"${field}" points to "${value}" but ${missing.en}.${guess.en} Fix: ${fix.en}.`,
		near.length ? { suggestions: near } : {},
	);
}

export const references: IndexRule = {
	name: 'unknown-reference',
	scope: 'index',
	entry(e, { index, problems }) {
		const check = (path: Array<string | number>, value: string, target: RefTarget) => {
			if (!PLACE[target].list(index).has(value)) problems.push(unknownReference(index, e.raw, path, value, target));
		};
		switch (e.kind) {
			case 'district':
				check(['province'], e.data.province, 'province');
				break;
			case 'producer':
			case 'centre':
			case 'salesPoint':
			case 'retired':
				check(['district'], e.data.district, 'district');
				break;
			case 'product':
				check(['district'], e.data.district, 'district');
				check(['producer'], e.data.producer, 'producer');
				e.data.centres.forEach((id, i) => check(['centres', i], id, 'centre'));
				e.data.salesPoints.forEach((id, i) => check(['salesPoints', i], id, 'salesPoint'));
				break;
		}
	},
};
