import { describe, expect, it } from 'vitest';
import { checkStoryBody, formatProblems, STORY_COMPONENTS } from '../../src/lib/check/index.ts';
import { parseStory } from '../../src/lib/content/files.ts';

/** A story file as an editor writes it: front matter (lines 1–4), then the body from line 5. */
function story(body: string, file = 'content/products/non-la/vi.mdx') {
	return { file, id: 'vi', ...parseStory(`---\nname: Nón lá\nsummary: Nón lá thủ công.\n---\n${body}`) };
}
/** The check's report of a story whose pictures are all in the product folder. */
const report = (body: string, file?: string) => formatProblems(checkStoryBody(story(body, file), () => true));

describe('the story check (stories are data, not code)', () => {
	it('accepts plain Markdown, links, pictures, HTML and code blocks that show code as text', () => {
		const body = [
			'Nón lá **Phương Trung** được chằm bằng tay. [Xem bản đồ](https://www.openstreetmap.org/)',
			'',
			'<details><summary>Cách bảo quản</summary>Để nơi khô ráo.</details>',
			'',
			'```html',
			'<script>alert(1)</script>',
			'```',
			'',
			'Viết `<img onerror=x>` trong câu chuyện là không được. {/* ghi chú cho người biên tập */}',
		].join('\n');
		expect(checkStoryBody(story(body))).toEqual([]);
	});

	it('has no story components yet', () => {
		expect([...STORY_COMPONENTS]).toEqual([]);
	});

	it('refuses an import statement, naming the file and line', () => {
		expect(report('Nón lá.\n\nimport Map from "../../src/components/Map.astro"\n')).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. content/products/non-la/vi.mdx:7 [OCOP-E022 story-import-export]
			   vi: Dòng 7: câu chuyện không được có lệnh \`import\` hay \`export\` (đang ghi: import Map from "../../src/components/Map.astro"); câu chuyện chỉ là chữ, không phải mã chương trình. Cách sửa: xoá dòng này.
			   en: Line 7: a story may not hold an \`import\` or \`export\` statement (found: import Map from "../../src/components/Map.astro"); a story is text, not code. Fix: delete this line."
		`);
	});

	it('refuses an export statement', () => {
		expect(checkStoryBody(story('export const x = 1\n'))[0]?.en).toContain(
			'Line 5: a story may not hold an `import` or `export` statement',
		);
	});

	it('refuses a <script> element', () => {
		expect(report('Nón lá.\n\n<script>alert(1)</script>\n')).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. content/products/non-la/vi.mdx:7 [OCOP-E025 story-forbidden-element]
			   vi: Dòng 7: câu chuyện không được có thẻ <script>: thẻ này chạy mã hoặc nhúng nội dung lạ vào trang. Cách sửa: xoá thẻ; muốn viết dấu "<" thì ghi \\<.
			   en: Line 7: a story may not hold a <script> element: it runs code or pulls foreign content into the page. Fix: remove the element; to show a "<" sign, write \\<."
		`);
	});

	it('refuses a component the site does not provide', () => {
		expect(report('Xem bản đồ:\n\n<Map place="lac-duong" />\n')).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. content/products/non-la/vi.mdx:7 [OCOP-E024 story-unknown-component]
			   vi: Dòng 7: thành phần <Map> không có trong danh sách thành phần câu chuyện của trang (hiện chưa có thành phần nào). Cách sửa: xoá thẻ này; muốn viết dấu "<" thì ghi \\<.
			   en: Line 7: <Map> is not one of the site's story components (there are none yet). Fix: remove the tag; to show a "<" sign, write \\<."
		`);
	});

	it('refuses an on…= event handler', () => {
		expect(report('<img src="x.webp" alt="x" onError="alert(1)" />\n')).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. content/products/non-la/vi.mdx:5 [OCOP-E026 story-event-handler]
			   vi: Dòng 5: thuộc tính onError="alert(1)" chạy mã trên máy người đọc và không được phép. Cách sửa: xoá thuộc tính này.
			   en: Line 5: the attribute onError="alert(1)" runs code on the reader's device and is not allowed. Fix: remove the attribute."
		`);
	});

	it('refuses a javascript: URL, in a Markdown link or an element, however it is spelt', () => {
		expect(report('Nón lá.\n\n[Mua ngay](javascript:alert(1))\n')).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. content/products/non-la/vi.mdx:7 [OCOP-E028 story-script-url]
			   vi: Dòng 7: địa chỉ liên kết "javascript:alert(1)" là mã chạy trên máy người đọc, không phải trang web. Cách sửa: dẫn tới một trang web (https://…) hoặc bỏ liên kết.
			   en: Line 7: the link address "javascript:alert(1)" is code that would run on the reader's device, not a web page. Fix: link to a web page (https://…) or remove the link."
		`);
		expect(checkStoryBody(story('<a href=" JaVaScRiPt:alert(1)">Mua</a>\n')).map((p) => p.line)).toEqual([5]);
	});

	it('refuses code in braces, which would run when the site is built', () => {
		expect(checkStoryBody(story('Năm nay là {new Date().getFullYear()}.\n'))[0]?.en).toBe(
			'Line 5: braces hold code that runs when the site is built, which is not allowed (found: {new Date().getFullYear()}). Fix: remove the braces; to show a "{" sign, write \\{.',
		);
	});

	it('explains a story that cannot be read as MDX, with its line', () => {
		expect(report('Nón lá.\n\n<img src=x onerror=alert(1)>\n')).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. content/products/non-la/vi.mdx:7 [OCOP-E021 unreadable-story]
			   vi: Dòng 7: không đọc được câu chuyện (MDX): Unexpected character \`x\` (U+0078) before attribute value, expected a character that can start an attribute value, such as \`"\`, \`'\`, or \`{\`. Cách sửa: kiểm tra dòng này; muốn viết dấu "<" hoặc "{" thì ghi \\< hoặc \\{, và giá trị thuộc tính của thẻ phải đặt trong ngoặc kép.
			   en: Line 7: the story cannot be read as MDX: Unexpected character \`x\` (U+0078) before attribute value, expected a character that can start an attribute value, such as \`"\`, \`'\`, or \`{\`. Fix: check this line; write "<" and "{" as \\< and \\{, and put attribute values in quotes."
		`);
	});

	it('refuses the same in the raw HTML of a plain Markdown story', () => {
		const problems = checkStoryBody(
			story('Nón lá.\n\n<img src=x onerror=alert(1)>\n\n<script>alert(1)</script>\n', 'content/products/non-la/vi.md'),
		);
		expect(problems.map((p) => `${p.file}:${p.line} ${p.en.split(':')[1]}`)).toEqual([
			"content/products/non-la/vi.md:7  the attribute onerror=alert(1) runs code on the reader's device and is not allowed. Fix",
			'content/products/non-la/vi.md:9  a story may not hold a <script> element',
			'content/products/non-la/vi.md:7  the picture "x" is not in the product folder (letter case matters in file names). Fix',
		]);
	});
});

describe('a picture inside a story', () => {
	/** The minimal fixture's product folder, which holds cover.jpg. */
	const inFixture = 'tests/fixtures/minimal/products/che-thu-nghiem/story.vi.md';
	const lines = (body: string, file = inFixture) => checkStoryBody(story(body, file)).map((p) => `${p.line} ${p.name}`);

	it('of the product folder is accepted, however it is written: Markdown, by reference, HTML, an element in MDX', () => {
		expect(lines('Chè sao.\n\n![Búp chè](cover.jpg)\n\n![Búp chè](./cover.jpg "Búp chè")\n')).toEqual([]);
		expect(lines('Chè.\n\n![Búp chè][anh]\n\n[anh]: cover.jpg\n')).toEqual([]);
		expect(lines('Chè.\n\n<img src="cover.jpg" alt="Búp chè">\n')).toEqual([]);
		expect(lines('Chè.\n\n<img src="cover.jpg" alt="Búp chè" />\n', inFixture.replace('.md', '.mdx'))).toEqual([]);
	});

	it('that is not in the product folder is refused with its line and the fix in both languages', () => {
		expect(formatProblems(checkStoryBody(story('Chè sao.\n\n![Búp chè](./anh/khong-co.jpg)\n', inFixture)))).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. tests/fixtures/minimal/products/che-thu-nghiem/story.vi.md:7 [OCOP-E045 story-picture-missing]
			   vi: Dòng 7: ảnh "./anh/khong-co.jpg" không có trong thư mục sản phẩm (tên tệp phân biệt chữ hoa, chữ thường). Cách sửa: chép tệp ảnh vào thư mục sản phẩm, hoặc sửa tên cho đúng, hoặc xoá ảnh khỏi câu chuyện.
			   en: Line 7: the picture "./anh/khong-co.jpg" is not in the product folder (letter case matters in file names). Fix: copy the picture into the product folder, correct its name, or remove it from the story."
		`);
	});

	it('that is missing is found however it is written', () => {
		expect(lines('Chè.\n\n![Búp chè][anh]\n\n[anh]: Cover.jpg\n')).toEqual(['7 story-picture-missing']);
		expect(lines('Chè.\n\n<img src="cover.png" alt="Búp chè">\n')).toEqual(['7 story-picture-missing']);
		expect(lines('Chè.\n\n<img src="cover.png" alt="Búp chè" />\n', inFixture.replace('.md', '.mdx'))).toEqual(['7 story-picture-missing']);
	});

	it('from another site is left to the allowlist’s message', () => {
		expect(lines('![Ảnh](https://evil.example/pixel.gif)\n')).toEqual(['5 story-address-not-allowed']);
	});
});
