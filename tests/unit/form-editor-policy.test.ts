import { describe, expect, it } from 'vitest';
import { checkHeaders, headersFor, parseHeaders } from '../../scripts/gates/security.ts';
import { formEditorHeaders } from '../../src/integrations/form-editor.ts';
import { cmsCsp, cmsSettings } from '../../src/lib/editors/cms-config.ts';

const SITE = `/*
  Content-Security-Policy: default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  X-Frame-Options: DENY
  Permissions-Policy: camera=()
`;
const rules = (editorCsp: string, detach = true) =>
	parseHeaders(SITE + (detach ? formEditorHeaders(editorCsp) : formEditorHeaders(editorCsp).replace(/^ {2}! .*\n/m, '')));
const failures = (editorCsp: string, path = '/admin/', detach = true) =>
	checkHeaders(rules(editorCsp, detach), path).map((f) => `${f.rule}: ${f.element}`);

describe("the form editor's Content-Security-Policy", () => {
	it('is sent at /admin/ instead of the site-wide one, with noindex, and passes the security gate', () => {
		const csp = cmsCsp(cmsSettings({}));
		const headers = headersFor('/admin/', rules(csp));
		expect(headers['content-security-policy']).toBe(csp);
		expect(headers['x-robots-tag']).toBe('noindex');
		expect(headers['x-frame-options']).toBe('DENY');
		expect(failures(csp)).toEqual([]);
	});

	it('allows scripts from the site only, and connections to the site and the git host API only', () => {
		const csp = cmsCsp(cmsSettings({}));
		expect(csp).toContain("script-src 'self';");
		expect(csp).toContain("connect-src 'self' data: blob: https://api.github.com;");
		expect(csp).not.toContain('unsafe-eval');
		expect(cmsCsp(cmsSettings({ CMS_BACKEND: 'gitlab' }))).toContain("connect-src 'self' data: blob: https://gitlab.com;");
		expect(cmsCsp(cmsSettings({ CMS_BACKEND: 'gitea', CMS_API_ROOT: 'https://git.example.vn/api/v1' }))).toContain(
			"connect-src 'self' data: blob: https://git.example.vn;",
		);
		expect(
			cmsCsp(
				cmsSettings({ CMS_BACKEND: 'gitlab', CMS_API_ROOT: 'https://api.git.example.vn/api/v4', CMS_AUTH_URL: 'https://git.example.vn' }),
			),
		).toContain("connect-src 'self' data: blob: https://api.git.example.vn https://git.example.vn;");
		// GitHub's OAuth helper runs in its own window and hands the token over: no connection to it.
		expect(cmsCsp(cmsSettings({ CMS_AUTH_URL: 'https://auth.example.workers.dev' }))).not.toContain('workers.dev');
	});

	it('fails the gate if it allows eval, inline scripts or any host', () => {
		const csp = cmsCsp(cmsSettings({}));
		expect(failures(csp.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"))).toContain(
			'csp-directive: Content-Security-Policy script-src',
		);
		expect(failures(csp.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"))).toContain(
			'csp-unsafe: Content-Security-Policy script-src',
		);
		expect(failures(csp.replace("connect-src 'self'", "connect-src 'self' https:"))).toContain(
			'csp-directive: Content-Security-Policy connect-src',
		);
		expect(failures(csp.replace("connect-src 'self'", "connect-src 'self' https://*.github.com"))).toContain(
			'csp-directive: Content-Security-Policy connect-src',
		);
	});

	it('fails the gate when the site-wide policy is not dropped at /admin/ (both would apply)', () => {
		expect(headersFor('/admin/', rules(cmsCsp(cmsSettings({})), false))['content-security-policy']).toMatch(
			/object-src 'none', default-src/,
		);
		expect(failures(cmsCsp(cmsSettings({})), '/admin/', false).length).toBeGreaterThan(0);
	});

	it("does not loosen the site's own pages: inline styles stay refused outside /admin/", () => {
		const loose = parseHeaders(SITE.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
		expect(checkHeaders(loose, '/').map((f) => f.rule)).toContain('csp-unsafe');
		expect(checkHeaders(rules(cmsCsp(cmsSettings({}))), '/san-pham/').map((f) => f.rule)).toEqual([]);
		expect(headersFor('/san-pham/', rules(cmsCsp(cmsSettings({}))))['content-security-policy']).toContain("style-src 'self';");
	});
});
