/**
 * The text `npm run new` writes where an editor has something to write: the story to replace, a
 * default summary and a default picture description. The scaffolder writes them from here and the
 * content check warns while they are left in (`placeholder-text`, OCOP-W008), so the two cannot drift.
 * Pure, no imports: the file reader marks a story still holding its placeholder as it parses it.
 */

/** The body of a new story, to be replaced by the product's story. */
export const STORY_PLACEHOLDER = {
	vi: 'Viết câu chuyện của sản phẩm ở đây: nguồn gốc, người làm, cách làm, cách dùng. Mỗi đoạn cách nhau một dòng trống.',
	en: 'Write the product’s story here: where it comes from, who makes it, how, and how to use it. Leave a blank line between paragraphs.',
} as const;

/** The summary a new story gets when none is given: `Nón lá, sản phẩm OCOP 4 sao của Huyện Thanh Oai.` */
export const summaryPlaceholder = {
	vi: (name: string, stars: number | string, district: string) => `${name}, sản phẩm OCOP ${stars} sao của ${district}.`,
	en: (name: string, stars: number | string) => `${name}, a ${stars}-star OCOP product.`,
};

/** The description a new product's cover gets: it names the product but says nothing of what the picture shows. */
export const altPlaceholder = {
	vi: (name: string) => `Ảnh ${name}`,
	en: (name: string) => `Picture of ${name}`,
};

/** True when a story body still holds the scaffolder's placeholder text, in either language. */
export function holdsStoryPlaceholder(body: string): boolean {
	return body.includes(STORY_PLACEHOLDER.vi) || body.includes(STORY_PLACEHOLDER.en);
}

const SUMMARY_TAIL = {
	vi: /^sản phẩm OCOP [1-5] sao của .+\.$/u,
	en: /^a [1-5]-star OCOP product\.$/u,
};

/** True when `summary` is the default summary of a product named `name` (whatever its stars and district). */
export function isSummaryPlaceholder(lang: 'vi' | 'en', summary: string, name: string): boolean {
	// The name is compared as text, not compiled into a pattern: one RegExp per story cost most of a second at 13,000 products.
	const text = summary.trim();
	const head = `${name}, `;
	return text.startsWith(head) && SUMMARY_TAIL[lang].test(text.slice(head.length));
}
