/** Dates of the recognition decision: `certificate-in-future` (OCOP-E014), `revoked-before-recognised` (OCOP-E015). */
import type { EntryRule } from '../entries.ts';
import { problem } from '../problem.ts';

export const certificateDates: EntryRule = {
	name: 'certificate-dates',
	scope: 'entry',
	kinds: ['product'],
	entry(e, { asOf, problems }) {
		if (e.kind !== 'product') return;
		const cert = e.data.certificate;
		if (cert.date > asOf) {
			problems.push(
				problem(
					'certificate-in-future',
					{ raw: e.raw, path: ['certificate', 'date'] },
					`Ngày quyết định công nhận ${cert.date} nằm trong tương lai (hôm nay là ${asOf}). Cách sửa: ghi đúng ngày ký quyết định; chỉ đưa sản phẩm lên sau khi đã có quyết định.`,
					`The recognition date ${cert.date} is in the future (today is ${asOf}). Fix: write the day the decision was signed; publish the product only once it has been recognised.`,
				),
			);
		}
		if (cert.revoked && cert.revoked.date < cert.date) {
			problems.push(
				problem(
					'revoked-before-recognised',
					{ raw: e.raw, path: ['certificate', 'revoked', 'date'] },
					`Ngày thu hồi ${cert.revoked.date} sớm hơn ngày công nhận ${cert.date}. Cách sửa: ghi đúng ngày của quyết định thu hồi.`,
					`The revocation date ${cert.revoked.date} is before the recognition date ${cert.date}. Fix: write the date of the revocation decision.`,
				),
			);
		}
	},
};
