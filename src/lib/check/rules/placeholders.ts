/**
 * `placeholder-text` (OCOP-W008, a warning): text that `npm run new` wrote for the editor to replace
 * is still there: the story's body, the default summary, or a picture description that only names
 * the product. The site would build and publish it as it is.
 */
import { altPlaceholder, holdsStoryPlaceholder, isSummaryPlaceholder } from '../../content/placeholders.ts';
import type { EntryRule } from '../entries.ts';
import { problem } from '../problem.ts';

const nameOf = (data: unknown): string | undefined => {
	const name = (data as { name?: unknown } | undefined)?.name;
	return typeof name === 'string' ? name : undefined;
};
const summaryOf = (data: unknown): string | undefined => {
	const summary = (data as { summary?: unknown } | undefined)?.summary;
	return typeof summary === 'string' ? summary : undefined;
};

export const placeholders: EntryRule = {
	name: 'placeholder-text',
	scope: 'entry',
	kinds: ['product'],
	entry(e, { problems }) {
		if (e.kind !== 'product') return;
		for (const lang of ['vi', 'en'] as const) {
			const story = e.raw.stories[lang];
			if (!story) continue;
			// `template` is known from the reader (also for a story kept in the cache, whose body is not read).
			if (story.template ?? holdsStoryPlaceholder(story.body)) {
				problems.push(
					problem(
						'placeholder-text',
						{ file: story.file, line: story.bodyLine ?? 1, column: 1 },
						'Câu chuyện vẫn là đoạn mẫu "Viết câu chuyện của sản phẩm ở đây…". Cách sửa: thay bằng câu chuyện thật của sản phẩm.',
						'The story is still the placeholder “Write the product’s story here…”. Fix: replace it with the product’s real story.',
					),
				);
			}
			const name = nameOf(story.data);
			const summary = summaryOf(story.data);
			if (name && summary && isSummaryPlaceholder(lang, summary, name)) {
				problems.push(
					problem(
						'placeholder-text',
						{ raw: story, path: ['summary'] },
						'Tóm tắt vẫn là câu mẫu do `npm run new` viết sẵn. Cách sửa: viết một hai câu nói điều riêng của sản phẩm.',
						'The summary is still the default sentence written by `npm run new`. Fix: write one or two sentences on what is special about the product.',
					),
				);
			}
		}
		const names = {
			vi: nameOf(e.raw.stories.vi?.data),
			en: nameOf(e.raw.stories.en?.data) ?? nameOf(e.raw.stories.vi?.data),
		};
		e.data.images.forEach((img, i) => {
			for (const lang of ['vi', 'en'] as const) {
				const name = names[lang];
				if (!name || img.alt[lang].trim() !== altPlaceholder[lang](name)) continue;
				problems.push(
					problem(
						'placeholder-text',
						{ raw: e.raw, path: ['images', i, 'alt', lang] },
						`Mô tả ảnh "${img.alt[lang]}" chỉ nêu tên sản phẩm, là câu mẫu do \`npm run new\` viết sẵn. Cách sửa: tả điều ảnh cho thấy, ví dụ "Chiếc nón lá trắng đặt trên chiếu cói".`,
						`The picture description "${img.alt[lang]}" only names the product: it is the default written by \`npm run new\`. Fix: say what the picture shows, e.g. “A white conical hat on a sedge mat”.`,
					),
				);
			}
		});
	},
};
