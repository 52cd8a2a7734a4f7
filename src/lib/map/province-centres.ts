/**
 * Where each of the 34 provinces and cities (since 1 July 2025, content/provinces.yaml) is drawn on
 * the map: the approximate position of its administrative centre (the seat of its people's
 * committee), to two decimals (about 1 km). No boundary data of the 34 units is published under an
 * open licence as an npm package, so the map shows each province as a point here, not as an area
 * (docs/offline-and-maps.md). Provinces merged in 2025 sit at the seat the merged unit kept.
 */
export const PROVINCE_CENTRES: Readonly<Record<string, { lat: number; lng: number }>> = {
	'ha-noi': { lat: 21.03, lng: 105.85 },
	hue: { lat: 16.46, lng: 107.59 },
	'hai-phong': { lat: 20.84, lng: 106.69 },
	'da-nang': { lat: 16.05, lng: 108.2 },
	'ho-chi-minh': { lat: 10.78, lng: 106.7 },
	'can-tho': { lat: 10.05, lng: 105.75 },
	'tuyen-quang': { lat: 21.82, lng: 105.21 },
	'cao-bang': { lat: 22.67, lng: 106.26 },
	'lai-chau': { lat: 22.4, lng: 103.46 },
	// Lào Cai's seat moved to Yên Bái city in 2025.
	'lao-cai': { lat: 21.72, lng: 104.91 },
	'thai-nguyen': { lat: 21.59, lng: 105.85 },
	'dien-bien': { lat: 21.39, lng: 103.02 },
	'lang-son': { lat: 21.85, lng: 106.76 },
	'son-la': { lat: 21.33, lng: 103.91 },
	// Phú Thọ: Việt Trì.
	'phu-tho': { lat: 21.32, lng: 105.4 },
	// Bắc Ninh's seat moved to Bắc Giang city in 2025.
	'bac-ninh': { lat: 21.27, lng: 106.19 },
	// Quảng Ninh: Hạ Long.
	'quang-ninh': { lat: 20.95, lng: 107.08 },
	'hung-yen': { lat: 20.65, lng: 106.05 },
	'ninh-binh': { lat: 20.25, lng: 105.97 },
	'thanh-hoa': { lat: 19.81, lng: 105.78 },
	// Nghệ An: Vinh.
	'nghe-an': { lat: 18.68, lng: 105.68 },
	'ha-tinh': { lat: 18.34, lng: 105.91 },
	// Quảng Trị's seat moved to Đồng Hới in 2025.
	'quang-tri': { lat: 17.47, lng: 106.62 },
	'quang-ngai': { lat: 15.12, lng: 108.79 },
	// Gia Lai's seat moved to Quy Nhơn in 2025.
	'gia-lai': { lat: 13.78, lng: 109.22 },
	// Khánh Hòa: Nha Trang.
	'khanh-hoa': { lat: 12.24, lng: 109.19 },
	// Lâm Đồng: Đà Lạt.
	'lam-dong': { lat: 11.94, lng: 108.46 },
	// Đắk Lắk: Buôn Ma Thuột.
	'dak-lak': { lat: 12.67, lng: 108.04 },
	// Đồng Nai: Biên Hòa.
	'dong-nai': { lat: 10.96, lng: 106.84 },
	// Tây Ninh's seat moved to Tân An in 2025.
	'tay-ninh': { lat: 10.54, lng: 106.41 },
	'vinh-long': { lat: 10.25, lng: 105.97 },
	// Đồng Tháp's seat moved to Mỹ Tho in 2025.
	'dong-thap': { lat: 10.36, lng: 106.36 },
	'ca-mau': { lat: 9.18, lng: 105.15 },
	// An Giang's seat moved to Rạch Giá in 2025.
	'an-giang': { lat: 10.01, lng: 105.08 },
};

/** The two archipelagos of Viet Nam, drawn and named on every map of the country. */
export const ARCHIPELAGOS = [
	{ id: 'hoang-sa', name: { vi: 'Quần đảo Hoàng Sa', en: 'Hoang Sa (Paracel) Islands' }, lat: 16.5, lng: 111.9 },
	{ id: 'truong-sa', name: { vi: 'Quần đảo Trường Sa', en: 'Truong Sa (Spratly) Islands' }, lat: 9.9, lng: 114.3 },
] as const;
