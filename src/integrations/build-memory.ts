/**
 * Logs the build process's memory at each step of the build, when OCOP_BUILD_MEMORY=1 (the bench,
 * scripts/bench/run.ts, sets it): resident memory, and the JavaScript heap's used and reserved sizes. A
 * used heap well under the reserved one means garbage waiting to be collected, not data held.
 * List it first, so its build-end line comes before the other integrations' end-of-build work.
 */
import type { AstroIntegration } from 'astro';

const MB = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

/** The integration; does nothing unless `enabled`. */
export function buildMemory(enabled = process.env['OCOP_BUILD_MEMORY'] === '1'): AstroIntegration {
	const log = (logger: { info(message: string): void }, step: string) => {
		if (!enabled) return;
		const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
		logger.info(`memory ${step}: rss ${MB(rss)}, heap ${MB(heapUsed)} used of ${MB(heapTotal)}, external ${MB(external)}`);
	};
	return {
		name: 'ocop:build-memory',
		hooks: {
			'astro:build:start': ({ logger }) => log(logger, 'at build start'),
			'astro:build:generated': ({ logger }) => log(logger, 'after the pages'),
			'astro:build:done': ({ logger }) => log(logger, 'at build end'),
		},
	};
}
