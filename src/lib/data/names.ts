import type { Locale } from '../i18n/locale.ts';
import { inLocale, type Trilingual } from './in-locale.ts';

/** A reference row with its name in each language. */
export type Named = Trilingual<'name'>;

/** Locale-aware name lookup with the id as a visible fallback (never an empty cell). */
export function namer<R extends Named>(rows: readonly R[], idKey: keyof R, locale: Locale): (id: string) => string {
  const map = new Map(rows.map((r) => [String(r[idKey]), r]));
  return (id) => {
    const r = map.get(id);
    return r ? inLocale(r, 'name', locale) : id;
  };
}
