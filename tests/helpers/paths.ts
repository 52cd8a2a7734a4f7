/** Where the test suites build and find things. */
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Scratch space for builds made by tests (git-ignored). */
export const TMP = fileURLToPath(new URL('../.tmp/', import.meta.url));
/** The sample site built once by the `site` project's global setup. */
export const SITE_DIR = `${TMP}site`;
/** The fixed "as of" day of test builds, so certificate statuses do not drift with the clock. */
export const AS_OF = '2026-11-22';
/** The origin test builds are made for. */
export const TEST_SITE = 'https://ocop.example.org';
