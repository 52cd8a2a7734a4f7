import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BuildBusyError, processAlive, takeBuildLocks, takeLock } from '../../src/lib/build/build-lock.ts';

const dirs: string[] = [];
const temp = () => {
	const dir = mkdtempSync(join(tmpdir(), 'ocop-lock-'));
	dirs.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The PID of a process that has ended (and, just reaped, is not reused yet). */
function deadPid(): number {
	const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
	return Number(child.stdout);
}

describe('the build lock', () => {
	it('is taken, written with this process’s id, and given back', () => {
		const file = join(temp(), 'build.lock');
		const lock = takeLock(file, '/content', 'test');
		expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname(), what: 'test' });
		lock.release();
		expect(existsSync(file)).toBe(false);
	});

	it('refuses a second build while the first runs, naming its process in both languages', () => {
		const file = join(temp(), 'build.lock');
		const first = takeLock(file, '/work/content', 'first build');
		let error: unknown;
		try {
			takeLock(file, '/work/content', 'second build');
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(BuildBusyError);
		const message = (error as Error).message;
		expect(message).toContain(`Một bản dựng khác đang chạy cho /work/content (tiến trình ${process.pid}`);
		expect(message).toContain(`Another build is running for /work/content (process ${process.pid}`);
		expect(message).toContain('first build');
		// The refused build touched nothing: the lock is still the first build's.
		expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ what: 'first build' });
		first.release();
	});

	it('takes over a lock left by a build that was killed', () => {
		const file = join(temp(), 'build.lock');
		const pid = deadPid();
		expect(processAlive(pid)).toBe(false);
		writeFileSync(file, JSON.stringify({ pid, host: hostname(), started: '2026-12-07T00:00:00Z', what: 'killed build' }));
		const lock = takeLock(file, '/content', 'new build');
		expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, what: 'new build' });
		lock.release();
	});

	it('takes over a lock file cut short by a kill while it was written', () => {
		const file = join(temp(), 'build.lock');
		writeFileSync(file, '{"pid":12');
		takeLock(file, '/content', 'new build').release();
	});

	it('takes both the content and the output folder’s locks or neither', () => {
		const cache = temp();
		const out = join(temp(), 'dist');
		// Another build holds the output folder (its lock as takeBuildLocks names it).
		const other = takeBuildLocks(join(cache, 'other-content'), join(cache, 'other-cache'), out, 'other');
		expect(() => takeBuildLocks(join(cache, 'content'), join(cache, 'cache'), out, 'mine')).toThrow(BuildBusyError);
		// The content lock taken before the refusal was given back.
		expect(existsSync(join(cache, 'cache', 'build.lock'))).toBe(false);
		for (const lock of other) lock.release();
	});
});
