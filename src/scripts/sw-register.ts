/**
 * Every page: registers the service worker (`<base>sw.js`, src/lib/offline/sw.ts), named by the page's
 * `data-sw` on <body>. A new version of the site waits: a bar offers to reload, and only a click
 * lets the new worker take over (then the page reloads once). The page works the same without this script.
 */
const url = document.body.dataset['sw'];
if (url && 'serviceWorker' in navigator) {
	const offer = (worker: ServiceWorker) => {
		const bar = document.getElementById('sw-update');
		if (!bar) return;
		bar.hidden = false;
		bar.querySelector('button')?.addEventListener('click', () => worker.postMessage({ type: 'SKIP_WAITING' }), { once: true });
	};
	let reloading = false;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		// Only after the visitor asked: the first install takes no page over (no clients.claim()).
		if (reloading || !document.getElementById('sw-update')?.dataset['asked']) return;
		reloading = true;
		location.reload();
	});
	void navigator.serviceWorker.register(url, { scope: new URL('./', new URL(url, location.href)).pathname }).then((reg) => {
		if (reg.waiting && navigator.serviceWorker.controller) offer(reg.waiting);
		reg.addEventListener('updatefound', () => {
			const next = reg.installing;
			next?.addEventListener('statechange', () => {
				if (next.state === 'installed' && navigator.serviceWorker.controller) offer(next);
			});
		});
	});
	document.getElementById('sw-update')?.addEventListener('click', (e) => {
		if ((e.target as HTMLElement).closest('button')) (e.currentTarget as HTMLElement).dataset['asked'] = '1';
	});
}
