/**
 * The permalink page's language redirect: opens the product page in the first language of the
 * browser's preferences that the site has (English for `en-*`, otherwise Vietnamese). It replaces
 * the history entry, so the Back button does not land on the permalink again. With JavaScript off
 * the page's `<noscript>` meta refresh opens the Vietnamese page instead.
 */
import { preferredLocale } from '../lib/preferred-locale.ts';

const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
const link = document.querySelector<HTMLAnchorElement>(`[data-permalink-redirect] a[data-locale="${preferredLocale(languages)}"]`);
if (link) location.replace(link.href);
