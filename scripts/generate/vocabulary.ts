/**
 * Words the catalogue generator (scripts/generate/catalogue.ts) builds its synthetic national
 * catalogue from: product kinds per OCOP group, syllables of invented place names, Vietnamese
 * personal names, trades of producers, and sentence pairs (Vietnamese, English) for the stories.
 * Everything here is invented for load testing; nothing names a real product or producer.
 */

/** A text in both languages. */
export interface Pair {
	vi: string;
	en: string;
}

/** A kind of product: its name, what it is sold by, and a word for its main material. */
export interface ProductKind extends Pair {
	unit: Pair;
	material: Pair;
}

const kind = (vi: string, en: string, unit: [string, string], material: [string, string]): ProductKind => ({
	vi,
	en,
	unit: { vi: unit[0], en: unit[1] },
	material: { vi: material[0], en: material[1] },
});

/** Product kinds of each OCOP group (1 food … 6 tourism). */
export const PRODUCT_KINDS: Record<1 | 2 | 3 | 4 | 5 | 6, ProductKind[]> = {
	1: [
		kind('Mật ong hoa nhãn', 'Longan Blossom Honey', ['chai 500 ml', '500 ml bottle'], ['mật hoa nhãn', 'longan nectar']),
		kind('Mật ong rừng', 'Wild Forest Honey', ['chai 500 ml', '500 ml bottle'], ['mật ong rừng', 'wild honey']),
		kind('Cà phê rang xay', 'Ground Roasted Coffee', ['gói 500 g', '500 g bag'], ['hạt cà phê chín', 'ripe coffee cherries']),
		kind('Cà phê hạt Robusta', 'Robusta Coffee Beans', ['gói 500 g', '500 g bag'], ['hạt Robusta', 'Robusta beans']),
		kind(
			'Nước mắm cá cơm',
			'Anchovy Fish Sauce',
			['chai 500 ml', '500 ml bottle'],
			['cá cơm tươi và muối biển', 'fresh anchovies and sea salt'],
		),
		kind('Gạo thơm', 'Fragrant Rice', ['túi 5 kg', '5 kg bag'], ['lúa thơm', 'fragrant paddy']),
		kind('Gạo lứt đỏ', 'Red Brown Rice', ['túi 2 kg', '2 kg bag'], ['lúa gạo đỏ', 'red paddy']),
		kind('Bánh tráng mè', 'Sesame Rice Crackers', ['xấp 10 cái', 'pack of 10'], ['gạo và mè đen', 'rice and black sesame']),
		kind('Miến dong', 'Arrowroot Vermicelli', ['gói 500 g', '500 g pack'], ['củ dong riềng', 'arrowroot tubers']),
		kind('Chè búp', 'Green Tea Buds', ['hộp 200 g', '200 g box'], ['búp chè một tôm hai lá', 'a bud and two leaves']),
		kind('Trà Shan tuyết', 'Shan Tuyet Tea', ['hộp 100 g', '100 g box'], ['búp chè cổ thụ', 'old tea-tree buds']),
		kind('Hạt điều rang muối', 'Salted Roasted Cashews', ['hũ 500 g', '500 g jar'], ['hạt điều', 'cashew nuts']),
		kind('Tiêu đen', 'Black Pepper', ['hũ 200 g', '200 g jar'], ['hạt tiêu chín', 'ripe peppercorns']),
		kind('Mắm tôm', 'Shrimp Paste', ['hũ 300 g', '300 g jar'], ['moi biển và muối', 'tiny sea shrimp and salt']),
		kind('Tương bần', 'Fermented Soybean Sauce', ['chai 500 ml', '500 ml bottle'], ['đậu tương và gạo nếp', 'soybeans and sticky rice']),
		kind('Giò lụa', 'Pork Roll', ['cây 1 kg', '1 kg roll'], ['thịt lợn nạc', 'lean pork']),
		kind('Nem chua', 'Fermented Pork Rolls', ['chục', 'pack of 10'], ['thịt lợn và bì', 'pork and pork skin']),
		kind('Lạp xưởng', 'Cured Sausage', ['gói 500 g', '500 g pack'], ['thịt nạc vai', 'pork shoulder']),
		kind('Kẹo dừa', 'Coconut Candy', ['hộp 400 g', '400 g box'], ['nước cốt dừa', 'coconut cream']),
		kind('Bánh pía', 'Pia Cake', ['hộp 4 cái', 'box of 4'], ['đậu xanh và sầu riêng', 'mung beans and durian']),
		kind('Bưởi da xanh', 'Green-Skin Pomelo', ['kg', 'kg'], ['bưởi', 'pomelos']),
		kind('Cam sành', 'King Oranges', ['kg', 'kg'], ['cam', 'oranges']),
		kind('Xoài cát', 'Cat Mango', ['kg', 'kg'], ['xoài', 'mangoes']),
		kind('Vải thiều sấy', 'Dried Lychees', ['hộp 500 g', '500 g box'], ['vải thiều chín', 'ripe lychees']),
		kind('Mít sấy giòn', 'Crispy Dried Jackfruit', ['gói 250 g', '250 g bag'], ['mít chín', 'ripe jackfruit']),
		kind('Chuối sấy dẻo', 'Chewy Dried Bananas', ['gói 250 g', '250 g bag'], ['chuối tây chín', 'ripe bananas']),
		kind('Măng khô', 'Dried Bamboo Shoots', ['gói 500 g', '500 g bag'], ['măng nứa', 'bamboo shoots']),
		kind('Mộc nhĩ', 'Wood Ear Mushrooms', ['gói 200 g', '200 g bag'], ['mộc nhĩ rừng', 'wood ear mushrooms']),
		kind('Nấm hương', 'Shiitake Mushrooms', ['gói 200 g', '200 g bag'], ['nấm hương', 'shiitake']),
		kind('Ca cao nguyên chất', 'Pure Cocoa', ['hộp 250 g', '250 g box'], ['hạt ca cao lên men', 'fermented cocoa beans']),
		kind('Bột sắn dây', 'Kudzu Starch', ['hộp 500 g', '500 g box'], ['củ sắn dây', 'kudzu roots']),
		kind('Mứt gừng', 'Candied Ginger', ['hộp 300 g', '300 g box'], ['gừng non', 'young ginger']),
		kind('Tỏi cô đơn', 'Single-Clove Garlic', ['hũ 250 g', '250 g jar'], ['tỏi một nhánh', 'single-clove garlic']),
		kind('Muối tôm', 'Shrimp Salt', ['hũ 200 g', '200 g jar'], ['tôm khô, muối và ớt', 'dried shrimp, salt and chilli']),
		kind('Chả cá', 'Fish Cakes', ['gói 500 g', '500 g pack'], ['cá thu tươi', 'fresh mackerel']),
		kind('Khô cá lóc', 'Dried Snakehead Fish', ['gói 500 g', '500 g pack'], ['cá lóc đồng', 'field snakehead fish']),
		kind('Mực một nắng', 'Once-Sun-Dried Squid', ['kg', 'kg'], ['mực lá', 'bigfin squid']),
		kind('Bánh đa vừng', 'Sesame Rice Cakes', ['xấp 10 cái', 'pack of 10'], ['gạo tẻ và vừng', 'rice and sesame']),
		kind('Dầu lạc ép', 'Cold-Pressed Peanut Oil', ['chai 1 lít', '1 litre bottle'], ['lạc đỏ', 'red peanuts']),
		kind('Hạt mắc ca', 'Macadamia Nuts', ['hũ 500 g', '500 g jar'], ['quả mắc ca', 'macadamia nuts']),
	],
	2: [
		kind('Rượu cần', 'Jar Rice Wine', ['ché 2 lít', '2 litre jar'], ['gạo nếp và men lá', 'sticky rice and leaf yeast']),
		kind(
			'Rượu nếp cái hoa vàng',
			'Yellow-Flower Sticky Rice Wine',
			['chai 500 ml', '500 ml bottle'],
			['nếp cái hoa vàng', 'yellow-flower sticky rice'],
		),
		kind('Rượu ngô men lá', 'Leaf-Yeast Corn Liquor', ['chai 500 ml', '500 ml bottle'], ['ngô nếp', 'sticky corn']),
		kind('Nước cốt chanh dây', 'Passion Fruit Concentrate', ['chai 500 ml', '500 ml bottle'], ['chanh dây chín', 'ripe passion fruit']),
		kind('Nước ép cam', 'Orange Juice', ['chai 330 ml', '330 ml bottle'], ['cam chín cây', 'tree-ripened oranges']),
		kind('Rượu sim', 'Rose Myrtle Wine', ['chai 500 ml', '500 ml bottle'], ['quả sim rừng', 'wild rose myrtle berries']),
		kind('Siro gừng mật ong', 'Ginger Honey Syrup', ['chai 250 ml', '250 ml bottle'], ['gừng và mật ong', 'ginger and honey']),
		kind('Rượu vang nho', 'Grape Wine', ['chai 750 ml', '750 ml bottle'], ['nho đỏ', 'red grapes']),
		kind('Nước dừa đóng chai', 'Bottled Coconut Water', ['chai 330 ml', '330 ml bottle'], ['dừa xiêm', 'green coconuts']),
		kind('Trà sữa gạo rang', 'Roasted Rice Milk Tea', ['hộp 10 gói', 'box of 10 sachets'], ['gạo rang', 'roasted rice']),
	],
	3: [
		kind('Cao atiso', 'Artichoke Extract', ['hũ 200 g', '200 g jar'], ['bông atiso', 'artichoke heads']),
		kind(
			'Trà túi lọc đinh lăng',
			'Polyscias Tea Bags',
			['hộp 25 túi', 'box of 25 bags'],
			['lá và rễ đinh lăng', 'polyscias leaves and roots'],
		),
		kind('Tinh dầu sả chanh', 'Lemongrass Essential Oil', ['lọ 50 ml', '50 ml bottle'], ['cây sả chanh', 'lemongrass']),
		kind('Tinh dầu tràm', 'Cajeput Oil', ['lọ 50 ml', '50 ml bottle'], ['lá tràm gió', 'cajeput leaves']),
		kind('Nấm linh chi', 'Lingzhi Mushrooms', ['hộp 250 g', '250 g box'], ['nấm linh chi đỏ', 'red lingzhi']),
		kind('Đông trùng hạ thảo', 'Cordyceps', ['hộp 50 g', '50 g box'], ['đông trùng hạ thảo nuôi cấy', 'cultivated cordyceps']),
		kind('Tinh bột nghệ', 'Turmeric Starch', ['hũ 500 g', '500 g jar'], ['củ nghệ vàng', 'yellow turmeric roots']),
		kind('Trà hoa vàng', 'Golden Camellia Tea', ['hộp 50 g', '50 g box'], ['hoa trà vàng', 'golden camellia flowers']),
		kind('Xà phòng thảo dược', 'Herbal Soap', ['bánh 100 g', '100 g bar'], ['thảo dược và dầu dừa', 'herbs and coconut oil']),
		kind('Trà giảo cổ lam', 'Jiaogulan Tea', ['hộp 200 g', '200 g box'], ['cây giảo cổ lam', 'jiaogulan vines']),
	],
	4: [
		kind('Nón lá', 'Conical Hats', ['cái', 'piece'], ['lá nón và tre', 'palm leaves and bamboo']),
		kind('Thổ cẩm dệt tay', 'Hand-Woven Brocade', ['tấm', 'piece'], ['sợi bông nhuộm chàm', 'indigo-dyed cotton']),
		kind('Gốm men lam', 'Blue-Glazed Pottery', ['bộ', 'set'], ['đất sét trắng', 'white clay']),
		kind('Giỏ mây tre đan', 'Woven Rattan Baskets', ['cái', 'piece'], ['mây và tre', 'rattan and bamboo']),
		kind('Chiếu cói', 'Sedge Mats', ['chiếc', 'piece'], ['cây cói', 'sedge']),
		kind('Lụa tơ tằm', 'Silk Fabric', ['mét', 'metre'], ['tơ tằm', 'silk thread']),
		kind('Tranh thêu tay', 'Hand-Embroidered Pictures', ['bức', 'piece'], ['chỉ màu và vải lụa', 'coloured thread and silk']),
		kind('Đèn lồng vải', 'Fabric Lanterns', ['chiếc', 'piece'], ['khung tre và vải', 'bamboo frames and fabric']),
		kind('Tượng gỗ mỹ nghệ', 'Carved Wooden Figures', ['bức', 'piece'], ['gỗ mít', 'jackfruit wood']),
		kind('Trống da', 'Leather Drums', ['chiếc', 'piece'], ['gỗ và da trâu', 'wood and buffalo hide']),
	],
	5: [
		kind('Lan hồ điệp', 'Phalaenopsis Orchids', ['chậu', 'pot'], ['cây giống lan', 'orchid seedlings']),
		kind('Bonsai mai chiếu thủy', 'Wrightia Bonsai', ['chậu', 'pot'], ['cây mai chiếu thủy', 'wrightia trees']),
		kind('Mai vàng', 'Yellow Apricot Blossom', ['chậu', 'pot'], ['gốc mai vàng', 'yellow apricot trees']),
		kind('Cá Koi', 'Koi Carp', ['con', 'fish'], ['cá Koi giống', 'young koi']),
		kind('Sen đá', 'Succulents', ['chậu', 'pot'], ['sen đá', 'succulents']),
		kind('Cây kiểng lá', 'Foliage Plants', ['chậu', 'pot'], ['cây giống', 'seedlings']),
	],
	6: [
		kind('Du lịch cộng đồng', 'Community Tourism', ['khách', 'per guest'], ['nhà sàn và vườn', 'stilt houses and gardens']),
		kind('Homestay bản', 'Village Homestay', ['đêm', 'per night'], ['nhà truyền thống', 'traditional houses']),
		kind('Làng nghề du lịch', 'Craft Village Tour', ['khách', 'per guest'], ['xưởng nghề', 'workshops']),
		kind('Du lịch sinh thái miệt vườn', 'Orchard Eco-Tour', ['khách', 'per guest'], ['vườn cây ăn trái', 'fruit orchards']),
		kind('Điểm du lịch ruộng bậc thang', 'Rice Terrace Visit', ['khách', 'per guest'], ['ruộng bậc thang', 'rice terraces']),
	],
};

/** Syllables of invented place names (communes and districts), with tone marks. */
export const PLACE_SYLLABLES = [
	'An',
	'Bình',
	'Phú',
	'Tân',
	'Hòa',
	'Thạnh',
	'Long',
	'Đông',
	'Tây',
	'Sơn',
	'Lộc',
	'Xuân',
	'Thuận',
	'Mỹ',
	'Vĩnh',
	'Hưng',
	'Đức',
	'Nghĩa',
	'Quang',
	'Thanh',
	'Hải',
	'Kim',
	'Ngọc',
	'Cẩm',
	'Yên',
	'Lạc',
	'Trung',
	'Nam',
	'Bắc',
	'Phước',
	'Hiệp',
	'Thịnh',
	'Tiến',
	'Định',
	'Khánh',
	'Lâm',
	'Hồng',
	'Minh',
	'Cát',
	'Điền',
	'Hà',
	'Châu',
	'Thủy',
	'Lương',
	'Trường',
	'Quế',
	'Kỳ',
	'Mai',
	'Tường',
	'Đại',
	'Hậu',
	'Lập',
	'Thới',
	'Ninh',
	'Diên',
	'Gia',
	'Vạn',
	'Hội',
	'Tịnh',
	'Sa',
	'Pha',
	'Mường',
	'Nà',
	'Khe',
	'Bản',
	'Pác',
	'Ea',
	'Krông',
	'Đắk',
	'Ia',
	'Chư',
	'Buôn',
];

/** Family, middle and given names for household producers and the people in stories. */
export const FAMILY_NAMES = [
	'Nguyễn',
	'Trần',
	'Lê',
	'Phạm',
	'Hoàng',
	'Huỳnh',
	'Phan',
	'Vũ',
	'Võ',
	'Đặng',
	'Bùi',
	'Đỗ',
	'Hồ',
	'Ngô',
	'Dương',
	'Lý',
	'Đinh',
	'Lò',
	'Hà',
	'Y',
];
export const MIDDLE_NAMES = ['Văn', 'Thị', 'Hữu', 'Minh', 'Ngọc', 'Thanh', 'Đức', 'Quốc', 'Kim', 'Xuân'];
export const GIVEN_NAMES = [
	'Hùng',
	'Lan',
	'Mai',
	'Dũng',
	'Hoa',
	'Tuấn',
	'Hằng',
	'Sơn',
	'Thảo',
	'Nam',
	'Hương',
	'Bình',
	'Trang',
	'Phúc',
	'Liên',
	'Khoa',
	'Nhung',
	'Tâm',
	'Quyên',
	'Đạt',
	'Yến',
	'Thắm',
	'Lợi',
	'Sáu',
	'Bảy',
];

/** What producers of each kind do, in their names. */
export const TRADES: Pair[] = [
	{ vi: 'Nông nghiệp', en: 'Agricultural' },
	{ vi: 'Nông sản sạch', en: 'Clean Produce' },
	{ vi: 'Thực phẩm', en: 'Food' },
	{ vi: 'Dịch vụ nông nghiệp', en: 'Farm Services' },
	{ vi: 'Thủ công mỹ nghệ', en: 'Handicraft' },
	{ vi: 'Dược liệu', en: 'Herbal' },
	{ vi: 'Chăn nuôi', en: 'Livestock' },
	{ vi: 'Thủy sản', en: 'Fisheries' },
	{ vi: 'Du lịch cộng đồng', en: 'Community Tourism' },
	{ vi: 'Chế biến nông sản', en: 'Farm Produce Processing' },
];

/** Adjectives of taste, look and feel, used in stories. */
export const QUALITIES: Pair[] = [
	{ vi: 'thơm dịu', en: 'gently fragrant' },
	{ vi: 'đậm đà', en: 'rich' },
	{ vi: 'ngọt thanh', en: 'cleanly sweet' },
	{ vi: 'giòn rụm', en: 'crunchy' },
	{ vi: 'bùi béo', en: 'nutty and rich' },
	{ vi: 'mộc mạc', en: 'rustic' },
	{ vi: 'tinh tế', en: 'refined' },
	{ vi: 'bền chắc', en: 'sturdy' },
	{ vi: 'tươi mát', en: 'fresh' },
	{ vi: 'đằm thắm', en: 'warm' },
	{ vi: 'hậu vị ngọt', en: 'with a sweet finish' },
	{ vi: 'óng ả', en: 'lustrous' },
];

/** Times of year. */
export const SEASONS: Pair[] = [
	{ vi: 'mùa xuân', en: 'spring' },
	{ vi: 'đầu hè', en: 'early summer' },
	{ vi: 'mùa mưa', en: 'the rainy season' },
	{ vi: 'mùa khô', en: 'the dry season' },
	{ vi: 'tháng Chạp', en: 'the last lunar month' },
	{ vi: 'dịp Tết Nguyên đán', en: 'the Lunar New Year' },
	{ vi: 'cuối thu', en: 'late autumn' },
	{ vi: 'tháng Ba âm lịch', en: 'the third lunar month' },
];

/** Landscapes a product comes from. */
export const LANDSCAPES: Pair[] = [
	{ vi: 'những triền đồi đất đỏ bazan', en: 'slopes of red basalt soil' },
	{ vi: 'bãi bồi phù sa ven sông', en: 'silt banks along the river' },
	{ vi: 'thung lũng mờ sương', en: 'a misty valley' },
	{ vi: 'vùng đất cát ven biển', en: 'sandy coastal land' },
	{ vi: 'các bản làng vùng cao', en: 'highland villages' },
	{ vi: 'cánh đồng lúa trải dài', en: 'wide rice fields' },
	{ vi: 'rừng tre nứa ven suối', en: 'bamboo forests along the streams' },
	{ vi: 'miệt vườn sông nước', en: 'orchards laced with canals' },
	{ vi: 'làng nghề hơn trăm năm tuổi', en: 'a craft village over a century old' },
	{ vi: 'vùng núi đá vôi', en: 'limestone mountains' },
];

/** Story sentences, by part of the story, with slots: {name} {commune} {district} {province} {producer} {person} {years} {material} {quality} {season} {landscape} {members} {tonnes}. */
export const STORY: Record<'origin' | 'making' | 'quality' | 'use' | 'people', Pair[]> = {
	origin: [
		{
			vi: '{name} được làm ở xã {commune}, {district}, nơi có {landscape} và khí hậu hợp với {material}.',
			en: '{name} is made in {commune} commune, {district}, a place of {landscape} with a climate that suits {material}.',
		},
		{
			vi: 'Từ hơn {years} năm nay, người dân {commune} đã gắn bó với nghề làm {name_lower}, truyền từ đời ông bà sang con cháu.',
			en: 'For more than {years} years the people of {commune} have lived by this craft, handed down from grandparents to grandchildren.',
		},
		{
			vi: 'Vùng đất {province} vốn nổi tiếng với {landscape}, và {name_lower} là một trong những sản phẩm được người dân tự hào nhất.',
			en: '{province} is known for {landscape}, and this product is one of the things its people are proudest of.',
		},
		{
			vi: 'Ngày trước, {name_lower} chỉ được làm để dùng trong nhà hay biếu họ hàng vào {season}; nay nó đã đi xa khắp cả nước.',
			en: 'It used to be made only for the household, or as a gift to relatives at {season}; today it travels all over the country.',
		},
		{
			vi: 'Theo lời kể của bà con trong xã, nghề này bắt đầu từ khi những gia đình đầu tiên đến khai hoang vùng {landscape}.',
			en: 'As people in the commune tell it, the craft began when the first families came to clear {landscape}.',
		},
		{
			vi: 'Tên gọi {name} gắn liền với địa danh {commune}, một xã yên bình của {district}.',
			en: 'The name {name} is tied to {commune}, a quiet commune of {district}.',
		},
	],
	making: [
		{
			vi: 'Nguyên liệu chính là {material}, được chọn lựa kỹ càng ngay từ khâu thu hoạch.',
			en: 'The main ingredient is {material}, chosen with care from the moment it is harvested.',
		},
		{
			vi: 'Mỗi mẻ sản phẩm đều trải qua nhiều công đoạn: sơ chế, phơi hoặc sấy, phân loại, rồi đóng gói ngay tại cơ sở.',
			en: 'Every batch goes through several steps: preparing, sun-drying or oven-drying, grading, and packing on site.',
		},
		{
			vi: 'Người thợ vẫn giữ cách làm thủ công ở những khâu quan trọng nhất, chỉ dùng máy móc để giảm sức lao động.',
			en: 'Craftspeople still work by hand at the most important steps, and use machines only to spare their strength.',
		},
		{
			vi: 'Vào {season}, cả xóm tất bật từ sáng sớm đến tối muộn để kịp những đơn hàng lớn nhất trong năm.',
			en: 'At {season} the whole hamlet works from early morning to late evening to fill the largest orders of the year.',
		},
		{
			vi: 'Quy trình được ghi chép đầy đủ trong sổ nhật ký, từ ngày nhập nguyên liệu đến ngày xuất bán.',
			en: 'Each step is written down in a logbook, from the day the ingredients arrive to the day the goods are sold.',
		},
		{
			vi: 'Cơ sở đã đầu tư nhà xưởng sạch sẽ, có khu sơ chế riêng, kho mát và dây chuyền đóng gói hút chân không.',
			en: 'The workshop has been rebuilt with a clean preparation area, a cool store and a vacuum-packing line.',
		},
		{
			vi: 'Không dùng chất bảo quản hay phẩm màu, nên {name_lower} giữ được hương vị {quality} tự nhiên.',
			en: 'No preservatives or colourings are added, so it keeps its natural, {quality} character.',
		},
		{
			vi: 'Bí quyết nằm ở thời gian: mỗi công đoạn đều phải đủ ngày, không được làm vội.',
			en: 'The secret is time: every step gets the days it needs and is never rushed.',
		},
	],
	quality: [
		{
			vi: 'Sản phẩm có vị {quality}, màu sắc tự nhiên và bao bì ghi rõ nguồn gốc, hạn sử dụng.',
			en: 'It is {quality}, naturally coloured, and its packaging states its origin and best-before date.',
		},
		{
			vi: 'Mỗi gói hàng đều dán tem truy xuất nguồn gốc, người mua chỉ cần quét mã là biết nơi sản xuất.',
			en: 'Every pack carries a traceability stamp: buyers scan the code to see where it was made.',
		},
		{
			vi: 'Năm vừa qua, {producer} bán ra khoảng {tonnes} tấn sản phẩm, phần lớn cho khách quen và các điểm bán OCOP.',
			en: 'Last year {producer} sold about {tonnes} tonnes, most of it to regular customers and OCOP sales points.',
		},
		{
			vi: 'Hội đồng đánh giá đã ghi nhận câu chuyện sản phẩm rõ ràng, chất lượng ổn định và khả năng mở rộng thị trường.',
			en: 'The rating council noted a clear product story, steady quality and room to grow in new markets.',
		},
		{
			vi: 'Sản phẩm từng được giới thiệu tại nhiều hội chợ xúc tiến thương mại trong và ngoài tỉnh {province}.',
			en: 'It has been shown at trade fairs in {province} and beyond.',
		},
		{
			vi: 'Bao bì mới được thiết kế gọn gàng, dễ mang đi xa, hợp làm quà biếu.',
			en: 'The new packaging is neat and travels well, which makes it a good gift.',
		},
	],
	use: [
		{
			vi: 'Bảo quản nơi khô ráo, thoáng mát, tránh ánh nắng trực tiếp; sau khi mở nên dùng hết trong vài tuần.',
			en: 'Keep it somewhere cool and dry, out of direct sunlight, and finish it within a few weeks of opening.',
		},
		{
			vi: 'Nhiều gia đình chọn {name_lower} làm quà biếu dịp {season}, vì nó mang đậm hương vị quê nhà.',
			en: 'Many families give it as a present at {season}, because it tastes of home.',
		},
		{
			vi: 'Khách du lịch ghé {district} thường mua vài gói về làm quà cho người thân.',
			en: 'Visitors to {district} often take a few packs home for their families.',
		},
		{
			vi: 'Có thể dùng ngay, hoặc kết hợp với các món ăn hằng ngày của gia đình Việt.',
			en: 'It can be enjoyed as it is, or with everyday Vietnamese family meals.',
		},
		{
			vi: 'Người sành thường khuyên thưởng thức chậm rãi để cảm nhận hết vị {quality}.',
			en: 'Connoisseurs advise taking it slowly, to notice how {quality} it is.',
		},
		{
			vi: 'Sản phẩm được bán tại các điểm giới thiệu sản phẩm OCOP, chợ phiên và trên các sàn thương mại điện tử.',
			en: 'It is sold at OCOP showcase points, at market days and on online marketplaces.',
		},
	],
	people: [
		{
			vi: '{producer} hiện có {members} thành viên, phần đông là phụ nữ trong xã.',
			en: '{producer} now has {members} members, most of them women from the commune.',
		},
		{
			vi: '{person}, người đứng đầu cơ sở, kể rằng những năm đầu sản phẩm làm ra chỉ bán được ở chợ xã.',
			en: '{person}, who runs the business, remembers that in the early years it sold only at the commune market.',
		},
		{
			vi: 'Nhờ tham gia chương trình OCOP, cơ sở được hỗ trợ thiết kế nhãn mác, đăng ký mã vạch và học cách bán hàng trực tuyến.',
			en: 'Through the OCOP programme the business got help with labels, a barcode and learning to sell online.',
		},
		{
			vi: 'Nghề này tạo việc làm ổn định cho nhiều lao động địa phương, nhất là vào những tháng nông nhàn.',
			en: 'The work gives steady jobs to local people, especially in the slack months between harvests.',
		},
		{
			vi: 'Lớp trẻ trong xã đã quay về cùng cha mẹ giữ nghề, mang thêm những ý tưởng mới về bao bì và cách quảng bá.',
			en: 'Young people have come back to keep the craft going with their parents, bringing new ideas for packaging and promotion.',
		},
		{
			vi: '{person} mong muốn sản phẩm của quê mình một ngày sẽ có mặt trên kệ hàng ở nước ngoài.',
			en: '{person} hopes that one day the product will be on shelves abroad.',
		},
	],
};

/** Why a certificate was revoked, or a product left the catalogue. */
export const REVOKE_REASONS: Pair[] = [
	{ vi: 'Sản phẩm không duy trì được chất lượng như khi được đánh giá.', en: 'The product no longer kept the quality it was rated for.' },
	{ vi: 'Chủ thể vi phạm quy định về nhãn hàng hóa.', en: 'The producer broke the rules on product labelling.' },
	{
		vi: 'Chủ thể đề nghị thu hồi do thay đổi mẫu mã sản phẩm.',
		en: 'The producer asked for it to be withdrawn after changing the product.',
	},
];

/** Why a product was taken out of the catalogue. */
export const RETIRE_REASONS: Pair[] = [
	{ vi: 'Chủ thể đã ngừng sản xuất sản phẩm này.', en: 'The producer has stopped making this product.' },
	{ vi: 'Chủ thể đã giải thể.', en: 'The producer has closed down.' },
	{
		vi: 'Sản phẩm được gộp vào một sản phẩm khác của cùng chủ thể.',
		en: 'The product was merged into another product of the same producer.',
	},
];

/** Online marketplaces. */
export const MARKETPLACES = [
	{ name: 'Shopee', url: 'https://shopee.vn/' },
	{ name: 'Lazada', url: 'https://www.lazada.vn/' },
	{ name: 'Tiki', url: 'https://tiki.vn/' },
	{ name: 'Postmart', url: 'https://postmart.vn/' },
];

/** Standards producers list. */
export const STANDARDS = ['VietGAP', 'HACCP', 'ISO 22000:2018', 'TCCS', 'GlobalGAP', 'ISO 9001:2015'];
