/**
 * The "For buyers" facts of a product as rows of label and text in one language: the product page's
 * section, the one-page sheet and the open data's tests read the same rows, so they cannot disagree.
 */
import { formatDate, formatNumber, formatPriceBand, useTranslations, type UIKey } from '../../i18n/index.ts';
import type { ProductFacts } from '../content/schema.ts';
import type { Locale } from '../routes.ts';
import { countryName, formatHs, hsKind } from './trade.ts';

/** One fact: a stable key (for tests and data attributes), its label and its text. */
export interface FactRow {
	key: string;
	label: string;
	text: string;
}

/** The trade facts of `facts` that are given, in the order buyers read them. */
export function buyerFactRows(facts: Pick<ProductFacts, 'trade'>, locale: Locale): FactRow[] {
	const t = useTranslations(locale);
	const tr = facts.trade;
	if (!tr) return [];
	const rows: FactRow[] = [];
	const add = (key: string, label: UIKey, text: string) => rows.push({ key, label: t(label), text });
	const n = (x: number) => formatNumber(locale, x);
	if (tr.netContent) add('netContent', 'buyers.netContent', `${n(tr.netContent.quantity)} ${t(`buyers.unit.${tr.netContent.unit}`)}`);
	if (tr.shelfLife) add('shelfLife', 'buyers.shelfLife', t(`buyers.shelfLife.${tr.shelfLife.unit}`, { count: tr.shelfLife.value }));
	if (tr.storage) add('storage', 'buyers.storage', tr.storage[locale]);
	if (tr.ingredients) add('ingredients', 'buyers.ingredients', tr.ingredients[locale]);
	if (tr.allergens)
		add(
			'allergens',
			'buyers.allergens',
			tr.allergens.length ? tr.allergens.map((a) => t(`allergen.${a}`)).join(', ') : t('buyers.allergens.none'),
		);
	if (tr.minimumOrder) add('minimumOrder', 'buyers.minimumOrder', `${n(tr.minimumOrder.quantity)} ${tr.minimumOrder.unit[locale]}`);
	if (tr.capacity)
		add(
			'capacity',
			'buyers.capacity',
			t('buyers.capacityValue', {
				quantity: n(tr.capacity.quantity),
				unit: tr.capacity.unit[locale],
				date: formatDate(locale, tr.capacity.stated),
			}),
		);
	if (tr.leadTimeDays !== undefined) add('leadTime', 'buyers.leadTime', t('buyers.leadTimeValue', { count: tr.leadTimeDays }));
	if (tr.wholesalePrice) {
		const w = tr.wholesalePrice;
		const price = formatPriceBand(locale, w);
		add('wholesalePrice', 'buyers.wholesalePrice', t('buyers.priceBand', { price, basis: t(`buyers.basis.${w.basis}`) }));
	}
	if (tr.exportMarkets?.length)
		add('exportMarkets', 'buyers.exportMarkets', tr.exportMarkets.map((c) => countryName(c, locale)).join(', '));
	if (tr.gtin) add('gtin', 'buyers.gtin', tr.gtin);
	if (tr.hsCode) add('hsCode', 'buyers.hsCode', t(`buyers.hs.${hsKind(tr.hsCode)}`, { code: formatHs(tr.hsCode) }));
	return rows;
}
