/**
 * Runs the editors' content check before Astro loads any content, in `astro dev` and
 * `astro build`, and stops with every problem listed in Vietnamese and English. Astro's own schema
 * validation still runs afterwards, but by then nothing an editor can get wrong is left for it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { asOfDate } from '../lib/certificate.ts';
import { EXIT, stopBuild } from '../lib/build/build-stop.ts';
import { checkAll, formatProblems } from '../lib/check/index.ts';
import { buildContent, forgetContent } from './content-once.ts';

/** Thrown when the content has problems; its message is the editors' report. */
export class ContentError extends Error {
	override name = 'ContentError';
}

/** The integration. */
export function contentCheck(): AstroIntegration {
	return {
		name: 'ocop:content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const started = performance.now();
				forgetContent(); // a new build or dev server reads the content afresh
				const raw = buildContent(root);
				const { problems } = checkAll(raw, asOfDate());
				const errors = problems.filter((p) => p.severity === 'error');
				if (errors.length) {
					// A build ends with the report and its exit code, not with Astro's hook error and a stack
					// trace (src/lib/build/build-stop.ts); the dev server shows it as an error and waits for a fix.
					if (command === 'build') stopBuild(`\n${formatProblems(errors)}\n`, EXIT.content);
					throw new ContentError(`
${formatProblems(errors)}
`);
				}
				const warnings = problems.length - errors.length;
				logger.info(`${raw.products.length} products checked in ${Math.round(performance.now() - started)} ms`);
				if (warnings) logger.warn(`${warnings} cảnh báo / warning(s): npm run check:content lists them`);
			},
		},
	};
}
