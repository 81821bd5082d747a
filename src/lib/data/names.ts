import type { Locale } from '../i18n/locale.ts';

export interface Named {
  name_kk: string;
  name_ru: string;
  name_en: string;
}

/** An entity's name in the reader's language. */
export function nameIn(entity: Named, locale: Locale): string {
  return locale === 'kk' ? entity.name_kk : locale === 'ru' ? entity.name_ru : entity.name_en;
}

/** Index rows by their id column. */
export function indexBy<R, K extends keyof R>(rows: readonly R[], key: K): Map<R[K], R> {
  return new Map(rows.map((r) => [r[key], r]));
}

/** Locale-aware name lookup with the id as a visible fallback (never an empty cell). */
export function namer<R extends Named>(rows: readonly R[], idKey: keyof R, locale: Locale): (id: string) => string {
  const map = new Map(rows.map((r) => [String(r[idKey]), r]));
  return (id) => {
    const r = map.get(id);
    return r ? nameIn(r, locale) : id;
  };
}
