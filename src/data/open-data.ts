/** The open data files of this build (src/lib/buyers/open-data.ts), made once and shared by their route and the data page. */
import { getCollection } from 'astro:content';
import { catalogue } from './catalogue.ts';
import { openDataFiles, type DataFile } from '../lib/buyers/open-data.ts';

let files: Promise<DataFile[]> | undefined;

/** Every data file, for `site` (the absolute URLs they hold). */
export function dataFiles(site: string): Promise<DataFile[]> {
	files ??= (async () => {
		const [c, retired] = await Promise.all([catalogue(), getCollection('retiredProducts')]);
		return openDataFiles(
			c,
			retired.map((e) => e.data),
			site,
		);
	})();
	return files;
}
