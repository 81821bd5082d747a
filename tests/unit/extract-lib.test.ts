import { describe, expect, it } from 'vitest';
import { cleanCell, parseNumber, parseNumberWithPrecision, splitRow } from '../../scripts/extract/lib/text.ts';
import { regionIdFromName } from '../../scripts/extract/lib/regions.ts';
import { toCsv } from '../../scripts/extract/lib/csv.ts';

describe('text helpers', () => {
  it('strips tags and squeezes spaces', () => {
    expect(cleanCell(' <b>4,73</b> ')).toBe('4,73');
    expect(splitRow('1\tАқмола  облысы\t<b>80,3%</b>\t')).toEqual(['1', 'Ақмола облысы', '80,3%', '']);
  });
  it('parses decimal commas, percents and thousands', () => {
    expect(parseNumber('4,73')).toBe(4.73);
    expect(parseNumber('<b>-7,3%</b>')).toBe(-7.3);
    expect(parseNumber('9 181')).toBe(9181);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('н/д')).toBeNull();
    expect(parseNumberWithPrecision('4,7')).toEqual({ value: 4.7, decimals: 1 });
  });
});

describe('regionIdFromName', () => {
  it.each([
    ['Ақмола облысы', 'akmola'],
    ['Шығыс-Қазақстан облысы', 'east_kazakhstan'],
    ['Шығыс Қазақстан облысы', 'east_kazakhstan'],
    ['ШҚО', 'east_kazakhstan'],
    ['Солтүстік-қазақстан облысы', 'north_kazakhstan'],
    ['БҚО', 'west_kazakhstan'],
    ['Алматы қ.', 'almaty_city'],
    ['Алматы облысы', 'almaty_region'],
    ['Нұр-Сұлтан қ.', 'astana'],
    ['Шымкент қ.', 'shymkent'],
    ['Түркістан облысы', 'turkistan'],
    ['Маңғыстау', 'mangystau'],
  ])('%s → %s', (name, id) => expect(regionIdFromName(name)).toBe(id));
  it('returns null for non-regions', () => {
    expect(regionIdFromName('Басқа елдер')).toBeNull();
    expect(regionIdFromName('Барлығы')).toBeNull();
  });
});

describe('toCsv', () => {
  it('writes deterministic, quoted CSV with empty cells for null', () => {
    expect(toCsv(['a', 'b', 'c'], [{ a: 'x,y', b: 4.73, c: null }, { a: 'q"', b: 0.1 + 0.2, c: true }])).toBe(
      'a,b,c\n"x,y",4.73,\n"q""",0.3,true\n',
    );
  });
});
