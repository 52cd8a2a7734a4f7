/** Writing cache files so that no reader ever sees half of one. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes `data` to `file` (its folder made) under a temporary name, then renames it into place. */
export function writeFileWhole(file: string, data: string | NodeJS.ArrayBufferView): void {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(`${file}.tmp`, data);
	renameSync(`${file}.tmp`, file);
}
