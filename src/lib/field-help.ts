/**
 * What each content field must hold, said to editors in both languages. The content check prints
 * these when a value is wrong; a future form CMS can show them beside the fields.
 * Keys are `<file kind>:<field path>`, with `*` standing for a position in a list.
 */
export interface Help {
	vi: string;
	en: string;
}

const nameBoth: Help = {
	vi: 'ghi tên bằng cả hai thứ tiếng, ví dụ `name: { vi: Huyện Hóc Môn, en: Hoc Mon District }`',
	en: 'write the name in both languages, e.g. `name: { vi: Huyện Hóc Môn, en: Hoc Mon District }`',
};
const districtRef: Help = {
	vi: 'ghi tên tệp (không có .yaml) của một huyện trong content/districts, ví dụ `district: hoc-mon`',
	en: 'write the file name (without .yaml) of a district in content/districts, e.g. `district: hoc-mon`',
};
const commune: Help = {
	vi: 'ghi tên xã, phường hoặc thị trấn bằng tiếng Việt, ví dụ `commune: Xuân Thới Sơn`',
	en: 'write the commune, ward or town in Vietnamese, e.g. `commune: Xuân Thới Sơn`',
};
const date: Help = {
	vi: 'ghi ngày theo dạng NĂM-THÁNG-NGÀY, ví dụ `2023-09-28`',
	en: 'write the date as YEAR-MONTH-DAY, e.g. `2023-09-28`',
};
const bothTexts: Help = {
	vi: 'ghi nội dung bằng cả hai thứ tiếng: `{ vi: …, en: … }`',
	en: 'write the text in both languages: `{ vi: …, en: … }`',
};
const phone: Help = {
	vi: 'ghi số điện thoại chỉ gồm chữ số, dấu cách, +, (, ), ., -, ví dụ `0263 3839 000`',
	en: 'write a phone number with digits, spaces, +, (, ), . or - only, e.g. `0263 3839 000`',
};
const time: Help = {
	vi: 'ghi giờ theo dạng GIỜ:PHÚT 24 giờ, ví dụ `07:30`',
	en: 'write the time as HH:MM on a 24-hour clock, e.g. `07:30`',
};
const placeRefs = (dir: string, example: string): Help => ({
	vi: `ghi danh sách tên tệp (không có .yaml) trong content/${dir}, ví dụ \`[${example}]\``,
	en: `write a list of file names (without .yaml) in content/${dir}, e.g. \`[${example}]\``,
});

export const FIELD_HELP: Record<string, Help> = {
	'province:id': { vi: 'ghi mã tỉnh bằng chữ thường không dấu, nối bằng gạch ngang, ví dụ `lam-dong`', en: 'write the province id in lower-case ASCII joined by hyphens, e.g. `lam-dong`' },
	'province:name': nameBoth,
	'province:kind': { vi: 'ghi `city` (thành phố trực thuộc trung ương) hoặc `province`', en: 'write `city` (centrally-run city) or `province`' },
	'district:name': nameBoth,
	'district:province': { vi: 'ghi mã một tỉnh trong content/provinces.yaml, ví dụ `province: lam-dong`', en: 'write the id of a province in content/provinces.yaml, e.g. `province: lam-dong`' },
	'producer:name': { vi: 'ghi tên chủ thể, ít nhất bằng tiếng Việt: `name: { vi: …, en: … }`', en: 'write the producer name, at least in Vietnamese: `name: { vi: …, en: … }`' },
	'producer:kind': { vi: 'ghi một trong `household` (hộ sản xuất kinh doanh), `cooperative` (hợp tác xã, tổ hợp tác), `enterprise` (doanh nghiệp)', en: 'write one of `household`, `cooperative`, `enterprise`' },
	'producer:district': districtRef,
	'producer:commune': commune,
	'producer:contact.phone': phone,
	'producer:contact.email': { vi: 'ghi một địa chỉ email, ví dụ `lienhe@example.org`', en: 'write an email address, e.g. `contact@example.org`' },
	'producer:contact.website': { vi: 'ghi địa chỉ web đầy đủ, bắt đầu bằng https://', en: 'write a full web address starting with https://' },
	'place:name': nameBoth,
	'place:district': districtRef,
	'place:commune': commune,
	'place:address': { vi: 'ghi địa chỉ bằng tiếng Việt', en: 'write the street address in Vietnamese' },
	'place:hours': { vi: 'ghi ít nhất một dòng giờ mở cửa: `- { days: [mon, tue], open: "07:30", close: "17:00" }`', en: 'write at least one line of opening hours: `- { days: [mon, tue], open: "07:30", close: "17:00" }`' },
	'place:hours.*.days': { vi: 'ghi các ngày bằng `mon tue wed thu fri sat sun`', en: 'write the days as `mon tue wed thu fri sat sun`' },
	'place:hours.*.open': time,
	'place:hours.*.close': time,
	'place:phone': phone,
	'place:coordinates': { vi: 'ghi toạ độ trong lãnh thổ Việt Nam: `coordinates: { lat: 12.05, lng: 108.44 }`', en: 'write coordinates inside Vietnam: `coordinates: { lat: 12.05, lng: 108.44 }`' },
	'product:code': { vi: 'ghi mã sản phẩm cố định, chữ thường và số, dạng `hcm-001`; mã này in trên tem QR nên không bao giờ được đổi', en: 'write the permanent product code, lower-case letters and digits like `hcm-001`; it is printed on QR labels, so it never changes' },
	'product:stars': { vi: 'ghi hạng sao OCOP: `3`, `4` hoặc `5`', en: 'write the OCOP star rating: `3`, `4` or `5`' },
	'product:category': { vi: 'ghi số nhóm sản phẩm OCOP từ 1 đến 6 (1 Thực phẩm, 2 Đồ uống, 3 Dược liệu, 4 Thủ công mỹ nghệ, 5 Sinh vật cảnh, 6 Du lịch)', en: 'write the OCOP group number 1 to 6 (1 food, 2 beverages, 3 herbal, 4 handicrafts, 5 ornamental, 6 tourism)' },
	'product:producer': { vi: 'ghi tên tệp (không có .yaml) của một chủ thể trong content/producers, ví dụ `producer: htx-xuan-thoi-son`', en: 'write the file name (without .yaml) of a producer in content/producers, e.g. `producer: htx-xuan-thoi-son`' },
	'product:district': districtRef,
	'product:commune': commune,
	'product:certificate': { vi: 'ghi quyết định công nhận: `certificate: { number: …, date: …, issuer: { vi: …, en: … } }`', en: 'write the recognition decision: `certificate: { number: …, date: …, issuer: { vi: …, en: … } }`' },
	'product:certificate.number': { vi: 'ghi số quyết định, ví dụ `1234/QĐ-UBND`', en: 'write the decision number, e.g. `1234/QĐ-UBND`' },
	'product:certificate.date': date,
	'product:certificate.issuer': bothTexts,
	'product:certificate.revoked.date': date,
	'product:certificate.revoked.reason': bothTexts,
	'product:price': { vi: 'ghi giá bằng đồng, số nguyên: `price: { min: 120000, max: 250000, unit: { vi: hộp 500 g, en: 500 g box } }`', en: 'write prices in đồng as whole numbers: `price: { min: 120000, max: 250000, unit: { vi: hộp 500 g, en: 500 g box } }`' },
	'product:packaging': bothTexts,
	'product:standards': { vi: 'ghi danh sách tiêu chuẩn, ví dụ `[VietGAP, HACCP]`', en: 'write a list of standards, e.g. `[VietGAP, HACCP]`' },
	'product:centres': placeRefs('centres', 'lac-duong'),
	'product:salesPoints': placeRefs('sales-points', 'ha-noi-thanh-oai'),
	'product:marketplaces': { vi: 'ghi danh sách `- { name: Tên sàn, url: https://… }`', en: 'write a list of `- { name: Marketplace, url: https://… }`' },
	'product:images': { vi: 'ghi ít nhất một ảnh: `- { src: ./cover.jpg, alt: { vi: …, en: … } }`', en: 'write at least one picture: `- { src: ./cover.jpg, alt: { vi: …, en: … } }`' },
	'product:images.*.src': { vi: 'ghi đường dẫn tới tệp ảnh nằm cạnh product.yaml, ví dụ `./cover.jpg`', en: 'write the path of a picture beside product.yaml, e.g. `./cover.jpg`' },
	'product:images.*.alt': { vi: 'mô tả ảnh cho người không nhìn thấy, bằng cả hai thứ tiếng: `alt: { vi: …, en: … }`', en: 'describe the picture for people who cannot see it, in both languages: `alt: { vi: …, en: … }`' },
	'product:sample': { vi: 'ghi `true` nếu là dữ liệu mẫu, nếu không thì bỏ dòng này', en: 'write `true` for sample data, otherwise leave the line out' },
	'product:formerSlugs': { vi: 'ghi danh sách tên thư mục cũ của sản phẩm khi đổi tên thư mục, ví dụ `formerSlugs: [ca-phe-hoc-mon]`; địa chỉ cũ sẽ tự chuyển tới địa chỉ mới', en: 'when you rename a product folder, list its old folder names, e.g. `formerSlugs: [ca-phe-hoc-mon]`; the old addresses then lead to the new one' },
	'retired:code': { vi: 'ghi mã của sản phẩm đã rút khỏi danh mục, đúng như trên tem QR, ví dụ `hn-009`', en: 'write the code of the withdrawn product exactly as on its QR labels, e.g. `hn-009`' },
	'retired:name': { vi: 'ghi tên sản phẩm bằng cả hai thứ tiếng: `name: { vi: …, en: … }`', en: 'write the product name in both languages: `name: { vi: …, en: … }`' },
	'retired:district': districtRef,
	'retired:date': date,
	'retired:reason': { vi: 'ghi lý do sản phẩm không còn trong danh mục, bằng cả hai thứ tiếng: `reason: { vi: …, en: … }`', en: 'write why the product left the catalogue, in both languages: `reason: { vi: …, en: … }`' },
	'retired:sample': { vi: 'ghi `true` nếu là dữ liệu mẫu, nếu không thì bỏ dòng này', en: 'write `true` for sample data, otherwise leave the line out' },
	'story:name': { vi: 'ghi tên sản phẩm ở phần đầu tệp: `name: …`', en: 'write the product name in the front matter: `name: …`' },
	'story:summary': { vi: 'ghi một hai câu giới thiệu (tối đa 300 ký tự): `summary: …`', en: 'write a one- or two-sentence summary (300 characters at most): `summary: …`' },
};

/** The help for a field, looked up with list positions turned into `*` and falling back to the parent field. */
export function helpFor(kind: string, path: ReadonlyArray<PropertyKey>): Help | undefined {
	const parts = path.map((p) => (typeof p === 'number' ? '*' : String(p)));
	for (let n = parts.length; n > 0; n--) {
		const hit = FIELD_HELP[`${kind}:${parts.slice(0, n).join('.')}`];
		if (hit) return hit;
	}
	return undefined;
}
