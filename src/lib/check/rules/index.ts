/** Every cross-file rule, in the order their problems are found (they are printed sorted by file and line). */
import type { Rule } from '../entries.ts';
import { certificateDates } from './certificate-dates.ts';
import { certificateValidity } from './certificate-validity.ts';
import { englishStory } from './english-story.ts';
import { fileNames } from './file-names.ts';
import { formerSlugs } from './former-slugs.ts';
import { pictures } from './pictures.ts';
import { placeholders } from './placeholders.ts';
import { price } from './price.ts';
import { references } from './references.ts';
import { reservedId } from './reserved-ids.ts';
import { revokedStillSold } from './revoked-still-sold.ts';
import { strays } from './strays.ts';
import { trade } from './trade.ts';
import { uniqueCodes } from './unique-codes.ts';

export const RULES: readonly Rule[] = [
	fileNames,
	reservedId,
	uniqueCodes,
	formerSlugs,
	references,
	certificateDates,
	price,
	trade,
	pictures,
	strays,
	englishStory,
	certificateValidity,
	revokedStillSold,
	placeholders,
];
