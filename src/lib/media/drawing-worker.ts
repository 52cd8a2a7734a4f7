/**
 * Draws picture files in a worker thread, from build start: the sizes of each product photo
 * (pictures.ts), the social previews (social-images.ts) and the QR files (qr-files.ts), each
 * integration with its own worker.
 *
 * Why a thread: sharp runs each picture on libvips' threads, but its answer, and the start of the
 * next picture, wait for the JavaScript thread that asked. On Astro's thread that is the thread
 * rendering pages, busy for whole milliseconds at a time, so libvips sat idle between pictures: in
 * a first 13,000-product build the process used 1.4 of the 2 cores while pictures and pages were
 * both waiting to be done. A worker's own thread has nothing else to do and keeps libvips fed.
 *
 * Receives `{ jobs, concurrency }` as workerData and posts back `{ drawn, ms }` or `{ error }`.
 * Each file is written under a temporary name and renamed, so an interrupted build never leaves
 * half a file in the cache; a file already there is not drawn again.
 *
 * The same thread also describes photos (their hash and size, describeInWorker) before a first
 * build can draw them. On Astro's thread that waited behind the content sync, which keeps the thread
 * busy for whole seconds: at 13,000 products the 15,590 photos took 50 s to describe there, and no
 * picture was drawn meanwhile, with the second core mostly idle.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import pMap from 'p-map';
import sharp from 'sharp';
import { describeFiles, drawVariant, type Describer, type Variant } from './pictures.ts';
import { qrPng, qrSvg } from './qr.ts';
import { drawSocialImage } from './social-drawing.ts';
import { writeFileWhole } from '../write-file.ts';

/** One photo's files (it is read once for all of them), or one social preview. */
export type DrawJob =
	| { kind: 'photo'; source: string; files: Array<{ target: string; variant: Variant }> }
	| { kind: 'social'; cover: string; name: string; stars: number; place: string; target: string }
	| { kind: 'qr'; url: string; format: 'svg' | 'png'; target: string };

export interface DrawInput {
	jobs: DrawJob[];
	concurrency: number;
}

export type DrawResult = { drawn: number; ms: number } | { error: string };

/** What describeInWorker asks of the thread: the photos to describe. */
interface DescribeInput {
	describe: string[];
}

/**
 * Many pictures at once, each on one libvips thread, with libvips' operation cache off (every
 * picture is new): faster than sharp's defaults (docs/performance.md, "Measured figures behind the
 * code"). Both settings are libvips' and so hold for the whole process;
 * Astro's own thread uses sharp only to read photos' sizes.
 */
function tuneSharp(): void {
	sharp.concurrency(1);
	sharp.cache(false);
}

async function draw({ jobs, concurrency }: DrawInput): Promise<DrawResult> {
	tuneSharp();
	const started = performance.now();
	let drawn = 0;
	await pMap(
		jobs,
		async (job) => {
			if (job.kind === 'qr') {
				if (existsSync(job.target)) return;
				writeFileWhole(job.target, job.format === 'svg' ? await qrSvg(job.url) : await qrPng(job.url));
				drawn++;
				return;
			}
			if (job.kind === 'social') {
				if (existsSync(job.target)) return;
				writeFileWhole(job.target, await drawSocialImage(job.cover, job.name, job.stars, job.place));
				drawn++;
				return;
			}
			let bytes: Buffer | undefined;
			for (const { target, variant } of job.files) {
				if (existsSync(target)) continue;
				bytes ??= readFileSync(job.source);
				writeFileWhole(target, await drawVariant(bytes, variant));
				drawn++;
			}
		},
		{ concurrency },
	);
	return { drawn, ms: performance.now() - started };
}

/** Runs this module in a new worker thread with `input`; resolves with the message it posts back. */
function inWorker<T>(input: DrawInput | DescribeInput): Promise<T> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL(import.meta.url), { workerData: input });
		let result: T | undefined;
		worker.once('message', (message: T) => (result = message));
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (result === undefined) return reject(new Error(`the drawing worker stopped (exit code ${code}) before it was done`));
			resolve(result);
		});
	});
}

/** Draws `jobs` in a new worker thread, `concurrency` at a time; rejects with the first error. */
export async function drawInWorker(jobs: DrawJob[], concurrency: number): Promise<{ drawn: number; ms: number }> {
	const result = await inWorker<DrawResult>({ jobs, concurrency });
	if ('error' in result) throw new Error(result.error);
	return result;
}

/** Describes the photos at `files` in a new worker thread (describeFiles, a PictureSources describer). */
export const describeInWorker: Describer = (files) => inWorker({ describe: [...files] });

if (parentPort) {
	const input = workerData as DrawInput | DescribeInput;
	const result =
		'describe' in input
			? await describeFiles(input.describe)
			: await draw(input).catch((error: unknown) => ({ error: String((error as Error)?.stack ?? error) }));
	parentPort.postMessage(result);
}
