import { describe, expect, it } from 'vitest';
import { formatChange, formatNumber, formatPercent, formatScore, pluralCategory } from '../../src/lib/i18n/format.ts';
import { numberTag, pluralTag } from '../../src/lib/i18n/locale.ts';

// Intl separators: kk and ru group with a (narrow) no-break space and use a decimal comma.
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('Kazakh number formatting', () => {
  it('uses a decimal comma and space grouping', () => {
    expect(formatScore(4.58, 'kk')).toBe('4,58');
    expect(norm(formatNumber(9181, 'kk'))).toBe('9 181');
    expect(norm(formatNumber(14500, 'kk'))).toBe('14 500');
    expect(norm(formatPercent(75.1, 'kk'))).toMatch(/^75,1 ?%$/);
    expect(formatChange(-0.15, 'kk')).toMatch(/^[-−]0,15$/);
    expect(formatChange(0.2, 'kk')).toBe('+0,20');
    expect(formatChange(0, 'kk')).toBe('0,00');
  });
  it('has plural rules for kk (one / other)', () => {
    expect(pluralCategory(1, 'kk')).toBe('one');
    expect(pluralCategory(5, 'kk')).toBe('other');
  });
});

describe('Russian and English formatting', () => {
  it('ru uses a decimal comma, en a decimal point', () => {
    expect(formatScore(4.7, 'ru')).toBe('4,70');
    expect(norm(formatNumber(9181, 'ru'))).toBe('9 181');
    expect(formatScore(4.7, 'en')).toBe('4.70');
    expect(formatNumber(9181, 'en')).toBe('9,181');
    expect(formatPercent(75.1, 'en')).toBe('75.1%');
    expect(pluralCategory(2, 'ru')).toBe('few');
  });
  it('shows a placeholder for missing values, never 0', () => {
    expect(formatScore(null, 'kk')).toBe('—');
    expect(formatPercent(undefined, 'en')).toBe('—');
    expect(formatNumber(Number.NaN, 'ru', { placeholder: 'n/a' })).toBe('n/a');
  });
});

describe('Kazakh fallback when ICU lacks kk (as in Chromium)', () => {
  it('formats kk numbers with Russian conventions, plurals with one/other', () => {
    const none = () => false;
    expect(numberTag('kk', none)).toBe('ru-RU');
    expect(pluralTag('kk', none)).toBe('en');
    expect(numberTag('kk', () => true)).toBe('kk-KZ');
    expect(numberTag('en', none)).toBe('en-GB');
    expect(new Intl.NumberFormat(numberTag('kk', none)).format(4.58)).toBe('4,58');
    expect(new Intl.PluralRules(pluralTag('kk', none)).select(3)).toBe('other');
  });
});
