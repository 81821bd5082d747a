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

/**
 * Some ICU builds (Chromium's trimmed data among them) claim Kazakh but lack its number symbols and
 * format "4.58". Kazakh number conventions are those of Russian (decimal comma, space grouping,
 * "75,1 %"), so use ru-RU for numbers when kk-KZ does not really format Kazakh.
 */
export function numberTag(locale: Locale, supported: (tag: string) => boolean = isSupported): string {
  const tag = INTL_TAG[locale];
  return locale === 'kk' && !supported(tag) ? INTL_TAG.ru : tag;
}

/** Plural rules: Kazakh has one/other like English, unlike Russian's one/few/many. */
export function pluralTag(locale: Locale, supported: (tag: string) => boolean = isSupported): string {
  const tag = INTL_TAG[locale];
  return locale === 'kk' && !supported(tag) ? 'en' : tag;
}

// Probe the data instead of trusting supportedLocalesOf: Kazakh must give a decimal comma.
// Building a NumberFormat is costly, so each tag is probed once.
const probed = new Map<string, boolean>();
function isSupported(tag: string): boolean {
  let ok = probed.get(tag);
  if (ok === undefined) {
    try {
      ok = new Intl.NumberFormat(tag).format(1.5) === '1,5';
    } catch {
      ok = false;
    }
    probed.set(tag, ok);
  }
  return ok;
}

/** Each language's own name, shown in the switcher in that language. */
export const ENDONYM: Record<Locale, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
