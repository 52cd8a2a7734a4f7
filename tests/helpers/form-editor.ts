/**
 * Driving the form editor (/admin/, Sveltia CMS) in Chromium on a local checkout: Sveltia's local
 * repository mode works on a folder through the File System Access API, and the tests answer the
 * folder picker with a folder `repo` of the browser's origin-private file system (OPFS), filled with
 * a copy of tests/fixtures/minimal as `content/` beside a `.git` folder, as an editor's checkout is.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './paths.ts';

export const FIXTURE = join(ROOT, 'tests/fixtures/minimal');

/** The fixture's files as `content/<path>` → bytes (base64), plus the `.git` folder that marks a checkout's root. */
export function checkoutFiles(): Record<string, string> {
	const files: Record<string, string> = { '.git/HEAD': Buffer.from('ref: refs/heads/main\n').toString('base64') };
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else files[`content/${relative(FIXTURE, path)}`] = readFileSync(path).toString('base64');
		}
	};
	walk(FIXTURE);
	return files;
}

/** Writes files into the OPFS folder `repo`, the one the folder picker hands to the editor. */
export async function fillCheckout(page: Page, files: Record<string, string>) {
	await page.evaluate(async (files) => {
		const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
		for (const [path, b64] of Object.entries(files)) {
			const parts = path.split('/');
			let dir = root;
			for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
			const writable = await (await dir.getFileHandle(parts.at(-1) ?? '', { create: true })).createWritable();
			await writable.write(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
			await writable.close();
		}
	}, files);
}

/** Every file of the OPFS folder `repo`, as path → base64. */
export async function readCheckout(page: Page): Promise<Record<string, string>> {
	return page.evaluate(async () => {
		const out: Record<string, string> = {};
		const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
			for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
				if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
				else {
					const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
					let s = '';
					for (const b of bytes) s += String.fromCharCode(b);
					out[`${prefix}${name}`] = btoa(s);
				}
			}
		};
		await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('repo'), '');
		return out;
	});
}

/** A file read back from the checkout, as text. */
export const text = (b64: string | undefined) => Buffer.from(b64 ?? '', 'base64').toString('utf8');
