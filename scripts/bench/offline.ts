/**
 * What the service worker stores (issue 24), for the bench: the shell it installs (the same list the
 * build gives the worker, src/lib/offline/shell.ts), raw and gzipped as a host sends it, and what "Save
 * for the trip" stores for the district with the most bytes, on a phone 390 CSS pixels wide at 3 device
 * pixels per CSS pixel (each picture's file chosen as the phone's script chooses it,
 * src/lib/offline/trip-list.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { shellFiles } from '../../src/lib/offline/shell.ts';
import { choosePicture, sizesWidth, tripListOf, type TripFile } from '../../src/lib/offline/trip-list.ts';

export interface OfflineFigures {
	shell: { files: number; bytes: number; gzip: number };
	/** The district whose saved pages and pictures weigh most, in Vietnamese. */
	trip?: { name: string; pages: number; pictures: number; bytes: number };
}

const PHONE = { width: 390, dpr: 3, rem: 16 };
/** Whether a `(min-width: …)` condition holds on the phone (the only kind the site's `sizes` use). */
const onPhone = (media: string) => {
	const m = /min-width:\s*([\d.]+)(rem|em|px)/.exec(media);
	return m ? Number(m[1]) * (m[2] === 'px' ? 1 : PHONE.rem) <= PHONE.width : false;
};

export function offlineFigures(dir: string): OfflineFigures {
	const shell = shellFiles(dir);
	const gzip = shell.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f.path))).length, 0);
	const figures: OfflineFigures = { shell: { files: shell.length, bytes: shell.reduce((n, f) => n + f.bytes, 0), gzip } };
	const trips = join(dir, 'trips', 'vi');
	if (!existsSync(trips)) return figures;
	for (const name of readdirSync(trips)) {
		const file = JSON.parse(readFileSync(join(trips, name), 'utf8')) as TripFile;
		for (const place of Object.keys(file.places).filter((p) => p.startsWith('districts/'))) {
			const list = tripListOf(file, 'vi', place);
			if (!list) continue;
			const chosen = list.pictures.flatMap((p) => {
				const c = choosePicture(p, (type) => type !== 'image/avif', sizesWidth(p.sizes, onPhone, PHONE.width, PHONE.rem) * PHONE.dpr);
				return c ? [c.bytes] : [];
			});
			const bytes = list.bytes + list.extra.reduce((n, f) => n + f.bytes, 0) + chosen.reduce((n, b) => n + b, 0);
			if (!figures.trip || bytes > figures.trip.bytes)
				figures.trip = { name: list.name, pages: list.files.length, pictures: chosen.length, bytes };
		}
	}
	return figures;
}
