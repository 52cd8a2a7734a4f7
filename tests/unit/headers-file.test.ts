import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHeaders, headersFor, parseHeaders } from '../../scripts/gates/security.ts';
import { ROOT } from '../helpers/paths.ts';

const rules = parseHeaders(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));

describe('the site’s _headers file', () => {
	it('lets browsers keep hashed assets and pictures a year, and pages not at all', () => {
		for (const path of ['/_astro/Base.CwQ1x2.css', '/_img/3f/3fa9c0d1e2b3a4f5-800.webp']) {
			expect(headersFor(path, rules)['cache-control'], path).toBe('public, max-age=31536000, immutable');
		}
		for (const path of ['/', '/san-pham/ca-phe/', '/p/hcm-001/', '/og/ca-phe.jpg', '/qr/hcm-001.svg']) {
			expect(headersFor(path, rules)['cache-control'], path).toBeUndefined();
		}
	});

	it('sends the site’s security headers with the pictures too', () => {
		expect(checkHeaders(rules, '/_img/3f/3fa9c0d1e2b3a4f5-800.webp')).toEqual([]);
	});
});
