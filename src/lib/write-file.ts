/** Writing files so that no reader ever sees half of one: the project's one atomic writer. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/**
 * Writes `data` to `file` (its folder made) under a temporary name unique to this process and
 * thread, then renames it into place. No fsync: these are caches and build outputs, remade when
 * lost, and a flush per file would cost more than drawing a small picture.
 */
export function writeFileWhole(file: string, data: string | NodeJS.ArrayBufferView): void {
	mkdirSync(dirname(file), { recursive: true });
	writeFileAtomic.sync(file, data as string | Buffer, { fsync: false });
}
