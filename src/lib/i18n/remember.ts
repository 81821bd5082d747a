import { DEFAULT_LOCALE, isLocale, type Locale } from './locale.ts';
import type { SafeStorage } from '../device/storage.ts';

const KEY = 'sapa.lang';

/** The language a visitor chose last time, if any and still supported. */
// The storage is lib/device/storage.ts's guarded one: it never throws, even where the page is
// denied storage (a sandboxed embed), so nothing here needs a try.
export function rememberedLocale(storage: Pick<SafeStorage, 'getItem'>): Locale | null {
  const value = storage.getItem(KEY);
  return value !== null && isLocale(value) ? value : null;
}

export function rememberLocale(storage: Pick<SafeStorage, 'setItem'>, locale: Locale): void {
  storage.setItem(KEY, locale);
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
