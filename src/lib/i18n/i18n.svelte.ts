// Our facade over typesafe-i18n (unmaintained, store-based): the rest of the app only sees
// `t()`, `locale()` and `ensureLocale()`. Swapping the library later touches this file alone.
import kk from '../../i18n/kk/index.ts';
import { initFormatters } from '../../i18n/formatters.ts';
import { i18nObject, loadedFormatters, loadedLocales } from '../../i18n/i18n-util.ts';
import type { Translations, TranslationFunctions } from '../../i18n/i18n-types.ts';
import { DEFAULT_LOCALE, type Locale } from './locale.ts';
import { currentLocation } from '../url/location.svelte.ts';
import { readParams } from '../url/params.ts';
import { GLOBAL_PARAMS } from '../url/globals.ts';

function register(l: Locale, dictionary: unknown): TranslationFunctions {
  loadedLocales[l] = dictionary as Translations;
  loadedFormatters[l] = initFormatters(l);
  return plainFunctions(dictionary, i18nObject(l)) as TranslationFunctions;
}

/**
 * The library's translation functions as a plain object, built once per language. Its i18nObject
 * is a Proxy that, at every property read, copies the namespace read into a new function object:
 * `t().own.gap()` in a table cell copied the whole `own` namespace (hundreds of keys) each time,
 * which made up a good part of drawing a long table. Each leaf is the library's own function.
 */
function plainFunctions(dictionary: unknown, functions: unknown): unknown {
  if (typeof dictionary === 'string') return functions;
  if (Array.isArray(dictionary)) return dictionary.map((d, i) => plainFunctions(d, (functions as unknown[])[i]));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(dictionary as object)) out[key] = plainFunctions((dictionary as Record<string, unknown>)[key], (functions as Record<string, unknown>)[key]);
  return out;
}

// Kazakh (the default) ships with the app; Russian and English are separate chunks fetched on
// demand, so nobody downloads three dictionaries to read one.
const LOADERS: Record<Exclude<Locale, 'kk'>, () => Promise<{ default: unknown }>> = {
  ru: () => import('../../i18n/ru/index.ts'),
  en: () => import('../../i18n/en/index.ts'),
};

let loaded = $state.raw<Partial<Record<Locale, TranslationFunctions>>>({ kk: register('kk', kk) });
// In-flight loads only; the reactive state is `loaded`.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const pending = new Map<Locale, Promise<void>>();

/** Make sure a locale's dictionary is loaded (main.ts awaits the first one before mounting). */
export function ensureLocale(l: Locale): Promise<void> {
  if (loaded[l]) return Promise.resolve();
  let p = pending.get(l);
  if (!p) {
    p = LOADERS[l as Exclude<Locale, 'kk'>]()
      .then((m: { default: unknown }) => {
        loaded = { ...loaded, [l]: register(l, m.default) };
      })
      .catch(() => {
        pending.delete(l); // offline or a failed deploy: stay on what we have, try again next time
      });
    pending.set(l, p);
  }
  return p;
}

// The language lives in the URL (`lang=`), so it is derived from it: a permalink, back/forward
// and the switcher all go through one source of truth.
const requested: Locale = $derived(readParams(GLOBAL_PARAMS, currentLocation().query).values.lang);

/** The language shown: the requested one once its dictionary is in, Kazakh until then. */
export function locale(): Locale {
  return loaded[requested] ? requested : DEFAULT_LOCALE;
}

/**
 * Translation functions of another language than the one shown (a template downloaded in Russian
 * from an English page), its dictionary loaded first; the shown language's if it cannot be loaded.
 * Wrapped in an object (the library's functions were a Proxy that answers any property, `then`
 * included, which a promise would take for a thenable; the plain object keeps the same call).
 */
export async function translationsIn(l: Locale): Promise<{ tr: TranslationFunctions }> {
  await ensureLocale(l);
  return { tr: loaded[l] ?? t() };
}

/** Translation functions of the language shown (reactive in components). */
export function t(): TranslationFunctions {
  return loaded[locale()] as TranslationFunctions;
}
