// The names of "Your reports" (reporters, forms) in reading order, as every other list of Sapa:
// the Kazakh alphabet (Ә after А, Ұ after У), Cyrillic before Latin. Plain .sort() put Latin
// first and Ә, Қ, Ұ after Я.
import { describe, expect, it } from 'vitest';
import { filterOptions } from '../../src/lib/control/own/trends.ts';

const report = (reporter: string, form = '2-мк') => ({ form, reporter, region_id: 'astana', quarter: '2024-Q1', get: () => undefined });

describe('own reports: filter options in locale collation', () => {
  it('orders reporters by the Kazakh alphabet, Cyrillic before Latin', () => {
    const names = ['Zeta LLP', 'Ұлттық орталық', 'Әкімдік', 'Яблоко', 'Абай ауданы', 'Қоғам'];
    expect(filterOptions(names.map((n) => report(n))).reporters).toEqual(['Абай ауданы', 'Әкімдік', 'Қоғам', 'Ұлттық орталық', 'Яблоко', 'Zeta LLP']);
  });
  it('orders form codes with numbers as numbers', () => {
    expect(filterOptions(['10-мк', '2-мк', '3-мк'].map((f) => report('x', f))).forms).toEqual(['2-мк', '3-мк', '10-мк']);
  });
});
