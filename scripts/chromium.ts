/**
 * The browser that the browser tests and the benchmarks drive: Chromium from the npm package
 * `@sparticuz/chromium`, pinned in package-lock.json like every other dependency, so `npm ci` is all
 * a fresh Linux machine needs (Playwright's own browser download goes to a host that closed
 * networks cannot reach, and a system package needs root). `CHROMIUM_PATH` overrides it, e.g. on
 * macOS or Windows, where that package has no build:
 *
 *     CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test
 *
 * The package ships Chromium compressed (brotli); the first call unpacks it, once, into
 * `node_modules/.cache/chromium-<version>/` (about 200 MB, a few seconds), and later calls reuse it.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:process';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Flags for headless use on a closed network: no first-run UI, no background requests to Google's hosts. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-quic',
	'--no-first-run',
	'--disable-component-update',
	'--disable-sync',
];

/** Thrown when no browser can be found; its message is one line that says what to do. */
export class NoBrowserError extends Error {
	override name = 'NoBrowserError';
}

const SUPPORTED = platform === 'linux' && (arch === 'x64' || arch === 'arm64');

/** The folder the packaged Chromium is unpacked into, named by the package's version. */
function unpackDir(): { dir: string; version: string; pkgDir: string } {
	// The package's exports do not include package.json: find it above its entry point.
	let pkgDir = dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium'));
	while (!existsSync(join(pkgDir, 'package.json'))) pkgDir = dirname(pkgDir);
	const version = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
	const nodeModules = dirname(dirname(pkgDir)); // node_modules/@sparticuz/chromium
	return { dir: join(nodeModules, '.cache', `chromium-${version}`), version, pkgDir };
}

let pending: Promise<string> | undefined;

/**
 * The path of the Chromium executable: `CHROMIUM_PATH` if set, otherwise the packaged Chromium,
 * unpacked on first use. Throws a NoBrowserError naming the fix when neither is possible.
 */
export function chromiumPath(): Promise<string> {
	pending ??= locate();
	return pending;
}

async function locate(): Promise<string> {
	const given = process.env['CHROMIUM_PATH'];
	if (given) {
		if (!existsSync(given))
			throw new NoBrowserError(
				`CHROMIUM_PATH is set to ${given}, which does not exist: set it to a Chrome or Chromium executable, or unset it to use the one from npm`,
			);
		return given;
	}
	if (!SUPPORTED) {
		throw new NoBrowserError(
			`The browser tests bring their own Chromium on Linux (x64, arm64) only; on ${platform}-${arch} install Chrome or Chromium and run: CHROMIUM_PATH=/path/to/chrome npm test`,
		);
	}
	let pkg: ReturnType<typeof unpackDir>;
	try {
		pkg = unpackDir();
	} catch {
		throw new NoBrowserError('The package @sparticuz/chromium is not installed: run npm ci (or set CHROMIUM_PATH=/path/to/chrome)');
	}
	const executable = join(pkg.dir, 'chromium');
	const done = join(pkg.dir, '.complete');
	if (existsSync(done)) return executable;
	// Unpack into a fresh folder; `.complete` is written last, so an interrupted unpack is redone.
	rmSync(pkg.dir, { recursive: true, force: true });
	mkdirSync(pkg.dir, { recursive: true });
	const { inflate } = (await import('@sparticuz/chromium')) as unknown as { inflate: (file: string) => Promise<string> };
	// The package unpacks into os.tmpdir(), which reads TMPDIR at each call: point it at our folder
	// while the unpacking starts (every path is computed before the first await), then restore it.
	const saved = process.env['TMPDIR'];
	process.env['TMPDIR'] = pkg.dir;
	let unpacking: Promise<string[]>;
	try {
		const bin = join(pkg.pkgDir, 'bin');
		unpacking = Promise.all(['chromium.br', 'fonts.tar.br', 'swiftshader.tar.br'].map((f) => inflate(join(bin, f))));
	} finally {
		if (saved === undefined) delete process.env['TMPDIR'];
		else process.env['TMPDIR'] = saved;
	}
	const [unpacked] = await unpacking;
	if (unpacked !== executable)
		throw new NoBrowserError(`@sparticuz/chromium unpacked to ${unpacked}, not ${executable}: set CHROMIUM_PATH=/path/to/chrome`);
	writeFileSync(done, `${pkg.version}\n`);
	return executable;
}

/** Starts Chromium headless with the flags this closed network needs. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
	return chromium.launch({ ...options, executablePath: await chromiumPath(), args: [...CHROMIUM_ARGS, ...(options.args ?? [])] });
}

// `node scripts/chromium.ts`: unpack (if needed) and print where the browser is, as `npm test` does first.
if (import.meta.url === `file://${process.argv[1]}`) {
	try {
		const path = await chromiumPath();
		const browser = await launchChromium();
		console.log(`Browser for the tests: Chromium ${browser.version()} at ${path}`);
		await browser.close();
	} catch (e) {
		console.error(e instanceof NoBrowserError ? e.message : e);
		process.exit(1);
	}
}
