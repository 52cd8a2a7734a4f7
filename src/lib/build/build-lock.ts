/**
 * One build at a time: a build holds a lock on its content folder (in that folder's cache, which two
 * builds would both write) and on its output folder, taken before it touches anything. A second
 * build stops at once, naming the process that holds the lock; a lock whose process is gone (a build
 * killed with SIGKILL, a machine restarted) is stale and taken over.
 *
 * Written by hand rather than with `proper-lockfile`: that library judges a lock stale by its age
 * (a build can run for half an hour, and a killed one would block for as long), while the question
 * here is whether the process that took it still runs, which the lock file answers with its PID.
 */
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** What a lock file holds. */
export interface LockOwner {
	pid: number;
	host: string;
	/** ISO time the lock was taken. */
	started: string;
	/** What the build was asked to do, for the message of the one refused. */
	what: string;
}

/** A lock held by a running build: `release()` gives it back (only if it is still this process's). */
export interface HeldLock {
	file: string;
	release(): void;
}

/** Thrown when another build holds the lock. */
export class BuildBusyError extends Error {
	override name = 'BuildBusyError';
	/** The lock file. */
	readonly file: string;
	/** The build that holds it. */
	readonly owner: LockOwner;
	constructor(file: string, owner: LockOwner, folder: string) {
		super(
			[
				`Một bản dựng khác đang chạy cho ${folder} (tiến trình ${owner.pid} trên ${owner.host}, bắt đầu lúc ${owner.started}: ${owner.what}). Bản dựng này dừng lại và không thay đổi gì. Cách sửa: chờ bản dựng kia xong rồi chạy lại; nếu tiến trình ${owner.pid} đã treo, dừng nó (kill ${owner.pid}).`,
				`Another build is running for ${folder} (process ${owner.pid} on ${owner.host}, started ${owner.started}: ${owner.what}). This build stops and changes nothing. Fix: wait for that build to end and run this one again; if process ${owner.pid} hangs, stop it (kill ${owner.pid}).`,
			].join('\n'),
		);
		this.file = file;
		this.owner = owner;
	}
}

/** True while the process `pid` runs on this machine (a process of another user counts: EPERM). */
export function processAlive(pid: number): boolean {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function readOwner(file: string): LockOwner | undefined {
	try {
		const owner = JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
		return typeof owner.pid === 'number' ? owner : undefined;
	} catch {
		return undefined; // gone, or cut short by a kill while it was written: treated as stale
	}
}

/** A lock still held: by a process that runs, or by another machine (whose processes this one cannot see). */
function held(owner: LockOwner | undefined): owner is LockOwner {
	return owner !== undefined && (owner.host !== hostname() || processAlive(owner.pid));
}

/**
 * Takes the lock `file` for `folder` (named in the message) or throws BuildBusyError. A stale lock
 * is moved aside (a rename, which only one of two builds racing for it can do) before the lock is
 * created afresh with O_EXCL, so two builds never both believe they hold it.
 */
export function takeLock(file: string, folder: string, what: string): HeldLock {
	mkdirSync(dirname(file), { recursive: true });
	const me: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString(), what };
	for (let attempt = 0; attempt < 5; attempt++) {
		let fd: number;
		try {
			fd = openSync(file, 'wx');
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			const owner = readOwner(file);
			if (held(owner)) throw new BuildBusyError(file, owner, folder);
			const aside = `${file}.stale-${process.pid}`;
			try {
				renameSync(file, aside);
			} catch {
				continue; // another build moved it first: try again
			}
			// What was moved must be the stale lock that was read, not one another build took meanwhile.
			const moved = readOwner(aside);
			if (held(moved)) {
				try {
					linkSync(aside, file);
				} catch {
					// the place was taken again already; the other build's lock stands
				}
				rmSync(aside, { force: true });
				throw new BuildBusyError(file, moved, folder);
			}
			rmSync(aside, { force: true });
			continue;
		}
		try {
			writeSync(fd, JSON.stringify(me));
		} finally {
			closeSync(fd);
		}
		return {
			file,
			release() {
				if (readOwner(file)?.pid === process.pid) rmSync(file, { force: true });
			},
		};
	}
	throw new Error(`could not take the build lock ${file} after 5 attempts`);
}

/** The lock files of a build: one for the content folder (in its cache folder), one for the output folder. */
export function buildLockFiles(contentDir: string, cacheDir: string, outDir: string): Array<{ file: string; folder: string }> {
	const out = resolve(outDir);
	return [
		{ file: join(resolve(cacheDir), 'build.lock'), folder: resolve(contentDir) },
		{ file: join(resolve('node_modules/.astro/locks'), `${out.replace(/[^a-z0-9]+/gi, '-')}.lock`), folder: out },
	];
}

/** Takes every lock of a build, or none: on a refusal the locks already taken are given back. */
export function takeBuildLocks(contentDir: string, cacheDir: string, outDir: string, what: string): HeldLock[] {
	const taken: HeldLock[] = [];
	try {
		for (const { file, folder } of buildLockFiles(contentDir, cacheDir, outDir)) taken.push(takeLock(file, folder, what));
	} catch (e) {
		for (const lock of taken) lock.release();
		throw e;
	}
	return taken;
}
