import { DEFAULT_LOCALE, isLocale, type Locale } from './locale.ts';

const KEY = 'sapa.lang';

/** The language a visitor chose last time, if any and still supported. */
export function rememberedLocale(storage: Pick<Storage, 'getItem'> | undefined): Locale | null {
  try {
    const value = storage?.getItem(KEY) ?? null;
    return value !== null && isLocale(value) ? value : null;
  } catch {
    return null; // storage can be disabled (private mode, strict settings)
  }
}

export function rememberLocale(storage: Pick<Storage, 'setItem'> | undefined, locale: Locale): void {
  try {
    storage?.setItem(KEY, locale);
  } catch {
    /* not remembering is harmless */
  }
}

/**
 * On first load: a URL without `lang=` gets the remembered language (if not the default),
 * so the URL always states the language shown. Returns the query to use, or null for no change.
 */
export function queryWithRememberedLocale(query: URLSearchParams, remembered: Locale | null): URLSearchParams | null {
  if (query.has('lang') || remembered === null || remembered === DEFAULT_LOCALE) return null;
  const next = new URLSearchParams(query);
  next.set('lang', remembered);
  return next;
}
