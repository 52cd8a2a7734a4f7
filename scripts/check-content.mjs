#!/usr/bin/env node
/**
 * Where `npm run check:content` starts (the check itself is scripts/check-content.ts): plain
 * JavaScript, so that Node does not load its TypeScript stripper for it. Node strips the types of a
 * `.ts` entry file before any of its code runs, hence before its compile cache can be enabled, and
 * loading the stripper costs CPU on every run (docs/performance.md, "Measured figures behind the code"). With the cache enabled here
 * first, the check's modules come stripped and compiled from it, and the stripper is loaded only
 * for a file that changed.
 */
import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';

enableCompileCache(fileURLToPath(new URL('../node_modules/.cache/node-compile-cache', import.meta.url)));
await import('./check-content.ts');
