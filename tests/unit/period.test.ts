import { describe, expect, it } from 'vitest';
import { comparePeriods, fileQuarters, periodLabel, periodRank, periodSpan, quarterAt, quarterIndex, type PeriodWords } from '../../src/lib/control/period.ts';
import { trendPeriodLabel, yearCompleteness } from '../../src/lib/control/own/trends.ts';

// Words as the three dictionaries say them (src/i18n/*/control.ts), for the table of cases.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const words = (quarter: (p: { quarter: string; year: string }) => string): PeriodWords => ({
  quarter,
  month: ({ month, year }) => `${month} ${year}`,
  months: Object.fromEntries(MONTHS.map((m, i) => [`m${i + 1}`, () => m])),
});
const EN = words(({ quarter, year }) => `Q${quarter} ${year}`);
const RU = words(({ quarter, year }) => `${quarter} кв. ${year}`);
const KK = words(({ quarter, year }) => `${year} ж. ${quarter}-тоқсан`);

describe('one period order', () => {
  it('months, then their quarter, then the year', () => {
    const shuffled = ['2022-01', '2021', '2021-Q3', '2021-09', '2021-Q4', '2021-07', '2021-08', '2021-12', 'x'];
    expect([...shuffled].sort(comparePeriods)).toEqual(['x', '2021-07', '2021-08', '2021-09', '2021-Q3', '2021-12', '2021-Q4', '2021', '2022-01']);
  });
  it.each([
    ['2021-09', '2021-Q3'],
    ['2021-Q4', '2021'],
    ['2021', '2022-Q1'],
    ['2021-Q3', '2021-10'],
  ])('%s before %s', (a, b) => {
    expect(periodRank(a)).toBeLessThan(periodRank(b));
  });
  it('counts quarters on one line and back', () => {
    expect(quarterIndex('2021-Q3')).toBe(2021 * 4 + 2);
    expect(quarterAt(quarterIndex('2021-Q3'))).toBe('2021-Q3');
    expect(quarterAt(quarterIndex('2021-Q4') + 1)).toBe('2022-Q1');
    expect(quarterIndex('2021-07')).toBeNaN();
  });
});

describe('periods in words', () => {
  it.each([
    ['2024-Q1', EN, 'Q1 2024'],
    ['2024-Q1', RU, '1 кв. 2024'],
    ['2024-Q1', KK, '2024 ж. 1-тоқсан'],
    ['2024-07', EN, 'July 2024'],
    ['2024', EN, '2024'],
  ] as const)('%s', (period, w, expected) => {
    expect(periodLabel(period, w)).toBe(expected);
  });
  it('a span says one period once', () => {
    expect(periodSpan('2024-Q1', '2024-Q2', EN)).toBe('Q1 2024 – Q2 2024');
    expect(periodSpan('2024-Q1', '2024-Q1', RU)).toBe('1 кв. 2024');
    expect(periodSpan('', '', EN)).toBe('');
  });
  it("a file's quarters: its months count as their quarter", () => {
    expect(fileQuarters(['2024-01', '2024-02', '2024-03', '2024-Q1', '2024-04', 'junk'])).toEqual(['2024-Q1', '2024-Q2']);
  });
  it("a file's quarters in the order of time, whatever the order given, the same when asked again", () => {
    const periods = ['2025-01', '2024-Q4', '2024-11', '2023-Q2', '2024-13', '2025-Q1', '2024'];
    const quarters = fileQuarters(periods);
    expect(quarters).toEqual(['2023-Q2', '2024-Q4', '2025-Q1']);
    expect([...quarters].sort(comparePeriods)).toEqual(quarters);
    expect(fileQuarters(periods)).toEqual(quarters);
  });
});

describe('honest years', () => {
  const r = (reporter: string, quarter: string, region_id = 'astana') => ({ reporter, region_id, quarter });
  it('a year is whole only when every reporter counted gave its four quarters', () => {
    const reports = [r('A', '2023-Q4'), ...['Q1', 'Q2', 'Q3', 'Q4'].map((q) => r('A', `2024-${q}`)), r('B', '2024-Q1'), ...['Q1', 'Q2'].map((q) => r('A', `2025-${q}`))];
    expect(yearCompleteness(reports, [2023, 2024, 2025, 2026])).toEqual([
      { quarters: 1, reporters: 1, wholeReporters: 0, whole: false },
      { quarters: 4, reporters: 2, wholeReporters: 1, whole: false },
      { quarters: 2, reporters: 1, wholeReporters: 0, whole: false },
      { quarters: 0, reporters: 0, wholeReporters: 0, whole: false },
    ]);
    const whole = ['Q1', 'Q2', 'Q3', 'Q4'].flatMap((q) => [r('A', `2024-${q}`), r('A', `2024-${q}`, 'abai')]);
    expect(yearCompleteness(whole, [2024])[0]?.whole).toBe(true);
  });
  it('a partial year says what it holds', () => {
    const w = { ...EN, partialYear: ({ year, quarters }: { year: string; quarters: string }) => `${year} (${quarters} of 4 quarters)`, partialReporters: ({ year, whole, reporters }: { year: string; whole: string; reporters: string }) => `${year} (4 quarters from ${whole} of ${reporters} reporters)` };
    const table = {
      grain: 'year' as const,
      periods: ['2023', '2024', '2025'],
      completeness: [
        { quarters: 4, reporters: 1, wholeReporters: 1, whole: true },
        { quarters: 2, reporters: 1, wholeReporters: 0, whole: false },
        { quarters: 4, reporters: 2, wholeReporters: 1, whole: false },
      ],
    };
    expect([0, 1, 2].map((i) => trendPeriodLabel(table, i, w))).toEqual(['2023', '2024 (2 of 4 quarters)', '2025 (4 quarters from 1 of 2 reporters)']);
    expect(trendPeriodLabel({ grain: 'quarter', periods: ['2024-Q2'], completeness: [] }, 0, w)).toBe('Q2 2024');
  });
});
