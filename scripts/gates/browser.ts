/**
 * Gates that need a real browser (Chromium via playwright-core): axe-core against WCAG 2.0, 2.1
 * and 2.2 levels A and AA; keyboard use (every link and control reachable with Tab and visibly
 * focused; a working skip link); Content Security Policy violations and dialogs while a page loads.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { snippet as shorten, type Failure } from './report.ts';

/** A short piece of markup without the attributes this module adds while it works. */
const snippet = (html: string) => shorten(html.replace(/ data-(gate-[a-z]+|astro-cid-[a-z0-9]+)="[^"]*"/g, ''));

/** The axe-core tags of WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe on the page loaded in `page`; one failure per violating element. */
export async function checkAxe(page: Page, path: string): Promise<Failure[]> {
	// Legacy mode runs axe in the page itself: the site has no frames, and the default mode opens a
	// second page per check to merge frame results, which doubles the time of the gate.
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
	return results.violations.flatMap((v) =>
		v.nodes.map((node) => ({
			gate: 'a11y',
			page: path,
			element: `${node.target.join(' ')}  ${snippet(node.html)}`,
			rule: v.id,
			message: `${v.help} (${v.impact ?? 'unknown'} impact). ${(node.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`,
		})),
	);
}

/** What the page reports about its focused element after a Tab press. */
interface FocusState {
	id: string | null;
	tag: string;
	html: string;
	visible: boolean;
	indicator: boolean;
	/** Contrast of the focus outline with the background around it, when the mark is an outline. */
	contrast?: number | undefined;
	colours?: string;
}

/**
 * Presses Tab through the loaded page until the focus comes round again, and reports every link
 * or control that Tab never reaches, every stop whose focus is not visibly marked (no outline and
 * no box-shadow beyond what the element shows unfocused), every focus outline with less than 3:1
 * contrast against the background around it, and every stop that is off screen.
 */
export async function checkKeyboard(page: Page, path: string, maxStops = 500): Promise<Failure[]> {
	const failures: Failure[] = [];
	// Unfocused styles are read with nothing focused (the search page focuses its box on load).
	await startAtTop(page);
	const candidates = await page.evaluate(() => {
		const selector =
			'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [contenteditable=""], [contenteditable="true"], [tabindex]';
		const list: Array<{ id: string; html: string }> = [];
		document.querySelectorAll<HTMLElement>(selector).forEach((el, i) => {
			const natural = !el.matches('[tabindex]') || el.matches('a[href], area[href], button, input, select, textarea, summary');
			if (!natural && el.tabIndex < 0) return; // e.g. <main tabindex="-1">, a skip-link target, not a control
			if ((el as HTMLButtonElement).disabled || el.closest('[inert]')) return;
			const style = getComputedStyle(el);
			if (el.getClientRects().length === 0 || style.visibility === 'hidden') return;
			// Inside a closed <details>: reached once its <summary> (itself a control checked here) opens it.
			const closed = el.closest('details:not([open])');
			if (closed && !closed.querySelector(':scope > summary')?.contains(el)) return;
			el.dataset['gateFocus'] = String(i);
			el.dataset['gateRest'] = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}|${style.boxShadow}`;
			list.push({ id: String(i), html: el.outerHTML.replace(/>[\s\S]*$/, '>') });
		});
		return list;
	});
	await startAtTop(page);
	const reached = new Set<string>();
	let first: string | null | undefined;
	for (let stop = 0; stop < maxStops; stop++) {
		await page.keyboard.press('Tab');
		const state: FocusState = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body)
				return { id: null, tag: 'body', html: '', visible: true, indicator: true, contrast: undefined, colours: '' };
			const style = getComputedStyle(el);
			const outline =
				style.outlineStyle !== 'none' &&
				Number.parseFloat(style.outlineWidth) > 0 &&
				!/rgba\([^)]*,\s*0\)|transparent/.test(style.outlineColor);
			const now = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}|${style.boxShadow}`;
			const rest = el.dataset['gateRest'] ?? '';
			const [restOutline, restShadow] = rest.split('|');
			const shadow = style.boxShadow !== 'none' && style.boxShadow !== restShadow;
			const changedOutline = outline && now.split('|')[0] !== restOutline;
			const r = el.getBoundingClientRect();
			const visible = r.width > 1 && r.height > 1 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
			// The outline is drawn around the element, over whatever lies behind it there: WCAG 1.4.11
			// asks 3:1 against it. Look just outside each side and keep the worst contrast.
			const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
			const luminance = ([r8 = 0, g8 = 0, b8 = 0]: number[]) => {
				const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
				return 0.2126 * f(r8) + 0.7152 * f(g8) + 0.0722 * f(b8);
			};
			const backgroundOf = (start: Element | null) => {
				for (let p = start; p; p = p.parentElement) {
					const parts = rgb(getComputedStyle(p).backgroundColor);
					if (parts.length >= 3 && (parts.length < 4 || (parts[3] ?? 0) > 0.5)) return getComputedStyle(p).backgroundColor;
				}
				return 'rgb(255, 255, 255)';
			};
			const away = Number.parseFloat(style.outlineOffset) + Number.parseFloat(style.outlineWidth) / 2;
			const points = [
				[r.left - away, r.top + r.height / 2],
				[r.right + away, r.top + r.height / 2],
				[r.left + r.width / 2, r.top - away],
				[r.left + r.width / 2, r.bottom + away],
			].filter(([x = 0, y = 0]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
			const behinds = points.map(([x = 0, y = 0]) =>
				backgroundOf(document.elementsFromPoint(x, y).find((e) => e !== el && !el.contains(e)) ?? null),
			);
			let behind = behinds[0] ?? backgroundOf(el.parentElement);
			let worst = Infinity;
			for (const b of behinds.length ? behinds : [behind]) {
				const [x, y] = [luminance(rgb(style.outlineColor)), luminance(rgb(b))].sort((m, n) => n - m);
				const c = ((x ?? 0) + 0.05) / ((y ?? 0) + 0.05);
				if (c < worst) [worst, behind] = [c, b];
			}
			const contrast = worst;
			return {
				id: el.dataset['gateFocus'] ?? null,
				tag: el.tagName.toLowerCase(),
				html: el.outerHTML.replace(/>[\s\S]*$/, '>'),
				visible,
				indicator: changedOutline || shadow,
				contrast: changedOutline ? Math.round(contrast * 100) / 100 : undefined,
				colours: `${style.outlineColor} on ${behind}`,
			};
		});
		if (state.tag === 'body') {
			if (reached.size > 0) break;
			continue;
		}
		const key = state.id ?? state.html;
		if (first === undefined) first = key;
		else if (key === first) break;
		if (reached.has(key)) continue;
		reached.add(key);
		if (!state.indicator)
			failures.push({
				gate: 'keyboard',
				page: path,
				element: snippet(state.html),
				rule: 'focus-visible',
				message: 'the element gets no visible focus mark (outline or box-shadow) when focused with Tab',
			});
		if (state.contrast !== undefined && state.contrast < 3) {
			failures.push({
				gate: 'keyboard',
				page: path,
				element: snippet(state.html),
				rule: 'focus-contrast',
				message: `the focus outline has a contrast of ${state.contrast}:1 with the background around it (${state.colours ?? ''}); WCAG 1.4.11 asks at least 3:1`,
			});
		}
		if (!state.visible)
			failures.push({
				gate: 'keyboard',
				page: path,
				element: snippet(state.html),
				rule: 'focus-offscreen',
				message: 'the focused element is not on screen',
			});
	}
	for (const c of candidates) {
		if (!reached.has(c.id))
			failures.push({
				gate: 'keyboard',
				page: path,
				element: snippet(c.html),
				rule: 'tab-unreachable',
				message: 'the link or control cannot be reached with the Tab key',
			});
	}
	return failures;
}

/**
 * Puts the keyboard at the top of the page, as for a person arriving there: blur() alone leaves
 * Chromium's focus starting point where a script put the focus (the search page focuses its box),
 * so a throwaway focusable element at the start of <body> is focused and removed.
 */
async function startAtTop(page: Page): Promise<void> {
	await page.evaluate(() => {
		const start = document.createElement('span');
		start.tabIndex = -1;
		document.body.prepend(start);
		start.focus();
		start.remove();
	});
}

/**
 * The first Tab stop is a skip link that shows on screen, names an element of the page, and moves
 * the focus there: the next Tab lands inside the main content, past the header. Pages without a
 * site header or skip link (print sheets, permalinks) have no repeated block to bypass (WCAG 2.4.1) and pass.
 */
export async function checkSkipLink(page: Page, path: string): Promise<Failure[]> {
	const fail = (element: string, rule: string, message: string): Failure[] => [{ gate: 'keyboard', page: path, element, rule, message }];
	if (!(await page.evaluate(() => document.querySelector('body > header, .skip-link') !== null))) return [];
	await startAtTop(page);
	await page.keyboard.press('Tab');
	const link = await page.evaluate(() => {
		const el = document.activeElement as HTMLAnchorElement | null;
		if (!el || el.tagName !== 'A') return undefined;
		const r = el.getBoundingClientRect();
		const href = el.getAttribute('href') ?? '';
		return {
			href,
			text: el.textContent?.trim() ?? '',
			html: el.outerHTML,
			onScreen: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.width > 1 && r.height > 1,
			target: href.startsWith('#') && document.getElementById(decodeURIComponent(href.slice(1))) !== null,
		};
	});
	if (!link || !link.href.startsWith('#'))
		return fail(snippet(link?.html ?? '(no link)'), 'skip-link', 'the first Tab stop must be a link to the main content (href="#…")');
	const element = snippet(link.html);
	if (!link.text) return fail(element, 'skip-link', 'the skip link has no text');
	if (!link.onScreen) return fail(element, 'skip-link', 'the skip link stays off screen when focused');
	if (!link.target) return fail(element, 'skip-link', `no element has the id ${link.href}`);
	await page.keyboard.press('Enter');
	const moved = await page.evaluate((href) => {
		const target = document.getElementById(decodeURIComponent(href.slice(1)));
		return { hash: location.hash, focused: Boolean(target && target.contains(document.activeElement)) };
	}, link.href);
	if (moved.hash !== link.href) return fail(element, 'skip-link', `following the link left the address at "${moved.hash}"`);
	if (!moved.focused) return fail(element, 'skip-link', `the focus did not move into ${link.href} (give it tabindex="-1")`);
	await page.keyboard.press('Tab');
	const inside = await page.evaluate((href) => {
		const target = document.getElementById(decodeURIComponent(href.slice(1)));
		const focusable = target?.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
		return {
			ok: !focusable || Boolean(target?.contains(document.activeElement)),
			now: document.activeElement?.outerHTML.replace(/>[\s\S]*$/, '>') ?? '',
		};
	}, link.href);
	if (!inside.ok) return fail(element, 'skip-link', `after the skip link, Tab went to ${snippet(inside.now)} instead of into ${link.href}`);
	return [];
}

/** A page being watched for Content Security Policy violations and dialogs (alert, confirm…). */
export interface PageWatch {
	/** Failures seen since the last call, for the page at `path`; clears the list. */
	take(path: string): Promise<Failure[]>;
}

/**
 * Starts watching `page`: every CSP violation (the `securitypolicyviolation` event and Chromium's
 * console report) and every dialog becomes a failure. Call before the first `goto`.
 */
export async function watchPage(page: Page): Promise<PageWatch> {
	const seen: Array<{ rule: string; element: string; message: string }> = [];
	await page.addInitScript(() => {
		const w = window as unknown as { __gateCsp: string[] };
		w.__gateCsp = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			w.__gateCsp.push(
				`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}${e.sample ? ` (${e.sample})` : ''} at line ${e.lineNumber}`,
			);
		});
	});
	page.on('console', (msg) => {
		if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text()))
			seen.push({ rule: 'csp-violation', element: '', message: msg.text() });
	});
	page.on('dialog', (dialog) => {
		seen.push({
			rule: 'dialog',
			element: `${dialog.type()}("${dialog.message()}")`,
			message: 'a dialog opened: code ran that nobody wrote into the site',
		});
		void dialog.dismiss();
	});
	return {
		async take(path) {
			const events = await page.evaluate(() => {
				const w = window as unknown as { __gateCsp?: string[] };
				const list = w.__gateCsp ?? [];
				w.__gateCsp = [];
				return list;
			});
			const out: Failure[] = [
				...events.map((message) => ({ gate: 'csp', page: path, element: '', rule: 'csp-violation', message })),
				...seen.splice(0).map((s) => ({ gate: s.rule === 'dialog' ? 'xss' : 'csp', page: path, ...s })),
			];
			// Chromium reports a blocked element both as an event and on the console ("Refused to…"): keep
			// the event, which names the directive. Blocked event handlers are reported on the console only.
			return events.length ? out.filter((f) => !(f.rule === 'csp-violation' && f.message.startsWith('Refused'))) : out;
		},
	};
}
