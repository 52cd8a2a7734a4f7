/**
 * The trade facts of a product (`trade:`, `certifications:`), checked on their own entry and the
 * check's day: `gtin-check-digit` (OCOP-E034), `unknown-certification` (OCOP-E035),
 * `unknown-country` (OCOP-E036), `certification-dates` (OCOP-E037), `organic-without-standard`
 * (OCOP-E038), `wholesale-min-above-max` (OCOP-E039), `certification-expired` (OCOP-W009) and
 * `capacity-stale` (OCOP-W010), a capacity stated more than `CAPACITY_STALE_MONTHS` ago.
 */
import { addMonths } from '../../certificate.ts';
import { CERTIFICATION_SCHEMES } from '../../content/schema.ts';
import { certificationStatus, isCertificationScheme } from '../../buyers/certifications.ts';
import { countryCodes, gtinCheckDigit, gtinValid, isCountryCode } from '../../buyers/trade.ts';
import type { EntryRule } from '../entries.ts';
import { problem } from '../problem.ts';
import { closest } from '../suggest.ts';

/** A monthly capacity older than this many months is worth asking again. */
export const CAPACITY_STALE_MONTHS = 12;

const list = (ids: readonly string[]) => ids.map((id) => `\`${id}\``).join(', ');

export const trade: EntryRule = {
	name: 'trade-facts',
	scope: 'entry',
	kinds: ['product'],
	entry(e, { asOf, problems }) {
		if (e.kind !== 'product') return;
		const t = e.data.trade;
		const raw = e.raw;
		if (t?.gtin !== undefined && !gtinValid(t.gtin)) {
			const body = t.gtin.slice(0, -1);
			const right = gtinCheckDigit(body);
			problems.push(
				problem(
					'gtin-check-digit',
					{ raw, path: ['trade', 'gtin'] },
					`Mã vạch "${t.gtin}" có số kiểm tra ${t.gtin.at(-1)}, nhưng số kiểm tra của ${body} là ${right}. Cách sửa: chép lại dãy số dưới mã vạch trên bao bì; nếu các chữ số trước đúng, mã là "${body}${right}".`,
					`The barcode "${t.gtin}" ends in check digit ${t.gtin.at(-1)}, but the check digit of ${body} is ${right}. Fix: copy the number under the barcode on the pack again; if the digits before it are right, the code is "${body}${right}".`,
				),
			);
		}
		if (t?.wholesalePrice && t.wholesalePrice.min > t.wholesalePrice.max) {
			const { min, max } = t.wholesalePrice;
			problems.push(
				problem(
					'wholesale-min-above-max',
					{ raw, path: ['trade', 'wholesalePrice', 'min'] },
					`Giá bán buôn thấp nhất (${min}) lớn hơn giá cao nhất (${max}). Cách sửa: đổi chỗ hai số.`,
					`The lowest wholesale price (${min}) is above the highest (${max}). Fix: swap the two numbers.`,
				),
			);
		}
		(t?.exportMarkets ?? []).forEach((code, i) => {
			if (isCountryCode(code)) return;
			const near = closest(code, countryCodes());
			const guess = near.length ? { vi: ` Có phải ý bạn là ${list(near)}?`, en: ` Did you mean ${list(near)}?` } : { vi: '', en: '' };
			problems.push(
				problem(
					'unknown-country',
					{ raw, path: ['trade', 'exportMarkets', i] },
					`"${code}" không phải mã quốc gia ISO 3166.${guess.vi} Cách sửa: ghi mã hai chữ in hoa của quốc gia, ví dụ \`JP\` (Nhật Bản), \`KR\` (Hàn Quốc), \`DE\` (Đức).`,
					`"${code}" is not an ISO 3166 country code.${guess.en} Fix: write the country's two-letter code, e.g. \`JP\` (Japan), \`KR\` (Korea), \`DE\` (Germany).`,
					near.length ? { suggestions: near } : {},
				),
			);
		});
		if (t?.capacity && t.capacity.stated < addMonths(asOf, -CAPACITY_STALE_MONTHS)) {
			problems.push(
				problem(
					'capacity-stale',
					{ raw, path: ['trade', 'capacity', 'stated'] },
					`Sản lượng mỗi tháng được xác nhận ngày ${t.capacity.stated}, hơn ${CAPACITY_STALE_MONTHS} tháng trước. Cách sửa: hỏi lại chủ thể, ghi sản lượng và ngày xác nhận mới vào \`trade.capacity\`.`,
					`The monthly capacity was stated on ${t.capacity.stated}, more than ${CAPACITY_STALE_MONTHS} months ago. Fix: ask the producer again and write the capacity with the new date in \`trade.capacity\`.`,
				),
			);
		}
		e.data.certifications.forEach((c, i) => {
			const at = (...path: string[]) => ({ raw, path: ['certifications', i, ...path] });
			if (!isCertificationScheme(c.scheme)) {
				const near = closest(c.scheme, CERTIFICATION_SCHEMES);
				const guess = near.length ? { vi: ` Có phải ý bạn là ${list(near)}?`, en: ` Did you mean ${list(near)}?` } : { vi: '', en: '' };
				problems.push(
					problem(
						'unknown-certification',
						at('scheme'),
						`Loại chứng nhận "${c.scheme}" không có trong danh sách.${guess.vi} Cách sửa: ghi một trong ${list(CERTIFICATION_SCHEMES)}.`,
						`The certification scheme "${c.scheme}" is not on the list.${guess.en} Fix: write one of ${list(CERTIFICATION_SCHEMES)}.`,
						near.length ? { suggestions: near } : {},
					),
				);
			} else if (c.scheme === 'organic' && c.standard === undefined) {
				problems.push(
					problem(
						'organic-without-standard',
						at('scheme'),
						`Chứng nhận hữu cơ số ${c.number} không ghi tiêu chuẩn; người mua cần biết là hữu cơ theo tiêu chuẩn nào. Cách sửa: thêm \`standard\`, ví dụ \`standard: TCVN 11041\`, \`USDA NOP\`, \`EU 2018/848\` hoặc \`JAS\`.`,
						`The organic certification ${c.number} names no standard; buyers need to know which one. Fix: add \`standard\`, e.g. \`standard: TCVN 11041\`, \`USDA NOP\`, \`EU 2018/848\` or \`JAS\`.`,
					),
				);
			}
			if (c.expires < c.date) {
				problems.push(
					problem(
						'certification-dates',
						at('expires'),
						`Chứng nhận số ${c.number} hết hiệu lực ngày ${c.expires}, trước ngày cấp ${c.date}. Cách sửa: chép lại hai ngày trên giấy chứng nhận.`,
						`The certification ${c.number} expires on ${c.expires}, before it was issued on ${c.date}. Fix: copy both dates from the certificate again.`,
					),
				);
			} else if (certificationStatus(c, asOf) === 'expired') {
				problems.push(
					problem(
						'certification-expired',
						at('expires'),
						`Chứng nhận số ${c.number} đã hết hiệu lực sau ngày ${c.expires}; trang sản phẩm ghi "đã hết hiệu lực". Cách sửa: nếu đã được cấp lại, ghi số và ngày của giấy mới; nếu không, xoá chứng nhận này khỏi \`certifications\`.`,
						`The certification ${c.number} expired after ${c.expires}; the product page says "expired". Fix: if it was renewed, write the new certificate's number and dates; if not, remove it from \`certifications\`.`,
					),
				);
			}
		});
	},
};
