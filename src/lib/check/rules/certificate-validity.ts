/**
 * Warnings about the 36-month validity of a recognition decision (`certificate.ts`), as of the
 * check's day (today or `OCOP_AS_OF`): `certificate-expired` (OCOP-W002) and `certificate-expiring`
 * within 90 days (OCOP-W003). A revoked certificate has its own warning (`revoked-still-sold`).
 */
import { addDays } from '../../certificate.ts';
import { certificateOf, type EntryRule } from '../entries.ts';
import { problem } from '../problem.ts';

/** How many days before expiry an editor is warned. */
export const EXPIRY_WARNING_DAYS = 90;

/** The last day of the warning window, by check day (one date computation per run, not per product). */
const horizon = new Map<string, string>();

export const certificateValidity: EntryRule = {
	name: 'certificate-validity',
	scope: 'entry',
	kinds: ['product'],
	entry(e, { asOf, problems }) {
		if (e.kind !== 'product') return;
		const cert = e.data.certificate;
		if (cert.date > asOf) return; // an error already
		const state = certificateOf(asOf, e);
		const where = { raw: e.raw, path: ['certificate', 'date'] };
		if (state.status === 'expired') {
			problems.push(
				problem(
					'certificate-expired',
					where,
					`Giấy chứng nhận OCOP (quyết định ngày ${cert.date}) đã hết hạn từ ${state.expires}; trang sản phẩm ghi "đã hết hạn". Cách sửa: nếu sản phẩm đã được công nhận lại, ghi số và ngày của quyết định mới vào \`certificate\`; nếu không, rút sản phẩm khỏi danh mục.`,
					`The OCOP certificate (decision of ${cert.date}) expired on ${state.expires}; the product page says "expired". Fix: if the product was recognised again, write the new decision's number and date in \`certificate\`; if not, retire the product.`,
				),
			);
		} else if (
			state.status === 'valid' &&
			state.expires <= (horizon.get(asOf) ?? horizon.set(asOf, addDays(asOf, EXPIRY_WARNING_DAYS)).get(asOf)!)
		) {
			problems.push(
				problem(
					'certificate-expiring',
					where,
					`Giấy chứng nhận OCOP (quyết định ngày ${cert.date}) hết hạn vào ${state.expires}, trong vòng ${EXPIRY_WARNING_DAYS} ngày tới. Cách sửa: nhắc chủ thể xin đánh giá lại; khi có quyết định mới, ghi vào \`certificate\`.`,
					`The OCOP certificate (decision of ${cert.date}) expires on ${state.expires}, within the next ${EXPIRY_WARNING_DAYS} days. Fix: remind the producer to apply for re-assessment; write the new decision in \`certificate\` when it comes.`,
				),
			);
		}
	},
};
