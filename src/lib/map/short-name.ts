// Short region names for the labels drawn on the map, derived from the reference names (never
// typed in): a small map has room for "Ақмола" or "ШҚО", not "Шығыс Қазақстан облысы".
import type { Locale } from '../i18n/locale.ts';

/** The word each language adds to an oblast's name. */
const OBLAST: Record<Locale, RegExp> = { kk: /^(.+) облысы$/, ru: /^(.+) область$/, en: /^(.+) Region$/ };

/**
 * An oblast's name without "облысы / область / Region"; a two-part name by its initials, the way
 * the report and the press write them ("Шығыс Қазақстан облысы" → "ШҚО", "Северо-Казахстанская
 * область" → "СКО"); in English "N. Kazakhstan". A city keeps its full name ("Алматы қ."), so
 * it is not confused with the oblast of the same name. A name of another shape is returned as is.
 */
export function shortRegionName(name: string, kind: string, locale: Locale): string {
  if (kind !== 'oblast') return name;
  const stem = OBLAST[locale].exec(name.trim())?.[1];
  if (!stem) return name;
  const parts = stem.split(/[\s-]+/).filter((p) => p !== '');
  if (parts.length < 2) return stem;
  if (locale === 'en') return `${parts[0]!.charAt(0)}. ${parts.slice(1).join(' ')}`;
  return `${parts.map((p) => p.charAt(0).toLocaleUpperCase(locale)).join('')}О`;
}
