/** `revoked-still-sold` (OCOP-W004, a warning): a product whose certificate was revoked should not be listed where OCOP products are sold. */
import { certificateOf, type EntryRule } from '../entries.ts';
import { problem } from '../problem.ts';

export const revokedStillSold: EntryRule = {
	name: 'revoked-still-sold',
	scope: 'entry',
	kinds: ['product'],
	entry(e, { asOf, problems }) {
		if (e.kind !== 'product') return;
		const { certificate, centres, salesPoints } = e.data;
		if (!certificate.revoked || certificateOf(asOf, e).status !== 'revoked') return;
		const places = [...centres, ...salesPoints];
		if (!places.length) return;
		problems.push(
			problem(
				'revoked-still-sold',
				{ raw: e.raw, path: [salesPoints.length ? 'salesPoints' : 'centres'] },
				`Chứng nhận OCOP của sản phẩm đã bị thu hồi ngày ${certificate.revoked.date} nhưng sản phẩm vẫn được ghi ở ${places.join(', ')}. Cách sửa: xoá các mục này khỏi \`centres\` và \`salesPoints\` (ghi \`[]\`).`,
				`The product's OCOP certificate was revoked on ${certificate.revoked.date} but it is still listed at ${places.join(', ')}. Fix: remove them from \`centres\` and \`salesPoints\` (write \`[]\`).`,
			),
		);
	},
};
