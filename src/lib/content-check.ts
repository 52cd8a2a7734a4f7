/**
 * Checks the whole content folder before anything is built, and says what is wrong in words an
 * editor understands: the file, the field, what was found and how to fix it, in Vietnamese and
 * English. Pure: it takes what `content-files.ts` read from disk, so it runs in the Astro build,
 * in `scripts/check-content.ts` and in unit tests alike.
 */
import { createProcessor } from '@mdx-js/mdx';
import { z } from 'zod';
import { helpFor, type Help } from './field-help.ts';
import { legacyStoryRename } from './content-files.ts';
import {
	districtSchema,
	idPattern,
	placeSchema,
	producerSchema,
	productSchema,
	provinceSchema,
	retiredProductSchema,
	storySchema,
} from './schema.ts';

/** One thing wrong with the content. */
export interface Problem {
	/** Path of the file, relative to the project root. */
	file: string;
	/** Field inside the file, e.g. `certificate.date`; empty for the file as a whole. */
	field: string;
	/** Line of the file the problem is on, when it is about a line of a story. */
	line?: number;
	/** What is wrong and how to fix it, in Vietnamese. */
	vi: string;
	/** The same in English. */
	en: string;
}

/** A data file as read from disk: its parsed data, or the reason it could not be parsed. */
export interface RawFile {
	file: string;
	/** Id taken from the file or folder name. */
	id: string;
	data: unknown;
	parseError?: string;
}

/** A story file (story.vi.mdx / story.en.mdx or .md) with its front matter and body. */
export interface RawStory extends RawFile {
	body: string;
	/** Line of the file on which the body starts (after the front matter); 1 when unknown. */
	bodyLine?: number;
}

/** A product folder. */
export interface RawProduct extends RawFile {
	/** Folder of the product, relative to the project root. */
	dir: string;
	/** Names of the files in the folder. */
	files: ReadonlySet<string>;
	stories: { vi?: RawStory; en?: RawStory };
}

/** Everything under content/. */
export interface RawContent {
	provinces: RawFile[];
	districts: RawFile[];
	producers: RawFile[];
	centres: RawFile[];
	salesPoints: RawFile[];
	products: RawProduct[];
	/** Entries of retired-products.yaml: products taken out of the catalogue whose codes stay reserved. */
	retired?: RawFile[];
	/** Files that are in the wrong place (e.g. a story with no product.yaml beside it). */
	strays: string[];
}

const show = (v: unknown) => {
	if (v === undefined) return '(trống / empty)';
	const s = typeof v === 'string' ? v : JSON.stringify(v);
	return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
	let v: unknown = data;
	for (const key of path) {
		if (v === null || typeof v !== 'object') return undefined;
		v = (v as Record<PropertyKey, unknown>)[key];
	}
	return v;
}

const fieldName = (path: ReadonlyArray<PropertyKey>) =>
	path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

/** Validates one file against its schema and turns zod's issues into editor-facing problems. */
function validate<T>(schema: z.ZodType<T>, kind: string, raw: RawFile, problems: Problem[]): T | undefined {
	if (raw.parseError !== undefined) {
		problems.push({
			file: raw.file,
			field: '',
			vi: `Không đọc được tệp: ${raw.parseError}. Cách sửa: kiểm tra thụt lề và dấu hai chấm ở dòng được chỉ ra.`,
			en: `The file cannot be read: ${raw.parseError}. Fix: check the indentation and colons on the line shown.`,
		});
		return undefined;
	}
	const result = schema.safeParse(raw.data);
	if (result.success) return result.data;
	const seen = new Set<string>();
	for (const issue of result.error.issues) {
		// A union reports each branch; one problem per field is what an editor needs.
		const field = fieldName(issue.path);
		if (seen.has(field)) continue;
		seen.add(field);
		const value = valueAt(raw.data, issue.path);
		const help: Help = helpFor(kind, issue.path) ?? { vi: 'xem ví dụ trong README', en: 'see the example in the README' };
		const missing = value === undefined;
		problems.push({
			file: raw.file,
			field,
			vi: `${missing ? `Thiếu trường "${field}"` : `Giá trị của "${field}" không hợp lệ (đang ghi: ${show(value)})`}. Cách sửa: ${help.vi}.`,
			en: `${missing ? `The field "${field}" is missing` : `The value of "${field}" is not valid (found: ${show(value)})`}. Fix: ${help.en}.`,
		});
	}
	return undefined;
}

function refProblem(file: string, field: string, value: string, dir: string, known: ReadonlyMap<string, unknown>): Problem {
	const examples = [...known.keys()].slice(0, 3).join(', ');
	return {
		file,
		field,
		vi: `"${field}" trỏ tới "${value}" nhưng không có tệp content/${dir}/${value}.yaml. Cách sửa: sửa lại cho đúng tên một tệp có sẵn (ví dụ: ${examples}) hoặc tạo tệp đó.`,
		en: `"${field}" points to "${value}" but there is no file content/${dir}/${value}.yaml. Fix: use the name of an existing file (e.g. ${examples}) or create that file.`,
	};
}

function checkIdName(raw: RawFile, what: { vi: string; en: string }, problems: Problem[]) {
	if (!idPattern.test(raw.id)) {
		problems.push({
			file: raw.file,
			field: '',
			vi: `Tên ${what.vi} "${raw.id}" chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang. Cách sửa: đổi tên, ví dụ "${what.en === 'folder' ? 'ca-phe-hoc-mon' : 'hoc-mon'}".`,
			en: `The ${what.en} name "${raw.id}" may only hold lower-case ASCII letters, digits and hyphens. Fix: rename it, e.g. "${what.en === 'folder' ? 'ca-phe-hoc-mon' : 'hoc-mon'}".`,
		});
	}
}

/** A product's image schema outside Astro: a relative path to a file beside product.yaml. */
const imagePath = z.string().regex(/^\.\/[^/]+\.(jpe?g|png|webp|avif)$/i);

/** Checks all content, as of the day `asOf` (YYYY-MM-DD), and returns every problem found. */
export function checkContent(content: RawContent, asOf: string): Problem[] {
	const problems: Problem[] = [];
	const fileKind = { vi: 'tệp', en: 'file' };

	const provinces = new Map<string, unknown>();
	for (const raw of content.provinces) {
		const p = validate(provinceSchema, 'province', raw, problems);
		if (!p) continue;
		if (provinces.has(p.id)) {
			problems.push({ file: raw.file, field: 'id', vi: `Mã tỉnh "${p.id}" bị trùng. Cách sửa: mỗi tỉnh chỉ ghi một lần.`, en: `The province id "${p.id}" appears twice. Fix: list each province once.` });
		}
		provinces.set(p.id, p);
	}

	const districts = new Map<string, unknown>();
	for (const raw of content.districts) {
		checkIdName(raw, fileKind, problems);
		const d = validate(districtSchema, 'district', raw, problems);
		if (!d) continue;
		districts.set(raw.id, d);
		if (!provinces.has(d.province)) {
			problems.push({
				file: raw.file,
				field: 'province',
				vi: `"province" trỏ tới "${d.province}" nhưng tỉnh này không có trong content/provinces.yaml. Cách sửa: dùng mã của một trong 34 tỉnh, thành phố, ví dụ "ho-chi-minh" hoặc "lam-dong".`,
				en: `"province" points to "${d.province}" but content/provinces.yaml has no such province. Fix: use the id of one of the 34 provinces and cities, e.g. "ho-chi-minh" or "lam-dong".`,
			});
		}
	}

	const producers = new Map<string, unknown>();
	for (const raw of content.producers) {
		checkIdName(raw, fileKind, problems);
		const p = validate(producerSchema, 'producer', raw, problems);
		if (!p) continue;
		producers.set(raw.id, p);
		if (!districts.has(p.district)) problems.push(refProblem(raw.file, 'district', p.district, 'districts', districts));
	}

	const places = (list: RawFile[]) => {
		const known = new Map<string, unknown>();
		for (const raw of list) {
			checkIdName(raw, fileKind, problems);
			const p = validate(placeSchema, 'place', raw, problems);
			if (!p) continue;
			known.set(raw.id, p);
			if (!districts.has(p.district)) problems.push(refProblem(raw.file, 'district', p.district, 'districts', districts));
		}
		return known;
	};
	const centres = places(content.centres);
	const salesPoints = places(content.salesPoints);

	// Codes of products taken out of the catalogue: their QR labels are still out there.
	const retiredCodes = new Map<string, { file: string; name: string }>();
	for (const raw of content.retired ?? []) {
		const r = validate(retiredProductSchema, 'retired', raw, problems);
		if (!r) continue;
		const other = retiredCodes.get(r.code);
		if (other !== undefined) {
			problems.push({
				file: raw.file,
				field: 'code',
				vi: `Mã "${r.code}" đã được ghi ở ${other.file}. Cách sửa: mỗi sản phẩm đã rút chỉ ghi một lần; xoá mục lặp lại.`,
				en: `The code "${r.code}" is already listed at ${other.file}. Fix: list each withdrawn product once; remove the repeated entry.`,
			});
		} else retiredCodes.set(r.code, { file: raw.file, name: r.name.vi });
		if (!districts.has(r.district)) problems.push(refProblem(raw.file, 'district', r.district, 'districts', districts));
	}

	const codes = new Map<string, string>();
	const schema = productSchema(imagePath);
	// Every address a product has or had: current folder names, and earlier ones kept for redirects.
	const slugs = new Map(content.products.map((p) => [p.id, p.dir]));
	const formerSlugs = new Map<string, string>();
	for (const raw of content.products) {
		checkIdName(raw, { vi: 'thư mục', en: 'folder' }, problems);
		if (!/[a-z]/.test(raw.id)) {
			// A number alone after /san-pham/ is a page of the product list.
			problems.push({
				file: raw.dir,
				field: '',
				vi: `Tên thư mục "${raw.id}" phải có ít nhất một chữ cái. Cách sửa: đặt tên theo tên sản phẩm, ví dụ "non-la-phuong-trung".`,
				en: `The folder name "${raw.id}" must hold at least one letter. Fix: name it after the product, e.g. "non-la-phuong-trung".`,
			});
		}
		const p = validate(schema, 'product', raw, problems);
		checkStories(raw, problems);
		if (!p) continue;
		const other = codes.get(p.code);
		if (other !== undefined) {
			problems.push({
				file: raw.file,
				field: 'code',
				vi: `Mã sản phẩm "${p.code}" đã dùng cho ${other}. Mỗi mã chỉ thuộc về một sản phẩm vì nó được in trên tem QR. Cách sửa: đặt cho sản phẩm này một mã mới chưa dùng.`,
				en: `The product code "${p.code}" is already used by ${other}. Each code belongs to one product because it is printed on QR labels. Fix: give this product a new, unused code.`,
			});
		} else codes.set(p.code, raw.file);
		const retired = retiredCodes.get(p.code);
		if (retired !== undefined) {
			problems.push({
				file: raw.file,
				field: 'code',
				vi: `Mã sản phẩm "${p.code}" bị dùng lại cho một sản phẩm khác: đó là mã của "${retired.name}", sản phẩm đã rút khỏi danh mục (${retired.file}). Tem QR đã in của sản phẩm cũ vẫn dẫn tới mã này. Cách sửa: đặt cho sản phẩm này một mã mới chưa dùng; nếu đây chính là sản phẩm cũ được đưa trở lại, hãy xoá mục của nó trong retired-products.yaml.`,
				en: `The product code "${p.code}" is reused for another product: it is the code of "${retired.name}", a product taken out of the catalogue (${retired.file}). QR labels printed for that product still lead to this code. Fix: give this product a new, unused code; if this is that same product coming back, remove its entry from retired-products.yaml instead.`,
			});
		}
		p.formerSlugs.forEach((old, i) => {
			const field = `formerSlugs[${i}]`;
			const current = slugs.get(old);
			const claimed = formerSlugs.get(old);
			if (old === raw.id) {
				problems.push({
					file: raw.file,
					field,
					vi: `"${old}" là tên thư mục hiện tại của chính sản phẩm này, không phải tên cũ. Cách sửa: xoá "${old}" khỏi formerSlugs; chỉ ghi những tên thư mục mà sản phẩm đã dùng trước đây.`,
					en: `"${old}" is this product's current folder name, not a former one. Fix: remove "${old}" from formerSlugs; list only folder names the product used before.`,
				});
			} else if (current !== undefined) {
				problems.push({
					file: raw.file,
					field,
					vi: `Tên cũ "${old}" trùng với tên thư mục của một sản phẩm hiện có (${current}), nên địa chỉ đó không thể chuyển tới sản phẩm này. Cách sửa: xoá "${old}" khỏi formerSlugs, hoặc đổi tên thư mục kia.`,
					en: `The former slug "${old}" is the folder name of a current product (${current}), so that address cannot lead to this product. Fix: remove "${old}" from formerSlugs, or rename that other folder.`,
				});
			} else if (claimed !== undefined) {
				problems.push({
					file: raw.file,
					field,
					vi: `Tên cũ "${old}" đã được ghi trong formerSlugs của ${claimed}; một địa chỉ cũ chỉ có thể dẫn tới một sản phẩm. Cách sửa: chỉ giữ "${old}" ở sản phẩm thật sự từng dùng tên thư mục này.`,
					en: `The former slug "${old}" is already listed in the formerSlugs of ${claimed}; an old address can lead to one product only. Fix: keep "${old}" only on the product that really used this folder name.`,
				});
			} else formerSlugs.set(old, raw.file);
		});
		if (!districts.has(p.district)) problems.push(refProblem(raw.file, 'district', p.district, 'districts', districts));
		if (!producers.has(p.producer)) problems.push(refProblem(raw.file, 'producer', p.producer, 'producers', producers));
		p.centres.forEach((id, i) => {
			if (!centres.has(id)) problems.push(refProblem(raw.file, `centres[${i}]`, id, 'centres', centres));
		});
		p.salesPoints.forEach((id, i) => {
			if (!salesPoints.has(id)) problems.push(refProblem(raw.file, `salesPoints[${i}]`, id, 'sales-points', salesPoints));
		});
		const cert = p.certificate;
		if (cert.date > asOf) {
			problems.push({
				file: raw.file,
				field: 'certificate.date',
				vi: `Ngày quyết định công nhận ${cert.date} nằm trong tương lai (hôm nay là ${asOf}). Cách sửa: ghi đúng ngày ký quyết định; chỉ đưa sản phẩm lên sau khi đã có quyết định.`,
				en: `The recognition date ${cert.date} is in the future (today is ${asOf}). Fix: write the day the decision was signed; publish the product only once it has been recognised.`,
			});
		}
		if (cert.revoked && cert.revoked.date < cert.date) {
			problems.push({
				file: raw.file,
				field: 'certificate.revoked.date',
				vi: `Ngày thu hồi ${cert.revoked.date} sớm hơn ngày công nhận ${cert.date}. Cách sửa: ghi đúng ngày của quyết định thu hồi.`,
				en: `The revocation date ${cert.revoked.date} is before the recognition date ${cert.date}. Fix: write the date of the revocation decision.`,
			});
		}
		if (p.price && p.price.min > p.price.max) {
			problems.push({
				file: raw.file,
				field: 'price',
				vi: `Giá thấp nhất (${p.price.min}) lớn hơn giá cao nhất (${p.price.max}). Cách sửa: đổi chỗ hai số.`,
				en: `The lowest price (${p.price.min}) is above the highest (${p.price.max}). Fix: swap the two numbers.`,
			});
		}
		p.images.forEach((img, i) => {
			const name = img.src.slice(2);
			if (!raw.files.has(name)) {
				problems.push({
					file: raw.file,
					field: `images[${i}].src`,
					vi: `Không tìm thấy ảnh "${img.src}" trong ${raw.dir}. Cách sửa: thêm tệp ảnh vào thư mục đó hoặc sửa tên cho đúng (phân biệt chữ hoa, chữ thường).`,
					en: `The picture "${img.src}" is not in ${raw.dir}. Fix: add the picture to that folder or correct the name (letter case matters).`,
				});
			}
		});
	}

	for (const file of content.strays) {
		problems.push({
			file,
			field: '',
			vi: 'Tệp này nằm sai chỗ: câu chuyện sản phẩm phải nằm trong thư mục có product.yaml. Cách sửa: chuyển tệp vào đúng thư mục sản phẩm hoặc tạo product.yaml bên cạnh.',
			en: 'This file is in the wrong place: a product story must sit in a folder with a product.yaml. Fix: move it into its product folder or add a product.yaml beside it.',
		});
	}
	return problems;
}

function checkStories(raw: RawProduct, problems: Problem[]) {
	for (const name of [...raw.files].sort()) {
		const rename = legacyStoryRename(name);
		if (!rename) continue;
		problems.push({
			file: `${raw.dir}/${name}`,
			field: '',
			vi: `Tên tệp câu chuyện này là tên cũ nên không được đọc. Cách sửa: đổi tên tệp thành ${rename}.`,
			en: `This story file has an old name and is not read. Fix: rename the file to ${rename}.`,
		});
	}
	if (!raw.stories.vi && ![...raw.files].some((f) => legacyStoryRename(f)?.startsWith('story.vi.'))) {
		problems.push({
			file: `${raw.dir}/story.vi.mdx`,
			field: '',
			vi: 'Thiếu câu chuyện sản phẩm tiếng Việt. Cách sửa: tạo tệp story.vi.mdx (hoặc story.vi.md) trong thư mục sản phẩm, có phần đầu `name:` và `summary:` rồi đến câu chuyện.',
			en: 'The Vietnamese product story is missing. Fix: create story.vi.mdx (or story.vi.md) in the product folder, with `name:` and `summary:` in the front matter followed by the story.',
		});
	}
	for (const story of [raw.stories.vi, raw.stories.en]) {
		if (!story) continue;
		validate(storySchema, 'story', story, problems);
		problems.push(...checkStoryBody(story));
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
	position?: { start: { line: number; column: number } };
	attributes?: Array<{ type: string; name?: string; value?: unknown }>;
	children?: StoryNode[];
}

const parsers = new Map<'md' | 'mdx', ReturnType<typeof createProcessor>>();
function parser(format: 'md' | 'mdx') {
	let p = parsers.get(format);
	if (!p) parsers.set(format, (p = createProcessor({ format })));
	return p;
}

/**
 * A story is data, not code: it may not import or export, hold expressions in braces, use a
 * component the site does not provide, or hold a <script> (or iframe, object…), an on…= event
 * handler, a style attribute or a javascript: link, in MDX or in the raw HTML of a .md story.
 * Code blocks are text and are not looked into. Each problem names the file and line.
 */
export function checkStoryBody(story: RawStory): Problem[] {
	const format = story.file.endsWith('.md') ? 'md' : 'mdx';
	const offset = (story.bodyLine ?? 1) - 1;
	const problems: Problem[] = [];
	const add = (line: number, vi: string, en: string) => problems.push({ file: story.file, field: '', line, vi: `Dòng ${line}: ${vi}`, en: `Line ${line}: ${en}` });
	const cut = (text: string) => show(text.replace(/\s+/g, ' ').trim());
	let tree: StoryNode;
	try {
		tree = parser(format).parse(story.body) as unknown as StoryNode;
	} catch (e) {
		const err = e as { line?: number; reason?: string; message?: string };
		const line = (err.line ?? 1) + offset;
		const reason = err.reason ?? err.message ?? String(e);
		add(
			line,
			`không đọc được câu chuyện (${format.toUpperCase()}): ${reason}. Cách sửa: kiểm tra dòng này; muốn viết dấu "<" hoặc "{" thì ghi \\< hoặc \\{, và giá trị thuộc tính của thẻ phải đặt trong ngoặc kép.`,
			`the story cannot be read as ${format.toUpperCase()}: ${reason}. Fix: check this line; write "<" and "{" as \\< and \\{, and put attribute values in quotes.`,
		);
		return problems;
	}
	const allowed = STORY_COMPONENTS.size ? [...STORY_COMPONENTS].join(', ') : '';
	const scriptUrl = (line: number, url: string) =>
		add(
			line,
			`địa chỉ liên kết "${cut(url)}" là mã chạy trên máy người đọc, không phải trang web. Cách sửa: dẫn tới một trang web (https://…) hoặc bỏ liên kết.`,
			`the link address "${cut(url)}" is code that would run on the reader's device, not a web page. Fix: link to a web page (https://…) or remove the link.`,
		);
	const element = (line: number, name: string) =>
		add(
			line,
			`câu chuyện không được có thẻ <${name}>: thẻ này chạy mã hoặc nhúng nội dung lạ vào trang. Cách sửa: xoá thẻ; muốn viết dấu "<" thì ghi \\<.`,
			`a story may not hold a <${name}> element: it runs code or pulls foreign content into the page. Fix: remove the element; to show a "<" sign, write \\<.`,
		);
	const handler = (line: number, attr: string) =>
		add(
			line,
			`thuộc tính ${cut(attr)} chạy mã trên máy người đọc và không được phép. Cách sửa: xoá thuộc tính này.`,
			`the attribute ${cut(attr)} runs code on the reader's device and is not allowed. Fix: remove the attribute.`,
		);
	const style = (line: number, attr: string) =>
		add(
			line,
			`thuộc tính ${cut(attr)} bị chính sách bảo mật của trang chặn nên không có tác dụng. Cách sửa: xoá thuộc tính; cách trình bày do trang quyết định.`,
			`the attribute ${cut(attr)} is blocked by the site's security policy and would do nothing. Fix: remove it; the site decides how stories look.`,
		);
	const expression = (line: number, code: string) =>
		add(
			line,
			`phần trong ngoặc nhọn là mã chạy khi xây dựng trang và không được phép (đang ghi: {${cut(code)}}). Cách sửa: bỏ ngoặc nhọn; muốn viết dấu "{" thì ghi \\{.`,
			`braces hold code that runs when the site is built, which is not allowed (found: {${cut(code)}}). Fix: remove the braces; to show a "{" sign, write \\{.`,
		);
	const onlyComment = (code: unknown) => /^\s*(\/\*[\s\S]*?\*\/\s*)*$/.test(String(code ?? ''));

	const visit = (node: StoryNode) => {
		const line = (node.position?.start.line ?? 1) + offset;
		switch (node.type) {
			case 'mdxjsEsm':
				add(
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
				for (const m of html.matchAll(/<\s*([a-z][a-z0-9-]*)/gi)) if (FORBIDDEN_ELEMENTS.has((m[1] ?? '').toLowerCase())) element(line, (m[1] ?? '').toLowerCase());
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
	return problems;
}

/** All problems as text for a terminal: one block per problem, Vietnamese first. */
export function formatProblems(problems: readonly Problem[]): string {
	const head = `Nội dung có ${problems.length} lỗi, chưa thể xây dựng trang. / The content has ${problems.length} problem(s); the site was not built.`;
	const blocks = problems.map(
		(p, i) => `${i + 1}. ${p.file}${p.line !== undefined ? `:${p.line}` : ''}${p.field ? ` — ${p.field}` : ''}\n   vi: ${p.vi}\n   en: ${p.en}`,
	);
	return [head, '', ...blocks].join('\n');
}
