import { numberTag, pluralTag, type Locale } from './locale.ts';

// Intl formatters are costly to build; keep one per locale and option set.
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(numberTag(locale), options);
    cache.set(key, f);
  }
  return f;
}

/** A plain number in the locale's format (kk/ru: "9 181", "4,58"). Null → the given placeholder. */
export function formatNumber(
  value: number | null | undefined,
  locale: Locale,
  { minDecimals = 0, maxDecimals = 2, placeholder = '—' }: { minDecimals?: number; maxDecimals?: number; placeholder?: string } = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return placeholder;
  return formatter(locale, { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals }).format(value);
}

/** An average score on the 1–5 scale, two decimals as the report prints them. */
export function formatScore(value: number | null | undefined, locale: Locale): string {
  return formatNumber(value, locale, { minDecimals: 2, maxDecimals: 2 });
}

/** A percentage given in percent units (75.1 → "75,1 %" in kk/ru, "75.1%" in en). */
export function formatPercent(
  value: number | null | undefined,
  locale: Locale,
  { maxDecimals = 1, placeholder = '—' }: { maxDecimals?: number; placeholder?: string } = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return placeholder;
  return formatter(locale, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: maxDecimals }).format(value / 100);
}

/** A signed change (+0,12 / −0,19), so a fall is never shown without its sign. */
export function formatChange(
  value: number | null | undefined,
  locale: Locale,
  { decimals = 2, placeholder = '—' }: { decimals?: number; placeholder?: string } = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return placeholder;
  return formatter(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: 'exceptZero' }).format(value);
}

/** The plural category Intl gives for n in this locale ("one", "other"…). */
export function pluralCategory(n: number, locale: Locale): Intl.LDMLPluralRule {
  return new Intl.PluralRules(pluralTag(locale)).select(n);
}
