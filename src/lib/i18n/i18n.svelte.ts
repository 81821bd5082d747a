// Our facade over typesafe-i18n (unmaintained, store-based): the rest of the app only sees
// `t()`, `locale()` and `setLocale()`. Swapping the library later touches this file alone.
import { i18nObject } from '../../i18n/i18n-util.ts';
import { loadAllLocales } from '../../i18n/i18n-util.sync.ts';
import type { TranslationFunctions } from '../../i18n/i18n-types.ts';
import type { Locale } from './locale.ts';
import { currentLocation } from '../url/location.svelte.ts';
import { readParams } from '../url/params.ts';
import { GLOBAL_PARAMS } from '../url/globals.ts';

// All three dictionaries are small; loading them up front keeps language switches instant.
loadAllLocales();

const translations: Record<Locale, TranslationFunctions> = {
  kk: i18nObject('kk'),
  ru: i18nObject('ru'),
  en: i18nObject('en'),
};

// The language lives in the URL (`lang=`), so it is derived from it: a permalink, back/forward
// and the switcher all go through one source of truth.
const current: Locale = $derived(readParams(GLOBAL_PARAMS, currentLocation().query).values.lang);

/** Translation functions of the current locale (reactive in components). */
export function t(): TranslationFunctions {
  return translations[current];
}

/** Translation functions of a given locale, e.g. for CSV headers in the export language. */
export function tFor(locale: Locale): TranslationFunctions {
  return translations[locale];
}

export function locale(): Locale {
  return current;
}
