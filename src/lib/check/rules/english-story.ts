/** `missing-en-story` (OCOP-W001, a warning): the English page of a product without an English story shows the Vietnamese one. */
import type { EntryRule } from '../entries.ts';
import { problem } from '../problem.ts';

export const englishStory: EntryRule = {
	name: 'missing-en-story',
	scope: 'entry',
	kinds: ['product'],
	entry(e, { problems }) {
		if (e.kind !== 'product' || e.raw.stories.en || !e.raw.stories.vi) return;
		problems.push(
			problem(
				'missing-en-story',
				{ file: `${e.raw.dir}/story.en.mdx` },
				'Chưa có câu chuyện tiếng Anh; trang tiếng Anh đang hiện bản tiếng Việt kèm một lời nhắn. Cách sửa: tạo story.en.mdx với `name:`, `summary:` và câu chuyện bằng tiếng Anh.',
				'There is no English story; the English page shows the Vietnamese one under a notice. Fix: create story.en.mdx with `name:`, `summary:` and the story in English.',
			),
		);
	},
};
