/**
 * `reserved-id` (OCOP-E040): an id that is a path word of the site's own pages under its kind's
 * path (`tinh` for a sales point: /diem-ban/tinh/ is the folder of the province lists) would make
 * two pages of one address. The words come from the route table (reservedIds in src/lib/routes.ts),
 * so a page added under a kind's path reserves its word here too.
 */
import { reservedIds, SEGMENTS, type RouteKey } from '../../routes.ts';
import type { EntryKind, EntryRule } from '../entries.ts';
import { problem } from '../problem.ts';
import type { RawProduct } from '../types.ts';

/** The pages of each kind of entry that has pages of its own. */
const ROUTES: Partial<Record<EntryKind, RouteKey>> = {
	province: 'provinces',
	district: 'districts',
	producer: 'producers',
	centre: 'centres',
	salesPoint: 'salesPoints',
	product: 'products',
};

/** An id to offer instead: the id and the district (or province) it is in, which is free of path words. */
function example(e: Parameters<NonNullable<EntryRule['entry']>>[0], id: string): string {
	if (e.kind === 'district') return `${id}-${e.data.province}`;
	if (e.kind === 'producer' || e.kind === 'centre' || e.kind === 'salesPoint' || e.kind === 'product') return `${id}-${e.data.district}`;
	return `${id}-1`;
}

export const reservedId: EntryRule = {
	name: 'reserved-id',
	scope: 'entry',
	kinds: ['province', 'district', 'producer', 'centre', 'salesPoint', 'product'],
	entry(e, { problems }) {
		const key = ROUTES[e.kind];
		if (!key) return;
		// A province is an entry of provinces.yaml with an `id`; the others are named by their file or folder.
		const id = e.kind === 'province' ? e.data.id : e.raw.id;
		if (!reservedIds(key).has(id)) return;
		const where =
			e.kind === 'province' ? { raw: e.raw, path: ['id'] } : e.kind === 'product' ? { file: (e.raw as RawProduct).dir } : { raw: e.raw };
		const [vi, en] =
			e.kind === 'province'
				? ['Mã `id`', 'The `id`']
				: e.kind === 'product'
					? ['Tên thư mục', 'The folder name']
					: ['Tên tệp', 'The file name'];
		const rename = example(e, id);
		// The address that is already another page's: in the language whose path word it is.
		const taken = (locale: 'vi' | 'en') =>
			Object.values(SEGMENTS).some((p) => `${p[locale]}/`.startsWith(`${SEGMENTS[key][locale]}/${id}/`));
		const address = taken('vi') ? `/${SEGMENTS[key].vi}/${id}/` : `/en/${SEGMENTS[key].en}/${id}/`;
		problems.push(
			problem(
				'reserved-id',
				where,
				`${vi} "${id}" trùng với một từ trong địa chỉ trang của web: ${address} đã là trang khác. Cách sửa: đổi thành "${rename}" và sửa các chỗ nhắc đến nó.`,
				`${en} "${id}" is a word of the site’s addresses: ${address} is another page. Fix: rename it to "${rename}", and the references to it.`,
			),
		);
	},
};
