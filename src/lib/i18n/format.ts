import type { Locale } from './locale.ts';

// Numbers are formatted here, not with Intl.NumberFormat, for two measured reasons:
// - the first Intl number format (or collator) of a page load makes the browser load its locale
//   data, 40–80 ms of main-thread work on a fast laptop and four times that on a mid-range phone,
//   on every page;
// - Chromium's trimmed ICU data claims Kazakh but formats "4.58" with a dot.
// The conventions of our three languages are short and stable (CLDR): kk and ru write a decimal
// comma and group thousands with a no-break space, ru puts a no-break space before "%".

interface Conventions {
  decimal: string;
  group: string;
  percent: (digits: string) => string;
  /** A change of a percentage, in percentage points ("+0,3 п. п.", "+0.3 pp"). */
  pp: (digits: string) => string;
}

const NBSP = '\u00a0';
const CONVENTIONS: Record<Locale, Conventions> = {
  kk: { decimal: ',', group: NBSP, percent: (d) => `${d}%`, pp: (d) => `${d}${NBSP}п.т.` },
  ru: { decimal: ',', group: NBSP, percent: (d) => `${d}${NBSP}%`, pp: (d) => `${d}${NBSP}п.${NBSP}п.` },
  en: { decimal: '.', group: ',', percent: (d) => `${d}%`, pp: (d) => `${d}${NBSP}pp` },
};

/** Add one to a string of decimal digits ("099" → "100"). */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/**
 * The digits of |value| rounded to at most maxDecimals and padded to at least minDecimals. Rounds
 * half away from zero on the number's shortest decimal form (1.005 → "1.01"), as Intl does, so a
 * value published as 4.585 is never shown as 4.58 because of its binary representation.
 */
export function roundDigits(value: number, minDecimals: number, maxDecimals: number): { int: string; frac: string } {
  const abs = Math.abs(value);
  // String() gives the shortest form that reads back as the same number; it only switches to an
  // exponent outside 1e-7…1e21 (tiny values: toFixed's digits; huge ones are whole numbers).
  let text = String(abs);
  if (text.includes('e')) text = abs < 1 ? abs.toFixed(Math.max(20, maxDecimals + 1)) : BigInt(abs).toString();
  const [int = '0', frac = ''] = text.split('.');
  let i = int;
  let f = frac;
  if (f.length > maxDecimals) {
    const kept = `${i}${f.slice(0, maxDecimals)}`;
    const rounded = (f.charCodeAt(maxDecimals) >= 53 /* '5' */ ? increment(kept) : kept).padStart(maxDecimals + 1, '0');
    i = rounded.slice(0, rounded.length - maxDecimals);
    f = rounded.slice(rounded.length - maxDecimals);
  }
  while (f.length > minDecimals && f.endsWith('0')) f = f.slice(0, -1);
  return { int: i.replace(/^0+(?=\d)/, ''), frac: f.padEnd(minDecimals, '0') };
}

type Sign = 'auto' | 'exceptZero';

function format(value: number, locale: Locale, minDecimals: number, maxDecimals: number, sign: Sign): string {
  const c = CONVENTIONS[locale];
  const { int, frac } = roundDigits(value, minDecimals, maxDecimals);
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, c.group);
  const body = frac ? `${grouped}${c.decimal}${frac}` : grouped;
  // A value that rounds to zero is shown without a sign ("0,00", never "-0,00").
  const zero = /^0*$/.test(int + frac);
  if (zero) return body;
  if (value < 0) return `-${body}`;
  return sign === 'exceptZero' ? `+${body}` : body;
}

const usable = (value: number | null | undefined): value is number => value !== null && value !== undefined && Number.isFinite(value);

/** A plain number in the locale's format (kk/ru: "9 181", "4,58"). Null → the given placeholder. */
export function formatNumber(
  value: number | null | undefined,
  locale: Locale,
  { minDecimals = 0, maxDecimals = 2, placeholder = '—' }: { minDecimals?: number; maxDecimals?: number; placeholder?: string } = {},
): string {
  return usable(value) ? format(value, locale, minDecimals, maxDecimals, 'auto') : placeholder;
}

/** A percentage given in percent units (75.1 → "75,1 %" in ru, "75,1%" in kk and en). */
export function formatPercent(
  value: number | null | undefined,
  locale: Locale,
  { minDecimals = 0, maxDecimals = 1, placeholder = '—' }: { minDecimals?: number; maxDecimals?: number; placeholder?: string } = {},
): string {
  return usable(value) ? CONVENTIONS[locale].percent(format(value, locale, minDecimals, maxDecimals, 'auto')) : placeholder;
}

/** A signed change (+0,12 / -0,19), so a fall is never shown without its sign. */
export function formatChange(
  value: number | null | undefined,
  locale: Locale,
  { decimals = 2, placeholder = '—', unit }: { decimals?: number; placeholder?: string; unit?: 'pp' } = {},
): string {
  if (!usable(value)) return placeholder;
  const digits = format(value, locale, decimals, decimals, 'exceptZero');
  return unit === 'pp' ? CONVENTIONS[locale].pp(digits) : digits;
}

/**
 * The reader's local day in ISO form (2026-11-29), read the same in every language and by every
 * program. Local, not UTC: a file downloaded in Almaty at 01:30 is dated that day, as its image is.
 * The one home of "today" for every download, image and citation.
 */
export function isoDate(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * An ISO day ("2018-06-19", as data/ writes them) for a reader: "19.06.2018" in kk and ru, the ISO
 * form itself in en (unambiguous on both sides of the Atlantic). No Date, so no time zone to guess.
 */
export function formatIsoDay(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || locale === 'en') return iso;
  return `${m[3]}.${m[2]}.${m[1]}`;
}

/** A calendar date for a credit line or a citation: its local day, as formatIsoDay writes it. */
export function formatDate(date: Date, locale: Locale): string {
  return formatIsoDay(isoDate(date), locale);
}
