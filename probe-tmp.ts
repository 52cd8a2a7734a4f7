import { openSiteSearch } from './tests/helpers/pagefind.ts';
const s = await openSiteSearch('dist');
const qs: Array<[string, string]> = process.argv.slice(2).map((a) => a.split(':') as [string, string]);
for (const [lang, q] of qs) {
	const r = await s.search(lang, q);
	console.log(lang, JSON.stringify(q), r.length, r.slice(0, 3).map((p) => p.split('/').filter(Boolean).pop()).join(' | '));
}
await s.close();
process.exit(0);
