/**
 * The story check: a product's story files are where they should be, under their current names,
 * with valid front matter, and hold text, not code (MDX would run code at build time).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import type { Root as MdastRoot } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { VFile } from 'vfile';
import { legacyStoryRename, storyMightBeCode } from '../content/files.ts';
import { storySchema } from '../content/schema.ts';
import { LINK_PROTOCOLS, storyPictureAllowed, storyRemovals } from '../content/story-sanitise.ts';
import type { MessageName } from './messages.ts';
import { problem, show } from './problem.ts';
import type { Problem, RawProduct, RawStory } from './types.ts';
import { validate } from './validate.ts';

/** Checks the story files of a product folder: old names, the Vietnamese story, front matter and bodies. */
export function checkStories(raw: RawProduct, problems: Problem[]) {
	for (const name of [...raw.files].sort()) {
		const rename = legacyStoryRename(name);
		if (!rename) continue;
		problems.push(
			problem(
				'old-story-name',
				{ file: `${raw.dir}/${name}` },
				`Tên tệp câu chuyện này là tên cũ nên không được đọc. Cách sửa: đổi tên tệp thành ${rename}.`,
				`This story file has an old name and is not read. Fix: rename the file to ${rename}.`,
			),
		);
	}
	if (!raw.stories.vi && ![...raw.files].some((f) => legacyStoryRename(f)?.startsWith('story.vi.'))) {
		problems.push(
			problem(
				'missing-vi-story',
				{ file: `${raw.dir}/story.vi.mdx` },
				'Thiếu câu chuyện sản phẩm tiếng Việt. Cách sửa: tạo tệp story.vi.mdx (hoặc story.vi.md) trong thư mục sản phẩm, có phần đầu `name:` và `summary:` rồi đến câu chuyện.',
				'The Vietnamese product story is missing. Fix: create story.vi.mdx (or story.vi.md) in the product folder, with `name:` and `summary:` in the front matter followed by the story.',
			),
		);
	}
	// A picture a story names is in the product folder when its first part is one of the folder's files (a file, or a sub-folder holding it).
	const inFolder = (path: string) => {
		const [first, ...rest] = path.replace(/^\.\//, '').split('/');
		return raw.files.has(first ?? '') && (rest.length === 0 || existsSync(join(raw.dir, path)));
	};
	for (const story of [raw.stories.vi, raw.stories.en]) {
		if (!story) continue;
		validate(storySchema, 'story', story, problems);
		problems.push(...checkStoryBody(story, inFolder));
	}
}

/**
 * Components a story may use, by name (e.g. `Video`). None exist yet. A name added here must also
 * be passed to the story's `<Content components={…} />` in ProductDetail.astro; anything else with
 * a capital letter is refused, because MDX would treat it as code to import.
 */
export const STORY_COMPONENTS: ReadonlySet<string> = new Set<string>([]);

/** HTML elements a story may not hold: they run code or pull other content into the page. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'meta']);

/** True when a URL would run script (javascript:, vbscript:), however it is spaced or cased. */
export function isScriptUrl(value: string): boolean {
	// Browsers drop ASCII whitespace and control characters before reading the scheme.
	// eslint-disable-next-line no-control-regex -- matching control characters is the point here
	const squashed = value.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
	return squashed.startsWith('javascript:') || squashed.startsWith('vbscript:');
}

/** The parts of an mdast / MDX syntax tree node the story check reads. */
interface StoryNode {
	type: string;
	name?: string | null;
	value?: unknown;
	url?: string;
	identifier?: string;
	position?: { start: { line: number; column: number } };
	attributes?: Array<{ type: string; name?: string; value?: unknown }>;
	children?: StoryNode[];
}

type Mdx = typeof import('@mdx-js/mdx');
const parsers = new Map<'md' | 'mdx', ReturnType<Mdx['createProcessor']>>();
function parser(format: 'md' | 'mdx') {
	let p = parsers.get(format);
	if (!p) {
		// The MDX compiler takes a quarter to half a second to load, and most stories are plain text
		// (storyMightBeCode) that never reach it: it is loaded when the first story needs parsing.
		const { createProcessor } = createRequire(import.meta.url)('@mdx-js/mdx') as Mdx;
		parsers.set(format, (p = createProcessor({ format })));
	}
	return p;
}

/** `decodeURI`, or the text as it is when it is not a valid escape (Astro's Markdown decodes a picture's address the same way). */
function decoded(url: string): string {
	try {
		return decodeURI(url);
	} catch {
		return url;
	}
}

/**
 * The pictures of its own folder a story shows, as pages render it (Markdown, its raw HTML
 * included), with the line of each: `![alt](cover.jpg)`, `![alt][ref]` with `[ref]: cover.jpg`,
 * `<img src="cover.jpg">`. Addresses of other hosts are the allowlist's business (OCOP-E031).
 */
export function picturesInMarkdown(tree: MdastRoot): Array<{ src: string; line: number }> {
	const nodes = tree as unknown as StoryNode;
	const definitions = new Map<string, string>();
	const define = (node: StoryNode) => {
		if (node.type === 'definition' && node.url !== undefined) definitions.set(String(node.identifier ?? '').toLowerCase(), node.url);
		for (const child of node.children ?? []) define(child);
	};
	define(nodes);
	const found: Array<{ src: string; line: number }> = [];
	const add = (src: string, line: number) => {
		if (storyPictureAllowed(src)) found.push({ src, line });
	};
	const walk = (node: StoryNode) => {
		const line = node.position?.start.line ?? 1;
		if (node.type === 'image' && node.url !== undefined) add(decoded(node.url), line);
		else if (node.type === 'imageReference') {
			const url = definitions.get(String(node.identifier ?? '').toLowerCase());
			if (url !== undefined) add(decoded(url), line);
		} else if (node.type === 'html')
			for (const m of String(node.value ?? '').matchAll(/<\s*img\b[^>]*?\ssrc\s*=\s*("[^"]*"|'[^']*'|[^\s>]*)/gi))
				add((m[1] ?? '').replace(/^["']|["']$/g, ''), line);
		for (const child of node.children ?? []) walk(child);
	};
	walk(nodes);
	return found;
}

/** The pictures of its folder a story file shows (picturesInMarkdown), read from its Markdown; none in a plain-text story. */
export function storyPictureAddresses(story: RawStory): Array<{ src: string; line: number }> {
	if ((story.plain ?? !storyMightBeCode(story.body)) || !/!\[|<\s*img/i.test(story.body)) return [];
	try {
		const offset = (story.bodyLine ?? 1) - 1;
		return picturesInMarkdown(parser('md').parse(story.body) as unknown as MdastRoot).map((p) => ({ ...p, line: p.line + offset }));
	} catch {
		return []; // the story check reports a story that cannot be read
	}
}

/**
 * A story is data, not code: it may not import or export, hold expressions in braces, use a
 * component the site does not provide, or hold a <script> (or iframe, object…), an on…= event
 * handler, a style attribute or a javascript: link, in MDX or in the raw HTML of a .md story.
 * Code blocks are text and are not looked into. Each problem names the file and line.
 *
 * A picture of the story's own folder (`![…](cover.jpg)`) is shown on the page, drawn by the site's
 * picture pipeline: its file must be in the folder (`inFolder` tells, from the product folder's
 * files), else OCOP-E045.
 */
export function checkStoryBody(
	story: RawStory,
	inFolder: (path: string) => boolean = (path) => existsSync(join(dirname(story.file), path)),
): Problem[] {
	const format = story.file.endsWith('.md') ? 'md' : 'mdx';
	const offset = (story.bodyLine ?? 1) - 1;
	const problems: Problem[] = [];
	const add = (name: MessageName, line: number, vi: string, en: string) =>
		problems.push(problem(name, { file: story.file, line }, `Dòng ${line}: ${vi}`, `Line ${line}: ${en}`));
	const cut = (text: string) => show(text.replace(/\s+/g, ' ').trim());
	// Most stories are plain text (see storyMightBeCode): the parse is skipped, and the body is not
	// even read when the reader already knew (`plain`, kept in the cache of parsed files).
	if (story.plain ?? !storyMightBeCode(story.body)) return problems;
	let tree: StoryNode;
	try {
		tree = parser(format).parse(story.body) as unknown as StoryNode;
	} catch (e) {
		const err = e as { line?: number; reason?: string; message?: string };
		const line = (err.line ?? 1) + offset;
		const reason = err.reason ?? err.message ?? String(e);
		add(
			'unreadable-story',
			line,
			`không đọc được câu chuyện (${format.toUpperCase()}): ${reason}. Cách sửa: kiểm tra dòng này; muốn viết dấu "<" hoặc "{" thì ghi \\< hoặc \\{, và giá trị thuộc tính của thẻ phải đặt trong ngoặc kép.`,
			`the story cannot be read as ${format.toUpperCase()}: ${reason}. Fix: check this line; write "<" and "{" as \\< and \\{, and put attribute values in quotes.`,
		);
		return problems;
	}
	const allowed = STORY_COMPONENTS.size ? [...STORY_COMPONENTS].join(', ') : '';
	const scriptUrl = (line: number, url: string) =>
		add(
			'story-script-url',
			line,
			`địa chỉ liên kết "${cut(url)}" là mã chạy trên máy người đọc, không phải trang web. Cách sửa: dẫn tới một trang web (https://…) hoặc bỏ liên kết.`,
			`the link address "${cut(url)}" is code that would run on the reader's device, not a web page. Fix: link to a web page (https://…) or remove the link.`,
		);
	const element = (line: number, name: string) =>
		add(
			'story-forbidden-element',
			line,
			`câu chuyện không được có thẻ <${name}>: thẻ này chạy mã hoặc nhúng nội dung lạ vào trang. Cách sửa: xoá thẻ; muốn viết dấu "<" thì ghi \\<.`,
			`a story may not hold a <${name}> element: it runs code or pulls foreign content into the page. Fix: remove the element; to show a "<" sign, write \\<.`,
		);
	const handler = (line: number, attr: string) =>
		add(
			'story-event-handler',
			line,
			`thuộc tính ${cut(attr)} chạy mã trên máy người đọc và không được phép. Cách sửa: xoá thuộc tính này.`,
			`the attribute ${cut(attr)} runs code on the reader's device and is not allowed. Fix: remove the attribute.`,
		);
	const style = (line: number, attr: string) =>
		add(
			'story-style-attribute',
			line,
			`thuộc tính ${cut(attr)} bị chính sách bảo mật của trang chặn nên không có tác dụng. Cách sửa: xoá thuộc tính; cách trình bày do trang quyết định.`,
			`the attribute ${cut(attr)} is blocked by the site's security policy and would do nothing. Fix: remove it; the site decides how stories look.`,
		);
	const expression = (line: number, code: string) =>
		add(
			'story-expression',
			line,
			`phần trong ngoặc nhọn là mã chạy khi xây dựng trang và không được phép (đang ghi: {${cut(code)}}). Cách sửa: bỏ ngoặc nhọn; muốn viết dấu "{" thì ghi \\{.`,
			`braces hold code that runs when the site is built, which is not allowed (found: {${cut(code)}}). Fix: remove the braces; to show a "{" sign, write \\{.`,
		);
	const missingPicture = (line: number, src: string) =>
		add(
			'story-picture-missing',
			line,
			`ảnh "${cut(src)}" không có trong thư mục sản phẩm (tên tệp phân biệt chữ hoa, chữ thường). Cách sửa: chép tệp ảnh vào thư mục sản phẩm, hoặc sửa tên cho đúng, hoặc xoá ảnh khỏi câu chuyện.`,
			`the picture "${cut(src)}" is not in the product folder (letter case matters in file names). Fix: copy the picture into the product folder, correct its name, or remove it from the story.`,
		);
	const onlyComment = (code: unknown) => /^\s*(\/\*[\s\S]*?\*\/\s*)*$/.test(String(code ?? ''));

	const visit = (node: StoryNode) => {
		const line = (node.position?.start.line ?? 1) + offset;
		switch (node.type) {
			case 'mdxjsEsm':
				add(
					'story-import-export',
					line,
					`câu chuyện không được có lệnh \`import\` hay \`export\` (đang ghi: ${cut(String(node.value ?? ''))}); câu chuyện chỉ là chữ, không phải mã chương trình. Cách sửa: xoá dòng này.`,
					`a story may not hold an \`import\` or \`export\` statement (found: ${cut(String(node.value ?? ''))}); a story is text, not code. Fix: delete this line.`,
				);
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (!onlyComment(node.value)) expression(line, String(node.value ?? ''));
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				if (/^[A-Z]|[.:]/.test(name) && !STORY_COMPONENTS.has(name)) {
					add(
						'story-unknown-component',
						line,
						`thành phần <${name}> không có trong danh sách thành phần câu chuyện của trang (${allowed ? `được phép: ${allowed}` : 'hiện chưa có thành phần nào'}). Cách sửa: xoá thẻ này; muốn viết dấu "<" thì ghi \\<.`,
						`<${name}> is not one of the site's story components (${allowed ? `allowed: ${allowed}` : 'there are none yet'}). Fix: remove the tag; to show a "<" sign, write \\<.`,
					);
				} else if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) element(line, name);
				for (const attr of node.attributes ?? []) {
					if (attr.type !== 'mdxJsxAttribute') {
						expression(line, `...${String((attr as { value?: unknown }).value ?? '')}`);
						continue;
					}
					const attrName = attr.name ?? '';
					const value = attr.value;
					const text = typeof value === 'string' ? `${attrName}="${value}"` : attrName;
					if (/^on/i.test(attrName)) handler(line, text);
					else if (attrName.toLowerCase() === 'style') style(line, text);
					else if (value !== null && typeof value === 'object') expression(line, String((value as { value?: unknown }).value ?? ''));
					else if (typeof value === 'string' && isScriptUrl(value)) scriptUrl(line, value);
				}
				break;
			}
			case 'link':
			case 'image':
			case 'definition':
				if (node.url !== undefined && isScriptUrl(node.url)) scriptUrl(line, node.url);
				break;
			case 'html': {
				// Raw HTML of a .md story, which Markdown passes through to the page as it is.
				const html = String(node.value ?? '');
				for (const m of html.matchAll(/<\s*([a-z][a-z0-9-]*)/gi))
					if (FORBIDDEN_ELEMENTS.has((m[1] ?? '').toLowerCase())) element(line, (m[1] ?? '').toLowerCase());
				for (const m of html.matchAll(/\s(on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))/gi)) handler(line, m[1] ?? '');
				for (const m of html.matchAll(/\s(style\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))/gi)) style(line, m[1] ?? '');
				for (const m of html.matchAll(/\s(?:href|src|action|formaction|xlink:href)\s*=\s*("[^"]*"|'[^']*'|[^\s>]*)/gi)) {
					const url = (m[1] ?? '').replace(/^["']|["']$/g, '');
					if (isScriptUrl(url)) scriptUrl(line, url);
				}
				return;
			}
			case 'code':
			case 'inlineCode':
				return; // shown as text, never run
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(tree);
	if (problems.some((p) => p.name === 'unreadable-story')) return problems;
	// What the allowlist (src/lib/content/story-sanitise.ts) would remove, from the story as pages
	// render it: Markdown with its raw HTML (an .mdx story too, while the site has no story component).
	const markdown = format === 'md' ? (tree as unknown as MdastRoot) : (parser('md').parse(story.body) as unknown as MdastRoot);
	// Pictures of the story's folder are drawn by the site's picture pipeline: each file must be there.
	for (const { src, line } of picturesInMarkdown(markdown)) if (!inFolder(src)) missingPicture(line + offset, src);
	const told = new Set(problems.map((p) => p.line));
	for (const removal of storyRemovals(
		raw(toHast(markdown, { allowDangerousHtml: true }) as Root, { file: new VFile(story.body) }) as Root,
	)) {
		const line = removal.line + offset;
		// What the named rules above already reported on this line is not said twice.
		if (removal.kind === 'element' && (FORBIDDEN_ELEMENTS.has(removal.tag) || told.has(line))) continue;
		if (
			removal.kind !== 'element' &&
			(/^on/i.test(removal.name) || removal.name === 'style' || isScriptUrl(removal.value)) &&
			told.has(line)
		)
			continue;
		if (removal.kind === 'element')
			add(
				'story-element-not-allowed',
				line,
				`thẻ <${removal.tag}> không nằm trong danh sách thẻ câu chuyện được dùng nên bị bỏ khi dựng trang (chữ bên trong vẫn giữ). Cách sửa: xoá thẻ <${removal.tag}>; dùng Markdown (# tiêu đề, **đậm**, [liên kết](https://…)).`,
				`<${removal.tag}> is not one of the elements a story may hold, so the build leaves it out (its text stays). Fix: remove the <${removal.tag}> tag; use Markdown (# heading, **bold**, [link](https://…)).`,
			);
		else if (removal.kind === 'url' && removal.tag === 'img')
			add(
				'story-address-not-allowed',
				line,
				`ảnh "${cut(removal.value)}" không phải một tệp trong thư mục của sản phẩm nên bị bỏ khi dựng trang (ảnh từ trang khác cho trang đó biết ai đang đọc). Cách sửa: chép ảnh vào thư mục sản phẩm và ghi tên tệp, ví dụ ![mô tả](anh-1.jpg).`,
				`the picture "${cut(removal.value)}" is not a file of the product's folder, so the build leaves it out (a picture from another site tells that site who reads the page). Fix: copy the picture into the product folder and write its file name, e.g. ![description](photo-1.jpg).`,
			);
		else if (removal.kind === 'url')
			add(
				'story-address-not-allowed',
				line,
				`địa chỉ ${removal.name}="${cut(removal.value)}" không được phép nên bị bỏ khi dựng trang: liên kết chỉ được dẫn tới ${LINK_PROTOCOLS.map((p) => `${p}:`).join(', ')} hoặc một trang của chính trang web. Cách sửa: ghi địa chỉ https://… của trang cần dẫn tới, hoặc bỏ liên kết.`,
				`the address ${removal.name}="${cut(removal.value)}" is not allowed, so the build leaves it out: links may only go to ${LINK_PROTOCOLS.map((p) => `${p}:`).join(', ')} or a page of the site. Fix: write the https://… address of the page, or remove the link.`,
			);
		else
			add(
				'story-attribute-not-allowed',
				line,
				`thuộc tính ${removal.name}="${cut(removal.value)}" của thẻ <${removal.tag}> không được phép nên bị bỏ khi dựng trang. Cách sửa: xoá thuộc tính này; cách trình bày do trang quyết định.`,
				`the attribute ${removal.name}="${cut(removal.value)}" of <${removal.tag}> is not allowed, so the build leaves it out. Fix: remove the attribute; the site decides how stories look.`,
			);
	}
	return problems;
}
