import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatIsoDay, formatNumber, formatPercent, isoDate, roundDigits } from '../../src/lib/i18n/format.ts';

const NBSP = '\u00a0';
// Two decimals, as an average score is shown (the measure registry's avg_score).
const formatScore = (v: number | null, locale: 'kk' | 'ru' | 'en') => formatNumber(v, locale, { minDecimals: 2, maxDecimals: 2 });

describe('Kazakh number formatting', () => {
  it('uses a decimal comma and no-break-space grouping (CLDR kk)', () => {
    expect(formatScore(4.58, 'kk')).toBe('4,58');
    expect(formatNumber(9181, 'kk')).toBe(`9${NBSP}181`);
    expect(formatNumber(1234567.5, 'kk')).toBe(`1${NBSP}234${NBSP}567,5`);
    expect(formatPercent(75.1, 'kk')).toBe('75,1%');
    expect(formatChange(-0.15, 'kk')).toBe('-0,15');
    expect(formatChange(0.2, 'kk')).toBe('+0,20');
    expect(formatChange(0, 'kk')).toBe('0,00');
  });
});

describe('Russian and English formatting', () => {
  it('ru: decimal comma, space before %; en: decimal point, comma grouping', () => {
    expect(formatScore(4.7, 'ru')).toBe('4,70');
    expect(formatNumber(9181, 'ru')).toBe(`9${NBSP}181`);
    expect(formatPercent(75.1, 'ru')).toBe(`75,1${NBSP}%`);
    expect(formatScore(4.7, 'en')).toBe('4.70');
    expect(formatNumber(9181, 'en')).toBe('9,181');
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
    expect(formatPercent(75.1, 'en')).toBe('75.1%');
    expect(formatPercent(100, 'en')).toBe('100%');
    expect(formatNumber(-3.5, 'en')).toBe('-3.5');
  });
  it('agrees with Intl.NumberFormat (full ICU) on the values Sapa shows', () => {
    const tags = { ru: 'ru-RU', en: 'en-GB' } as const;
    const values = [0, 1, 4.58, 4.585, 1.005, 0.125, 87.25, 9181, 12345.678, -0.19, -4.999, 1e-9, 123456789];
    for (const [locale, tag] of Object.entries(tags) as Array<[keyof typeof tags, string]>) {
      for (const v of values) {
        expect(formatScore(v, locale), `${tag} ${v}`).toBe(new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v).replace('-0,00', '0,00').replace('-0.00', '0.00'));
        expect(formatNumber(v, locale, { maxDecimals: 1 }), `${tag} ${v}`).toBe(new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(v).replace(/^-0$/, '0'));
      }
    }
  });
  it('shows a placeholder for missing values, never 0', () => {
    expect(formatScore(null, 'kk')).toBe('—');
    expect(formatPercent(undefined, 'en')).toBe('—');
    expect(formatNumber(Number.NaN, 'ru', { placeholder: 'n/a' })).toBe('n/a');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'ru')).toBe('—');
  });
  it('never shows a sign on a value that rounds to zero', () => {
    expect(formatChange(-0.001, 'en')).toBe('0.00');
    expect(formatNumber(-0.001, 'ru')).toBe('0');
    expect(formatChange(-0, 'kk')).toBe('0,00');
  });
});

describe('roundDigits', () => {
  it('rounds half away from zero on the shortest decimal form', () => {
    expect(roundDigits(1.005, 2, 2)).toEqual({ int: '1', frac: '01' });
    expect(roundDigits(4.585, 0, 2)).toEqual({ int: '4', frac: '59' });
    expect(roundDigits(-2.5, 0, 0)).toEqual({ int: '3', frac: '' });
    expect(roundDigits(9.999, 0, 2)).toEqual({ int: '10', frac: '' });
    expect(roundDigits(0.0999, 2, 2)).toEqual({ int: '0', frac: '10' });
  });
  it('pads to the minimum and drops extra trailing zeros', () => {
    expect(roundDigits(4.7, 2, 2)).toEqual({ int: '4', frac: '70' });
    expect(roundDigits(75.1, 0, 1)).toEqual({ int: '75', frac: '1' });
    expect(roundDigits(75, 0, 1)).toEqual({ int: '75', frac: '' });
  });
  it('handles values that String() writes with an exponent', () => {
    expect(roundDigits(1e-9, 0, 2)).toEqual({ int: '0', frac: '' });
    expect(roundDigits(2.5e-7, 7, 7)).toEqual({ int: '0', frac: '0000003' });
    expect(roundDigits(1.5e21, 0, 2)).toEqual({ int: '1500000000000000000000', frac: '' });
  });
});

describe('days', () => {
  it('writes an ISO day for the reader: dd.mm.yyyy in kk and ru, ISO in en, without a time zone', () => {
    expect(formatIsoDay('2018-06-19', 'kk')).toBe('19.06.2018');
    expect(formatIsoDay('2018-06-19', 'ru')).toBe('19.06.2018');
    expect(formatIsoDay('2018-06-19', 'en')).toBe('2018-06-19');
    expect(formatIsoDay('June 2018', 'ru')).toBe('June 2018');
  });
  it('dates a Date by its local day', () => {
    expect(formatDate(new Date(2026, 10, 29, 23, 59), 'ru')).toBe('29.11.2026');
    expect(isoDate(new Date(2026, 0, 2, 0, 1))).toBe('2026-01-02');
  });
});
