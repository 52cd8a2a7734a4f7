/**
 * The editors' content check, in one import. It is split by job under `check/`:
 * - reading the files: `content-files.ts`;
 * - each file against its schema: `check/validate.ts`;
 * - cross-file rules, one module per rule: `check/rules/*.ts`, run over the index (`check/content-index.ts`);
 * - the story check: `check/story.ts`;
 * - the report for a terminal or for tools: `check/format.ts`, `check/summary.ts`;
 * - every message with its stable id and how to fix it: `check/messages.ts`.
 * All of it is pure (it takes what `content-files.ts` read), so it runs in the Astro build
 * (`src/integrations/content-check.ts`), in `npm run check:content`, in the scaffolder and in tests.
 */
import { resolve } from 'node:path';
import { buildIndex, type ContentIndex } from './content-index.ts';
import { readContent, type ReadOptions } from '../content/files.ts';

export type { Problem, RawContent, RawFile, RawProduct, RawStory, PictureInfo, Severity } from './types.ts';
export { checkAll, checkContent, checkEntry, buildIndex, type ContentIndex, type Entry, type EntryKind } from './content-index.ts';
export { checkStoryBody, isScriptUrl, STORY_COMPONENTS } from './story.ts';
export { formatProblems, formatSummary, formatWarnings, type JsonReport } from './format.ts';
export { summarise, type Summary } from './summary.ts';
export { MESSAGES, messagesMarkdown, type MessageDef } from './messages.ts';
export { closest } from './suggest.ts';

/**
 * Reads the content folder once and indexes it, for checking single entries against it
 * (`checkEntry(index, 'product', raw)`) without reading everything again.
 */
export function loadContentIndex(contentDir: string, asOf: string, root = process.cwd(), options: ReadOptions = {}): ContentIndex {
	return buildIndex(readContent(resolve(contentDir), root, options), asOf);
}
