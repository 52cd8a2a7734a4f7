/**
 * The content model, as plain zod schemas with no Astro imports, so that the same rules run in
 * `src/content.config.ts` (the Astro build), in `scripts/check-content.ts` (seconds, no build) and
 * in unit tests. It is the one description of the content: every field carries, in zod's `.meta()`,
 * a short bilingual `label` (form labels), a bilingual `help` (what to write: the content check's
 * "Fix:", the form editor's hint, the scaffolder's YAML comment, the guide's field reference) and an
 * `example`. `src/lib/content/describe.ts` walks it; a unit test fails when a field has no help.
 */
import { z } from 'zod';

/** A text in Vietnamese and English. */
export interface Bilingual {
	vi: string;
	en: string;
}

/** What a content kind's field refers to, by file name (or province id). */
export type RefTarget = 'province' | 'district' | 'producer' | 'centre' | 'salesPoint';

/** The description every content field carries in its `.meta()`. */
export interface FieldMeta {
	/** Short name of the field, for form labels and the guide. */
	label: Bilingual;
	/** What to write, said to an editor; ends without a full stop. */
	help: Bilingual;
	/** A value that passes, as YAML would hold it (what the scaffolder writes when it has nothing better). */
	example?: unknown;
	/** The content kind whose ids the field holds. */
	ref?: RefTarget;
}

/** Puts a field's description on a schema (zod's metadata, kept by every copy zod makes of it). */
export function field<S extends z.ZodType>(schema: S, meta: FieldMeta): S {
	return schema.meta(meta as unknown as Record<string, unknown>) as S;
}

/** A text an editor writes once per language. English may be left out where the name is a proper noun. */
export const bilingual = z.object({
	vi: z.string().trim().min(1),
	en: z.string().trim().min(1),
});

/** A name in Vietnamese, with an optional English form (falls back to the Vietnamese one). */
export const localName = z.object({
	vi: z.string().trim().min(1),
	en: z.string().trim().min(1).optional(),
});

/** Machine ids used in file names and references: lower-case ASCII words joined by hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Permanent product codes: a district prefix, a hyphen and a number, e.g. `hn-013`. */
export const codePattern = /^[a-z0-9]{2,8}-[0-9]{1,5}$/;
/** A calendar day, YYYY-MM-DD. */
export const datePattern = /^\d{4}-\d{2}-\d{2}$/;
/** A time of day on a 24-hour clock, HH:MM. */
export const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A calendar date written as YYYY-MM-DD (YAML turns it into a Date, a string is accepted too). */
export const isoDate = z.preprocess(
	(v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
	z
		.string()
		.regex(datePattern)
		.refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`))),
);

/** The six OCOP product groups. */
export const CATEGORIES = [1, 2, 3, 4, 5, 6] as const;
/** Producer kinds named by the programme. */
export const PRODUCER_KINDS = ['household', 'cooperative', 'enterprise'] as const;
/** Days in the order used by opening hours. */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/**
 * Certifications besides OCOP that buyers ask for, by id (the controlled list; `src/lib/buyers/trade.ts`
 * has their names). `organic` needs the standard it was certified to (`ORGANIC_STANDARDS`).
 */
export const CERTIFICATION_SCHEMES = [
	'vietgap',
	'globalgap',
	'organic',
	'haccp',
	'iso-22000',
	'fssc-22000',
	'iso-9001',
	'brcgs',
	'halal',
	'kosher',
	'fairtrade',
	'rainforest-alliance',
	'gacp-who',
] as const;
/** Units of a net content. */
export const NET_UNITS = ['g', 'kg', 'ml', 'l', 'piece'] as const;
/** The allergens food labels must declare (Codex Alimentarius' list, as in EU Regulation 1169/2011 Annex II). */
export const ALLERGENS = [
	'gluten',
	'crustaceans',
	'eggs',
	'fish',
	'peanuts',
	'soybeans',
	'milk',
	'tree-nuts',
	'celery',
	'mustard',
	'sesame',
	'sulphites',
	'lupin',
	'molluscs',
] as const;

// Help shared by several fields.
const nameBoth: Bilingual = {
	vi: 'ghi tên bằng cả hai thứ tiếng, ví dụ `name: { vi: Huyện Hóc Môn, en: Hoc Mon District }`',
	en: 'write the name in both languages, e.g. `name: { vi: Huyện Hóc Môn, en: Hoc Mon District }`',
};
const districtRef: Bilingual = {
	vi: 'ghi tên tệp (không có .yaml) của một huyện trong content/districts, ví dụ `district: hoc-mon`',
	en: 'write the file name (without .yaml) of a district in content/districts, e.g. `district: hoc-mon`',
};
const communeHelp: Bilingual = {
	vi: 'ghi tên xã, phường hoặc thị trấn bằng tiếng Việt, ví dụ `commune: Xuân Thới Sơn`',
	en: 'write the commune, ward or town in Vietnamese, e.g. `commune: Xuân Thới Sơn`',
};
const dateHelp: Bilingual = {
	vi: 'ghi ngày theo dạng NĂM-THÁNG-NGÀY, ví dụ `2023-09-28`',
	en: 'write the date as YEAR-MONTH-DAY, e.g. `2023-09-28`',
};
const bothTexts: Bilingual = {
	vi: 'ghi nội dung bằng cả hai thứ tiếng: `{ vi: …, en: … }`',
	en: 'write the text in both languages: `{ vi: …, en: … }`',
};
const phoneHelp: Bilingual = {
	vi: 'ghi số điện thoại chỉ gồm chữ số, dấu cách, +, (, ), ., -, ví dụ `0263 3839 000`',
	en: 'write a phone number with digits, spaces, +, (, ), . or - only, e.g. `0263 3839 000`',
};
const timeHelp: Bilingual = {
	vi: 'ghi giờ theo dạng GIỜ:PHÚT 24 giờ, ví dụ `07:30`',
	en: 'write the time as HH:MM on a 24-hour clock, e.g. `07:30`',
};
const sampleHelp: Bilingual = {
	vi: 'ghi `true` nếu là dữ liệu mẫu, nếu không thì ghi `false` hoặc bỏ dòng này',
	en: 'write `true` for sample data, otherwise `false` or leave the line out',
};
const placeRefs = (dir: string, example: string): Bilingual => ({
	vi: `ghi danh sách tên tệp (không có .yaml) trong content/${dir}, ví dụ \`[${example}]\``,
	en: `write a list of file names (without .yaml) in content/${dir}, e.g. \`[${example}]\``,
});
const L = (vi: string, en: string): Bilingual => ({ vi, en });

const nameField = () =>
	field(bilingual, { label: L('Tên', 'Name'), help: nameBoth, example: { vi: 'Huyện Hóc Môn', en: 'Hoc Mon District' } });
const districtField = () =>
	field(z.string().regex(idPattern), { label: L('Huyện', 'District'), help: districtRef, example: 'hoc-mon', ref: 'district' });
const communeField = () =>
	field(z.string().trim().min(1), { label: L('Xã, phường', 'Commune'), help: communeHelp, example: 'Xuân Thới Sơn' });
const sampleField = () => field(z.boolean().default(false), { label: L('Dữ liệu mẫu', 'Sample data'), help: sampleHelp, example: false });

export const provinceSchema = z.object({
	/** File-name-like id of the province, e.g. `lam-dong`. */
	id: field(z.string().regex(idPattern), {
		label: L('Mã tỉnh', 'Province id'),
		help: L(
			'ghi mã tỉnh bằng chữ thường không dấu, nối bằng gạch ngang, ví dụ `lam-dong`',
			'write the province id in lower-case ASCII joined by hyphens, e.g. `lam-dong`',
		),
		example: 'lam-dong',
	}),
	/** Official name: `{ vi: Lâm Đồng, en: Lam Dong }`. */
	name: field(bilingual, { label: L('Tên', 'Name'), help: nameBoth, example: { vi: 'Lâm Đồng', en: 'Lam Dong' } }),
	/** `city` for the six centrally-run cities, otherwise `province`. */
	kind: field(z.enum(['city', 'province']), {
		label: L('Loại', 'Kind'),
		help: L('ghi `city` (thành phố trực thuộc trung ương) hoặc `province`', 'write `city` (centrally-run city) or `province`'),
		example: 'province',
	}),
});

export const districtSchema = z.object({
	/** Name people know the district by, in both languages. */
	name: nameField(),
	/** Id of the current province (one of content/provinces.yaml). */
	province: field(z.string().regex(idPattern), {
		label: L('Tỉnh, thành phố', 'Province'),
		help: L(
			'ghi mã một tỉnh trong content/provinces.yaml, ví dụ `province: lam-dong`',
			'write the id of a province in content/provinces.yaml, e.g. `province: lam-dong`',
		),
		example: 'lam-dong',
		ref: 'province',
	}),
});

const phone = () =>
	field(z.string().regex(/^[0-9 +().-]{6,20}$/), { label: L('Điện thoại', 'Phone'), help: phoneHelp, example: '0263 3839 000' });

export const producerSchema = z.object({
	/** Registered name of the producer (chủ thể OCOP). */
	name: field(localName, {
		label: L('Tên chủ thể', 'Producer name'),
		help: L(
			'ghi tên chủ thể, ít nhất bằng tiếng Việt: `name: { vi: …, en: … }`',
			'write the producer name, at least in Vietnamese: `name: { vi: …, en: … }`',
		),
		example: { vi: 'Hợp tác xã Xuân Thới Sơn', en: 'Xuan Thoi Son Cooperative' },
	}),
	/** household, cooperative or enterprise. */
	kind: field(z.enum(PRODUCER_KINDS), {
		label: L('Loại chủ thể', 'Kind'),
		help: L(
			'ghi một trong `household` (hộ sản xuất kinh doanh), `cooperative` (hợp tác xã, tổ hợp tác), `enterprise` (doanh nghiệp)',
			'write one of `household`, `cooperative`, `enterprise`',
		),
		example: 'cooperative',
	}),
	/** Id of the district (file name in content/districts). */
	district: districtField(),
	/** Commune, ward or town, as written in Vietnamese. */
	commune: communeField(),
	/** How buyers reach the producer. */
	contact: field(
		z
			.object({
				phone: phone().optional(),
				email: field(z.email(), {
					label: L('Email', 'Email'),
					help: L('ghi một địa chỉ email, ví dụ `lienhe@example.org`', 'write an email address, e.g. `contact@example.org`'),
					example: 'lienhe@example.org',
				}).optional(),
				website: field(z.url(), {
					label: L('Trang web', 'Website'),
					help: L('ghi địa chỉ web đầy đủ, bắt đầu bằng https://', 'write a full web address starting with https://'),
					example: 'https://example.org',
				}).optional(),
			})
			.default({}),
		{
			label: L('Liên hệ', 'Contact'),
			help: L(
				'ghi cách người mua liên hệ: điện thoại, email, trang web (đều có thể bỏ trống)',
				'write how buyers reach the producer: phone, email, website (each may be left out)',
			),
		},
	),
	/** Who answers buyers (wholesale, export): may differ from the public contact. */
	tradeContact: field(
		z
			.object({
				person: field(z.string().trim().min(1), {
					label: L('Người liên hệ', 'Contact person'),
					help: L('ghi tên và chức vụ người tiếp người mua, ví dụ `Nguyễn Văn A, phụ trách kinh doanh`', 'write the name and role of the person buyers deal with, e.g. `Nguyễn Văn A, sales`'),
					example: 'Nguyễn Văn A, phụ trách kinh doanh',
				}).optional(),
				phone: phone().optional(),
				zalo: field(z.string().regex(/^[0-9 +().-]{6,20}$/), {
					label: L('Zalo', 'Zalo'),
					help: L('ghi số điện thoại dùng Zalo, ví dụ `0912 000 000`', 'write the phone number used on Zalo, e.g. `0912 000 000`'),
					example: '0912 000 000',
				}).optional(),
				email: field(z.email(), {
					label: L('Email', 'Email'),
					help: L('ghi một địa chỉ email, ví dụ `kinhdoanh@example.org`', 'write an email address, e.g. `sales@example.org`'),
					example: 'kinhdoanh@example.org',
				}).optional(),
				website: field(z.url(), {
					label: L('Trang web', 'Website'),
					help: L('ghi địa chỉ web đầy đủ, bắt đầu bằng https://', 'write a full web address starting with https://'),
					example: 'https://example.org',
				}).optional(),
			})
			.optional(),
		{
			label: L('Liên hệ bán buôn', 'Trade contact'),
			help: L(
				'ghi người và cách liên hệ cho người mua buôn, xuất khẩu, nếu khác liên hệ chung: `tradeContact: { person: …, phone: …, zalo: …, email: …, website: … }`',
				'write whom buyers (wholesale, export) contact, if not the public contact: `tradeContact: { person: …, phone: …, zalo: …, email: …, website: … }`',
			),
		},
	),
	/** true when this producer is invented sample data, not a real one. */
	sample: sampleField(),
});

const hoursSchema = z.array(
	z.object({
		/** Days these hours apply to: mon … sun. */
		days: field(z.array(z.enum(DAYS)).min(1), {
			label: L('Ngày', 'Days'),
			help: L('ghi các ngày bằng `mon tue wed thu fri sat sun`', 'write the days as `mon tue wed thu fri sat sun`'),
			example: ['mon', 'tue', 'wed', 'thu', 'fri'],
		}),
		/** Opening time, HH:MM. */
		open: field(z.string().regex(timePattern), { label: L('Giờ mở cửa', 'Opens'), help: timeHelp, example: '07:30' }),
		/** Closing time, HH:MM. */
		close: field(z.string().regex(timePattern), { label: L('Giờ đóng cửa', 'Closes'), help: timeHelp, example: '17:00' }),
	}),
);

/** An OCOP centre or a sales point: both are places where products are shown and sold. */
export const placeSchema = z.object({
	/** Name in both languages. */
	name: nameField(),
	/** Id of the district (file name in content/districts). */
	district: districtField(),
	/** Commune, ward or town, as written in Vietnamese. */
	commune: communeField(),
	/** Street address as written in Vietnamese. */
	address: field(z.string().trim().min(1), {
		label: L('Địa chỉ', 'Address'),
		help: L('ghi địa chỉ bằng tiếng Việt', 'write the street address in Vietnamese'),
		example: 'Số 1 đường Lê Lợi',
	}),
	/** Opening hours. */
	hours: field(hoursSchema.min(1), {
		label: L('Giờ mở cửa', 'Opening hours'),
		help: L(
			'ghi ít nhất một dòng giờ mở cửa: `- { days: [mon, tue], open: "07:30", close: "17:00" }`',
			'write at least one line of opening hours: `- { days: [mon, tue], open: "07:30", close: "17:00" }`',
		),
		example: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '07:30', close: '17:00' }],
	}),
	/** Phone number. */
	phone: phone(),
	/** Latitude and longitude in decimal degrees (Vietnam lies around 8–24 N, 102–110 E). */
	coordinates: field(
		z.object({
			lat: field(z.number().min(8).max(24), {
				label: L('Vĩ độ', 'Latitude'),
				help: L('ghi vĩ độ từ 8 đến 24, ví dụ `12.05`', 'write a latitude between 8 and 24, e.g. `12.05`'),
				example: 12.05,
			}),
			lng: field(z.number().min(102).max(110), {
				label: L('Kinh độ', 'Longitude'),
				help: L('ghi kinh độ từ 102 đến 110, ví dụ `108.44`', 'write a longitude between 102 and 110, e.g. `108.44`'),
				example: 108.44,
			}),
		}),
		{
			label: L('Toạ độ', 'Coordinates'),
			help: L(
				'ghi toạ độ trong lãnh thổ Việt Nam: `coordinates: { lat: 12.05, lng: 108.44 }`',
				'write coordinates inside Vietnam: `coordinates: { lat: 12.05, lng: 108.44 }`',
			),
		},
	),
	/** true when the address, hours or phone are sample data. */
	sample: sampleField(),
});

const quantityHelp = L('ghi một số lớn hơn 0, ví dụ `500`', 'write a number above 0, e.g. `500`');
const tradeUnit = (vi: string, en: string) =>
	field(bilingual, {
		label: L('Đơn vị', 'Unit'),
		help: L(`ghi đơn vị bằng cả hai thứ tiếng, ví dụ \`{ vi: ${vi}, en: ${en} }\``, `write the unit in both languages, e.g. \`{ vi: ${vi}, en: ${en} }\``),
		example: { vi, en },
	});

/** The trade facts of a product (`trade:` in product.yaml). */
export const tradeSchema = z.object({
	/** What one sales unit holds. */
	netContent: field(
		z
			.object({
				quantity: field(z.number().positive(), { label: L('Khối lượng, thể tích', 'Quantity'), help: quantityHelp, example: 500 }),
				unit: field(z.enum(NET_UNITS), {
					label: L('Đơn vị', 'Unit'),
					help: L('ghi một trong `g`, `kg`, `ml`, `l`, `piece` (cái)', 'write one of `g`, `kg`, `ml`, `l`, `piece`'),
					example: 'g',
				}),
			})
			.optional(),
		{
			label: L('Khối lượng tịnh', 'Net content'),
			help: L('ghi khối lượng hoặc thể tích thực của một đơn vị bán: `netContent: { quantity: 500, unit: g }`', 'write what one sales unit holds: `netContent: { quantity: 500, unit: g }`'),
		},
	),
	/** How long it keeps, from the day it is made. */
	shelfLife: field(
		z
			.object({
				value: field(z.number().int().positive(), { label: L('Thời gian', 'Length'), help: quantityHelp, example: 12 }),
				unit: field(z.enum(['days', 'months']), {
					label: L('Đơn vị', 'Unit'),
					help: L('ghi `days` (ngày) hoặc `months` (tháng)', 'write `days` or `months`'),
					example: 'months',
				}),
			})
			.optional(),
		{
			label: L('Hạn sử dụng', 'Shelf life'),
			help: L('ghi thời gian sử dụng tính từ ngày sản xuất: `shelfLife: { value: 12, unit: months }`', 'write how long it keeps from the day it is made: `shelfLife: { value: 12, unit: months }`'),
		},
	),
	/** How to store it. */
	storage: field(bilingual.optional(), {
		label: L('Bảo quản', 'Storage'),
		help: bothTexts,
		example: { vi: 'Nơi khô ráo, thoáng mát, tránh ánh nắng', en: 'Cool, dry place, away from sunlight' },
	}),
	/** Ingredients, as on the label (food and drink). */
	ingredients: field(bilingual.optional(), {
		label: L('Thành phần', 'Ingredients'),
		help: bothTexts,
		example: { vi: 'Cà phê Robusta 100 %', en: '100 % Robusta coffee' },
	}),
	/** Allergens it contains, from the list food labels must declare. */
	allergens: field(z.array(z.enum(ALLERGENS)).optional(), {
		label: L('Chất gây dị ứng', 'Allergens'),
		help: L(
			`ghi danh sách chất gây dị ứng có trong sản phẩm, chọn trong: ${ALLERGENS.map((a) => `\`${a}\``).join(', ')}; ghi \`[]\` nếu không có`,
			`write the allergens it contains, from: ${ALLERGENS.map((a) => `\`${a}\``).join(', ')}; write \`[]\` for none`,
		),
		example: [],
	}),
	/** The smallest order the producer takes. */
	minimumOrder: field(
		z
			.object({
				quantity: field(z.number().int().positive(), { label: L('Số lượng', 'Quantity'), help: quantityHelp, example: 100 }),
				unit: tradeUnit('hộp', 'boxes'),
			})
			.optional(),
		{
			label: L('Đơn hàng tối thiểu', 'Minimum order'),
			help: L('ghi đơn hàng nhỏ nhất nhận: `minimumOrder: { quantity: 100, unit: { vi: hộp, en: boxes } }`', 'write the smallest order taken: `minimumOrder: { quantity: 100, unit: { vi: hộp, en: boxes } }`'),
		},
	),
	/** How much can be supplied a month, and when the producer said so. */
	capacity: field(
		z
			.object({
				quantity: field(z.number().int().positive(), { label: L('Số lượng mỗi tháng', 'Quantity a month'), help: quantityHelp, example: 2000 }),
				unit: tradeUnit('kg', 'kg'),
				stated: field(isoDate, { label: L('Ngày xác nhận', 'Stated on'), help: dateHelp, example: '2026-06-01' }),
			})
			.optional(),
		{
			label: L('Sản lượng mỗi tháng', 'Monthly capacity'),
			help: L(
				'ghi sản lượng cung cấp được mỗi tháng và ngày chủ thể xác nhận: `capacity: { quantity: 2000, unit: { vi: kg, en: kg }, stated: 2026-06-01 }`',
				'write how much can be supplied a month and the day the producer said so: `capacity: { quantity: 2000, unit: { vi: kg, en: kg }, stated: 2026-06-01 }`',
			),
		},
	),
	/** Days from order to dispatch. */
	leadTimeDays: field(z.number().int().positive().optional(), {
		label: L('Thời gian giao hàng (ngày)', 'Lead time (days)'),
		help: L('ghi số ngày từ khi đặt hàng tới khi giao, ví dụ `14`', 'write the days from order to dispatch, e.g. `14`'),
		example: 14,
	}),
	/** Ex-works or wholesale price band, in đồng, where the producer gives one. */
	wholesalePrice: field(
		z
			.object({
				min: field(z.number().int().positive(), { label: L('Giá thấp nhất', 'Lowest price'), help: L('ghi giá bằng đồng, số nguyên, ví dụ `90000`', 'write the price in đồng as a whole number, e.g. `90000`'), example: 90000 }),
				max: field(z.number().int().positive(), { label: L('Giá cao nhất', 'Highest price'), help: L('ghi giá bằng đồng, số nguyên, ví dụ `110000`', 'write the price in đồng as a whole number, e.g. `110000`'), example: 110000 }),
				unit: tradeUnit('hộp 500 g', '500 g box'),
				basis: field(z.enum(['ex-works', 'wholesale']), {
					label: L('Điều kiện giá', 'Price basis'),
					help: L('ghi `ex-works` (giá tại xưởng) hoặc `wholesale` (giá bán buôn)', 'write `ex-works` or `wholesale`'),
					example: 'wholesale',
				}),
			})
			.optional(),
		{
			label: L('Giá bán buôn', 'Wholesale price'),
			help: L(
				'ghi khoảng giá bán buôn hoặc giá tại xưởng bằng đồng: `wholesalePrice: { min: 90000, max: 110000, unit: { vi: hộp 500 g, en: 500 g box }, basis: wholesale }`',
				'write the wholesale or ex-works price band in đồng: `wholesalePrice: { min: 90000, max: 110000, unit: { vi: hộp 500 g, en: 500 g box }, basis: wholesale }`',
			),
		},
	),
	/** Countries it is already sold to, as ISO 3166-1 alpha-2 codes. */
	exportMarkets: field(z.array(z.string().regex(/^[A-Z]{2}$/)).optional(), {
		label: L('Thị trường xuất khẩu', 'Export markets'),
		help: L(
			'ghi danh sách mã quốc gia ISO 3166 (hai chữ in hoa) đã xuất khẩu tới, ví dụ `[JP, KR, DE]`',
			'write the ISO 3166 codes (two capital letters) of the countries it is exported to, e.g. `[JP, KR, DE]`',
		),
		example: ['JP', 'KR'],
	}),
	/** Barcode number: GTIN-8, -12 (UPC), -13 (EAN) or -14, check digit included. */
	gtin: field(z.string().regex(/^(\d{8}|\d{12}|\d{13}|\d{14})$/), {
		label: L('Mã vạch (GTIN)', 'Barcode (GTIN)'),
		help: L(
			'ghi dãy số dưới mã vạch (8, 12, 13 hoặc 14 chữ số, gồm cả số kiểm tra cuối), trong ngoặc kép, ví dụ `"8934567890128"`',
			'write the number under the barcode (8, 12, 13 or 14 digits, the check digit included), in quotes, e.g. `"8934567890128"`',
		),
		example: '8934567890128',
	}).optional(),
	/** Customs code: 6 digits (the international HS) or 8 (Viet Nam's tariff line). */
	hsCode: field(z.string().regex(/^(\d{6}|\d{8})$/), {
		label: L('Mã HS', 'HS code'),
		help: L(
			'ghi mã HS 6 chữ số, hoặc 8 chữ số theo Biểu thuế của Việt Nam, không dấu chấm, trong ngoặc kép, ví dụ `"09012120"`',
			'write the 6-digit HS code, or Viet Nam’s 8-digit tariff line, without dots, in quotes, e.g. `"09012120"`',
		),
		example: '09012120',
	}).optional(),
});

/** A certification besides OCOP, with its own dates (`certifications:` in product.yaml). */
export const certificationSchema = z.object({
	/** Which scheme, from `CERTIFICATION_SCHEMES`. */
	scheme: field(z.string().regex(idPattern), {
		label: L('Loại chứng nhận', 'Scheme'),
		help: L(
			`ghi một trong: ${CERTIFICATION_SCHEMES.map((c) => `\`${c}\``).join(', ')}`,
			`write one of: ${CERTIFICATION_SCHEMES.map((c) => `\`${c}\``).join(', ')}`,
		),
		example: 'vietgap',
	}),
	/** For organic: the standard it was certified to. */
	standard: field(z.string().trim().min(1).optional(), {
		label: L('Tiêu chuẩn', 'Standard'),
		help: L(
			'với `organic`, ghi tiêu chuẩn hữu cơ, ví dụ `TCVN 11041`, `USDA NOP`, `EU 2018/848`, `JAS`',
			'for `organic`, write the organic standard, e.g. `TCVN 11041`, `USDA NOP`, `EU 2018/848`, `JAS`',
		),
		example: 'TCVN 11041',
	}),
	/** Certificate number. */
	number: field(z.string().trim().min(1), {
		label: L('Số chứng nhận', 'Certificate number'),
		help: L('ghi số giấy chứng nhận, ví dụ `VietGAP-TT-19-03-68-0021`', 'write the certificate number, e.g. `VietGAP-TT-19-03-68-0021`'),
		example: 'VietGAP-TT-19-03-68-0021',
	}),
	/** Certifying body. */
	issuer: field(z.string().trim().min(1), {
		label: L('Tổ chức chứng nhận', 'Certified by'),
		help: L('ghi tên tổ chức chứng nhận, ví dụ `Trung tâm Kiểm nghiệm và Chứng nhận chất lượng TQC`', 'write the certifying body, e.g. `QUACERT`'),
		example: 'QUACERT',
	}),
	/** Day it was issued. */
	date: field(isoDate, { label: L('Ngày cấp', 'Issued on'), help: dateHelp, example: '2025-03-01' }),
	/** Last day of validity, as printed on the certificate. */
	expires: field(isoDate, { label: L('Hiệu lực đến', 'Valid until'), help: dateHelp, example: '2028-02-29' }),
});

/**
 * Product facts, written once in `content/products/<slug>/product.yaml`. `image` builds the schema
 * of an image path: Astro's `image()` in the build, a plain string outside it.
 */
export function productSchema<I extends z.ZodType>(image: I) {
	return z.object({
		/** Permanent product code, printed in QR labels as /p/<code>/. Never change or reuse it. */
		code: field(z.string().regex(codePattern), {
			label: L('Mã sản phẩm', 'Product code'),
			help: L(
				'ghi mã sản phẩm cố định, chữ thường và số, dạng `hcm-001`; mã này in trên tem QR nên không bao giờ được đổi',
				'write the permanent product code, lower-case letters and digits like `hcm-001`; it is printed on QR labels, so it never changes',
			),
			example: 'hcm-001',
		}),
		/** OCOP star rating: 3, 4 or 5. */
		stars: field(z.union([z.literal(3), z.literal(4), z.literal(5)]), {
			label: L('Hạng sao', 'Stars'),
			help: L('ghi hạng sao OCOP: `3`, `4` hoặc `5`', 'write the OCOP star rating: `3`, `4` or `5`'),
			example: 4,
		}),
		/** OCOP product group, 1–6. */
		category: field(z.union(CATEGORIES.map((c) => z.literal(c))), {
			label: L('Nhóm sản phẩm', 'Product group'),
			help: L(
				'ghi số nhóm sản phẩm OCOP từ 1 đến 6 (1 Thực phẩm, 2 Đồ uống, 3 Dược liệu, 4 Thủ công mỹ nghệ, 5 Sinh vật cảnh, 6 Du lịch)',
				'write the OCOP group number 1 to 6 (1 food, 2 beverages, 3 herbal, 4 handicrafts, 5 ornamental, 6 tourism)',
			),
			example: 1,
		}),
		/** Id of the producer (file name in content/producers). */
		producer: field(z.string().regex(idPattern), {
			label: L('Chủ thể', 'Producer'),
			help: L(
				'ghi tên tệp (không có .yaml) của một chủ thể trong content/producers, ví dụ `producer: htx-xuan-thoi-son`',
				'write the file name (without .yaml) of a producer in content/producers, e.g. `producer: htx-xuan-thoi-son`',
			),
			example: 'htx-xuan-thoi-son',
			ref: 'producer',
		}),
		/** Id of the district (file name in content/districts). */
		district: districtField(),
		/** Commune, ward or town where it is made, as written in Vietnamese. */
		commune: communeField(),
		/** The recognition decision. */
		certificate: field(
			z.object({
				/** Decision number, e.g. 1234/QĐ-UBND. */
				number: field(z.string().trim().min(1), {
					label: L('Số quyết định', 'Decision number'),
					help: L('ghi số quyết định, ví dụ `1234/QĐ-UBND`', 'write the decision number, e.g. `1234/QĐ-UBND`'),
					example: '1234/QĐ-UBND',
				}),
				/** Date of the decision, YYYY-MM-DD. */
				date: field(isoDate, { label: L('Ngày quyết định', 'Decision date'), help: dateHelp, example: '2025-09-28' }),
				/** Issuing body. */
				issuer: field(bilingual, {
					label: L('Cơ quan cấp', 'Issued by'),
					help: bothTexts,
					example: { vi: 'UBND huyện Hóc Môn', en: 'Hoc Mon District People’s Committee' },
				}),
				/** Only if the certificate was revoked. */
				revoked: field(
					z
						.object({
							/** Date of the revocation, YYYY-MM-DD. */
							date: field(isoDate, { label: L('Ngày thu hồi', 'Revocation date'), help: dateHelp, example: '2026-01-15' }),
							/** Why it was revoked. */
							reason: field(bilingual, { label: L('Lý do thu hồi', 'Reason'), help: bothTexts, example: { vi: '…', en: '…' } }),
						})
						.optional(),
					{
						label: L('Thu hồi', 'Revoked'),
						help: L(
							'chỉ ghi khi giấy chứng nhận bị thu hồi: `revoked: { date: …, reason: { vi: …, en: … } }`',
							'only when the certificate was revoked: `revoked: { date: …, reason: { vi: …, en: … } }`',
						),
					},
				),
			}),
			{
				label: L('Quyết định công nhận', 'Certificate'),
				help: L(
					'ghi quyết định công nhận: `certificate: { number: …, date: …, issuer: { vi: …, en: … } }`',
					'write the recognition decision: `certificate: { number: …, date: …, issuer: { vi: …, en: … } }`',
				),
			},
		),
		/** Price range in Vietnamese đồng. */
		price: field(
			z
				.object({
					min: field(z.number().int().positive(), {
						label: L('Giá thấp nhất', 'Lowest price'),
						help: L(
							'ghi giá thấp nhất bằng đồng, số nguyên, ví dụ `120000`',
							'write the lowest price in đồng as a whole number, e.g. `120000`',
						),
						example: 120000,
					}),
					max: field(z.number().int().positive(), {
						label: L('Giá cao nhất', 'Highest price'),
						help: L(
							'ghi giá cao nhất bằng đồng, số nguyên, ví dụ `250000`',
							'write the highest price in đồng as a whole number, e.g. `250000`',
						),
						example: 250000,
					}),
					/** What the price is for, e.g. "hộp 500 g" / "500 g box". */
					unit: field(bilingual, {
						label: L('Đơn vị bán', 'Unit'),
						help: L(
							'ghi giá này cho bao nhiêu, bằng cả hai thứ tiếng, ví dụ `{ vi: hộp 500 g, en: 500 g box }`',
							'write what the price buys, in both languages, e.g. `{ vi: hộp 500 g, en: 500 g box }`',
						),
						example: { vi: 'hộp 500 g', en: '500 g box' },
					}),
				})
				.optional(),
			{
				label: L('Giá', 'Price'),
				help: L(
					'ghi giá bằng đồng, số nguyên: `price: { min: 120000, max: 250000, unit: { vi: hộp 500 g, en: 500 g box } }`',
					'write prices in đồng as whole numbers: `price: { min: 120000, max: 250000, unit: { vi: hộp 500 g, en: 500 g box } }`',
				),
			},
		),
		/** Packaging, in both languages. */
		packaging: field(bilingual.optional(), {
			label: L('Quy cách đóng gói', 'Packaging'),
			help: bothTexts,
			example: { vi: 'Hộp giấy 500 g', en: '500 g paper box' },
		}),
		/** Standards the product meets, e.g. VietGAP, HACCP, ISO 22000. */
		standards: field(z.array(z.string().trim().min(1)).default([]), {
			label: L('Tiêu chuẩn', 'Standards'),
			help: L('ghi danh sách tiêu chuẩn, ví dụ `[VietGAP, HACCP]`', 'write a list of standards, e.g. `[VietGAP, HACCP]`'),
			example: ['VietGAP'],
		}),
		/** What buyers (shops, wholesalers, importers) ask before they list a product; every part may be left out. */
		trade: field(tradeSchema.optional(), {
			label: L('Thông tin cho người mua', 'Facts for buyers'),
			help: L(
				'ghi những gì người mua buôn cần biết (đều có thể bỏ trống): `trade: { netContent: …, shelfLife: …, minimumOrder: …, capacity: …, gtin: … }`',
				'write what trade buyers need to know (each part may be left out): `trade: { netContent: …, shelfLife: …, minimumOrder: …, capacity: …, gtin: … }`',
			),
		}),
		/** Certifications besides OCOP (VietGAP, organic, HACCP…); their status is computed on the build's day. */
		certifications: field(z.array(certificationSchema).default([]), {
			label: L('Chứng nhận khác', 'Other certifications'),
			help: L(
				'ghi danh sách chứng nhận ngoài OCOP: `- { scheme: vietgap, number: …, issuer: …, date: 2025-03-01, expires: 2028-02-29 }`',
				'write a list of certifications besides OCOP: `- { scheme: vietgap, number: …, issuer: …, date: 2025-03-01, expires: 2028-02-29 }`',
			),
			example: [],
		}),
		/** Ids of OCOP centres (content/centres) that show and sell it. */
		centres: field(z.array(z.string().regex(idPattern)).default([]), {
			label: L('Trung tâm OCOP', 'OCOP centres'),
			help: placeRefs('centres', 'lac-duong'),
			example: [],
			ref: 'centre',
		}),
		/** Ids of sales points (content/sales-points) that sell it. */
		salesPoints: field(z.array(z.string().regex(idPattern)).default([]), {
			label: L('Điểm bán', 'Sales points'),
			help: placeRefs('sales-points', 'ha-noi-thanh-oai'),
			example: [],
			ref: 'salesPoint',
		}),
		/** Online marketplaces. */
		marketplaces: field(
			z
				.array(
					z.object({
						name: field(z.string().trim().min(1), {
							label: L('Tên sàn', 'Marketplace'),
							help: L('ghi tên sàn thương mại điện tử, ví dụ `Shopee`', 'write the name of the marketplace, e.g. `Shopee`'),
							example: 'Shopee',
						}),
						url: field(z.url({ protocol: /^https$/ }), {
							label: L('Địa chỉ', 'Address'),
							help: L(
								'ghi địa chỉ trang sản phẩm trên sàn, bắt đầu bằng https://',
								'write the address of the product on the marketplace, starting with https://',
							),
							example: 'https://shopee.vn/…',
						}),
					}),
				)
				.default([]),
			{
				label: L('Sàn thương mại điện tử', 'Online marketplaces'),
				help: L('ghi danh sách `- { name: Tên sàn, url: https://… }`', 'write a list of `- { name: Marketplace, url: https://… }`'),
				example: [],
			},
		),
		/** Pictures: the first is the cover. Each has alt text in both languages. */
		images: field(
			z
				.array(
					z.object({
						/** Path of the picture beside product.yaml, e.g. ./cover.jpg */
						src: field(image, {
							label: L('Tệp ảnh', 'Picture file'),
							help: L(
								'ghi đường dẫn tới tệp ảnh nằm cạnh product.yaml, ví dụ `./cover.jpg`',
								'write the path of a picture beside product.yaml, e.g. `./cover.jpg`',
							),
							example: './cover.jpg',
						}),
						/** What the picture shows, for people who cannot see it. */
						alt: field(bilingual, {
							label: L('Mô tả ảnh', 'Alt text'),
							help: L(
								'mô tả ảnh cho người không nhìn thấy, bằng cả hai thứ tiếng: `alt: { vi: …, en: … }`',
								'describe the picture for people who cannot see it, in both languages: `alt: { vi: …, en: … }`',
							),
							example: { vi: 'Sản phẩm đặt trên bàn gỗ', en: 'The product on a wooden table' },
						}),
					}),
				)
				.min(1),
			{
				label: L('Ảnh', 'Pictures'),
				help: L(
					'ghi ít nhất một ảnh, ảnh đầu là ảnh bìa: `- { src: ./cover.jpg, alt: { vi: …, en: … } }`',
					'write at least one picture, the first is the cover: `- { src: ./cover.jpg, alt: { vi: …, en: … } }`',
				),
			},
		),
		/** true when this product and its certificate are invented sample data. */
		sample: sampleField(),
		/** Earlier folder names of this product; each keeps a redirect page at its old addresses. */
		formerSlugs: field(z.array(z.string().regex(idPattern).regex(/[a-z]/)).default([]), {
			label: L('Tên thư mục cũ', 'Former folder names'),
			help: L(
				'ghi danh sách tên thư mục cũ của sản phẩm khi đổi tên thư mục, ví dụ `formerSlugs: [ca-phe-hoc-mon]`; địa chỉ cũ sẽ tự chuyển tới địa chỉ mới',
				'when you rename a product folder, list its old folder names, e.g. `formerSlugs: [ca-phe-hoc-mon]`; the old addresses then lead to the new one',
			),
			example: [],
		}),
	});
}

/** A product taken out of the catalogue, listed in `content/retired-products.yaml` so its QR permalink keeps working. */
export const retiredProductSchema = z.object({
	/** The product's permanent code; it can never be given to another product. */
	code: field(z.string().regex(codePattern), {
		label: L('Mã sản phẩm', 'Product code'),
		help: L(
			'ghi mã của sản phẩm đã rút khỏi danh mục, đúng như trên tem QR, ví dụ `hn-009`',
			'write the code of the withdrawn product exactly as on its QR labels, e.g. `hn-009`',
		),
		example: 'hn-009',
	}),
	/** The product's name, in both languages. */
	name: field(bilingual, {
		label: L('Tên sản phẩm', 'Product name'),
		help: L(
			'ghi tên sản phẩm bằng cả hai thứ tiếng: `name: { vi: …, en: … }`',
			'write the product name in both languages: `name: { vi: …, en: … }`',
		),
	}),
	/** Id of the district (file name in content/districts) whose page visitors are sent to. */
	district: districtField(),
	/** Day the product left the catalogue, YYYY-MM-DD. */
	date: field(isoDate, { label: L('Ngày rút', 'Date withdrawn'), help: dateHelp, example: '2026-06-30' }),
	/** Why it left, in both languages. */
	reason: field(bilingual, {
		label: L('Lý do', 'Reason'),
		help: L(
			'ghi lý do sản phẩm không còn trong danh mục, bằng cả hai thứ tiếng: `reason: { vi: …, en: … }`',
			'write why the product left the catalogue, in both languages: `reason: { vi: …, en: … }`',
		),
	}),
	/** true when this entry is invented sample data. */
	sample: sampleField(),
});

/** Front matter of a story file (story.vi.mdx / story.en.mdx). */
export const storySchema = z.object({
	/** Product name in this language. */
	name: field(z.string().trim().min(1), {
		label: L('Tên sản phẩm', 'Product name'),
		help: L('ghi tên sản phẩm ở phần đầu tệp: `name: …`', 'write the product name in the front matter: `name: …`'),
		example: 'Cà phê Hóc Môn',
	}),
	/** One or two sentences shown on cards and in search results. */
	summary: field(z.string().trim().min(1).max(300), {
		label: L('Tóm tắt', 'Summary'),
		help: L(
			'ghi một hai câu giới thiệu (tối đa 300 ký tự): `summary: …`',
			'write a one- or two-sentence summary (300 characters at most): `summary: …`',
		),
		example: 'Một hai câu giới thiệu sản phẩm.',
	}),
});

export type Province = z.infer<typeof provinceSchema>;
export type District = z.infer<typeof districtSchema>;
export type Producer = z.infer<typeof producerSchema>;
export type Place = z.infer<typeof placeSchema>;
export type ProductFacts = z.infer<ReturnType<typeof productSchema<z.ZodString>>>;
export type Story = z.infer<typeof storySchema>;
export type RetiredProduct = z.infer<typeof retiredProductSchema>;
export type TradeFacts = z.infer<typeof tradeSchema>;
export type Certification = z.infer<typeof certificationSchema>;
