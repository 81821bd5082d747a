import type { Locale } from '../i18n/locale.ts';

/** A row with a text column per language: `name_kk`, `name_ru`, `name_en` for field "name". */
export type Trilingual<F extends string> = { readonly [L in Locale as `${F}_${L}`]: string };

/**
 * A row's text in the reader's language: inLocale(service, 'name', 'ru') reads name_ru,
 * inLocale(note, 'text', 'en') reads text_en. The one place the datasets' per-language columns
 * are chosen.
 */
export function inLocale<F extends string>(row: Trilingual<F>, field: F, locale: Locale): string {
  return (row as Readonly<Record<string, string>>)[`${field}_${locale}`] as string;
}
