/** Machine ids from Vietnamese names, as the folder and file names of content/ use them. */

/** ASCII, lower-case, hyphenated form of a Vietnamese text: "Mật ong Đắk Lắk" → "mat-ong-dak-lak". */
export function slugify(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
