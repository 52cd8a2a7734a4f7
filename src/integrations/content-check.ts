/**
 * Runs the editors' content check before Astro loads any content, in `astro dev` and
 * `astro build`, and stops with every problem listed in Vietnamese and English. Astro's own schema
 * validation still runs afterwards, but by then nothing an editor can get wrong is left for it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { asOfDate } from '../lib/certificate.ts';
import { checkAll, formatProblems } from '../lib/content-check.ts';
import { readContent } from '../lib/content-files.ts';
import { contentDir } from '../lib/config.ts';

/** Thrown when the content has problems; its message is the editors' report. */
export class ContentError extends Error {
	override name = 'ContentError';
}

/** The integration. */
export function contentCheck(): AstroIntegration {
	return {
		name: 'ocop:content-check',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const root = fileURLToPath(config.root);
				const started = performance.now();
				const raw = readContent(resolve(root, contentDir()), root);
				const { problems } = checkAll(raw, asOfDate());
				const errors = problems.filter((p) => p.severity === 'error');
				if (errors.length) throw new ContentError(`\n${formatProblems(errors)}\n`);
				const warnings = problems.length - errors.length;
				logger.info(`${raw.products.length} products checked in ${Math.round(performance.now() - started)} ms`);
				if (warnings) logger.warn(`${warnings} cảnh báo / warning(s): npm run check:content lists them`);
			},
		},
	};
}
