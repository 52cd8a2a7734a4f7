/**
 * Builds one language's Pagefind index in a worker thread (see search-index.ts). Pagefind's Node
 * API drives one `pagefind` process per module instance, and that process indexes on one core and
 * handles one index at a time; a worker has its own module instance, hence its own process, so
 * the two languages are indexed side by side on the machine's two cores.
 *
 * Receives `{ records, chunkSize }` as workerData (records of one language, in the catalogue's
 * order) and posts back `{ files, errors }`: every file Pagefind wrote, or the errors it reported.
 * Imports nothing from the project, so the worker loads only Pagefind.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

interface Input {
	records: Parameters<pagefind.PagefindIndex['addCustomRecord']>[0][];
	chunkSize: number;
}

/** Records sent to Pagefind before waiting for its answers (13,000 records: 5.3-5.9 s instead of 8.3 s, load 4). */
const BATCH = 256;

/** What the worker posts back. */
export interface LanguageIndex {
	files: { path: string; content: Uint8Array }[];
	errors: string[];
}

async function build({ records, chunkSize }: Input): Promise<LanguageIndex> {
	// Pagefind reads this from its environment only (pinned 1.6.0: check it when moving up). The
	// worker shares process.env with the build, which set it too; set here so the worker stands alone.
	process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(chunkSize);
	const { index, errors } = await pagefind.createIndex({});
	if (errors.length || !index) return { files: [], errors: errors.length ? errors : ['no index was created'] };
	try {
		// Sent BATCH at a time rather than one by one: each answer is a round trip between two
		// processes, slow on a busy machine. The index comes out the same, byte for byte.
		for (let i = 0; i < records.length; i += BATCH) {
			const batch = records.slice(i, i + BATCH);
			const added = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
			const errors = added.flatMap((a, j) => a.errors.map((e) => `indexing ${batch[j]?.url}: ${e}`));
			if (errors.length) return { files: [], errors };
		}
		// getFiles() rather than writeFiles(): writeFiles can answer before the last file is flushed,
		// and close() then cuts it short (an empty pagefind-entry.json was seen); it is also slower.
		const { files, errors: fileErrors } = await index.getFiles();
		return { files: fileErrors.length ? [] : files, errors: fileErrors };
	} finally {
		await pagefind.close();
	}
}

const result = await build(workerData as Input).catch((error: unknown) => ({ files: [], errors: [String(error)] }));
// Copied, not transferred: Pagefind's small files can share one pooled ArrayBuffer.
parentPort?.postMessage(result);
