// Locale facts that do not depend on the translation library: the supported codes, the default,
// and the BCP 47 tags handed to Intl for number formatting and plural rules.
export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'kk';

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** Tags for Intl: kk and ru use a decimal comma and a space as thousands separator. */
export const INTL_TAG: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/** Each language's own name, shown in the switcher in that language. */
export const ENDONYM: Record<Locale, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
