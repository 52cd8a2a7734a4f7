/**
 * The shapes the content check works on: content as read from disk (`content-files.ts`), and the
 * problems it finds. No logic here.
 */

/** error: the site cannot be built; warning: it can, but an editor should look. */
export type Severity = 'error' | 'warning';

/** One thing wrong with the content. */
export interface Problem {
	/** Stable message id, e.g. `OCOP-E006`; the guide lists every id with how to fix it. */
	id: string;
	/** Short name of the message, e.g. `unknown-reference`. */
	name: string;
	severity: Severity;
	/** Path of the file, relative to the project root. */
	file: string;
	/** Field inside the file, e.g. `certificate.date`; empty for the file as a whole. */
	field: string;
	/** Line of the file (1-based) the offending value is on, when known. */
	line?: number;
	/** Column of that value (1-based), when known. */
	column?: number;
	/** Existing ids closest to a reference that points nowhere, closest first. */
	suggestions?: string[];
	/** What is wrong and how to fix it, in Vietnamese. */
	vi: string;
	/** The same in English. */
	en: string;
}

/**
 * The text of a YAML document, shared by the entries read from it, so that a problem can be placed
 * on its line: the document is parsed again with positions only when a problem needs one.
 */
export interface Source {
	text: string;
	/** Lines before the text in its file (the `---` line above a story's front matter). */
	lineOffset?: number;
}

/** A data file (or one entry of a list file) as read from disk: its parsed data, or the reason it could not be parsed. */
export interface RawFile {
	file: string;
	/** Id taken from the file or folder name (the position, for an entry of a list file). */
	id: string;
	data: unknown;
	parseError?: string;
	/** Where the parse error is, 1-based. */
	parseLine?: number;
	parseColumn?: number;
	/** The text the data was read from, to place problems on lines. */
	source?: Source;
	/** Path of this entry inside its document: `[3]` for the fourth entry of a list file. */
	at?: ReadonlyArray<string | number>;
}

/** What is kept of a RawFile to name it and place a problem on its lines, when its data is not needed. */
export type RawRef = Pick<RawFile, 'file' | 'id' | 'at' | 'source'>;

/** A story file (story.vi.mdx / story.en.mdx or .md) with its front matter and body. */
export interface RawStory extends RawFile {
	body: string;
	/** Line of the file on which the body starts (after the front matter); 1 when unknown. */
	bodyLine?: number;
	/** True when the body holds nothing that could be code (`storyMightBeCode`), so the story check need not parse it. */
	plain?: boolean;
	/** True when the body still holds the placeholder text `npm run new` wrote (see placeholders.ts). */
	template?: boolean;
}

/** What the header of a picture says, read without decoding it. */
export interface PictureInfo {
	bytes: number;
	/** Width in pixels; undefined when the header cannot be read. */
	width?: number;
}

/** A product folder. */
export interface RawProduct extends RawFile {
	/** Folder of the product, relative to the project root. */
	dir: string;
	/** Names of the files in the folder. */
	files: ReadonlySet<string>;
	stories: { vi?: RawStory; en?: RawStory };
	/** Size and width of the pictures in the folder, by file name, when they were read (`pictures: true`). */
	pictures?: ReadonlyMap<string, PictureInfo>;
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
	/** content/synonyms.yaml, when there is one: its name and text (src/lib/search/synonyms.ts checks it). */
	synonyms?: { file: string; text: string };
}
