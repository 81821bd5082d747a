// The control ranking's periods, URL period and pairwise reading; the region section's rows.
import { describe, expect, it } from 'vitest';
import { controlPeriod, controlPeriods, notDistinguishable, rankControl } from '../../src/lib/control/own/control-ranking.ts';
import type { RegionalValue } from '../../src/lib/control/own/regional.ts';
import { regionFindings, regionTrend, type FileFindings } from '../../src/lib/control/own/region-section.ts';
import type { TrendReport } from '../../src/lib/control/own/summary.ts';

const value = (id: string, numerator: number, denominator: number): RegionalValue => ({ id, numerator, denominator, value: (numerator * 1000) / denominator, reports: 1, reporters: 1, gaps: 0, quarters: 1, partial: false });
const LATE = { id: 'late_per_1000', numerator: 'late.total', denominator: 'delivered.total', per: 1000 };

describe('control ranking periods', () => {
  it('lists the quarters and years loaded, newest first, a year after its fourth quarter', () => {
    expect(controlPeriods([{ quarter: '2021-Q4' }, { quarter: '2022-Q1' }, { quarter: '2021-Q3' }, { quarter: 'junk' }])).toEqual(['2022', '2022-Q1', '2021', '2021-Q4', '2021-Q3']);
  });
  it('reads a period of the URL', () => {
    expect(controlPeriod('2022-Q3')).toEqual({ kind: 'quarter', quarter: '2022-Q3' });
    expect(controlPeriod('2022')).toEqual({ kind: 'year', year: 2022 });
    expect(controlPeriod('2022-13')).toBeUndefined();
  });
});

describe('pairwise reading', () => {
  it('counts those clearly higher, clearly lower and not distinguishable, which add up to the others', () => {
    // Large denominators: narrow intervals. a and b overlap; c lies clearly above both.
    const { ranked } = rankControl([value('a', 100, 100_000), value('b', 105, 100_000), value('c', 400, 100_000)], LATE);
    const at = (id: string) => ranked.find((r) => r.id === id)!;
    expect(ranked.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect([at('a').ties.clearlyHigher, at('a').ties.clearlyLower, notDistinguishable(at('a'), 3)]).toEqual([0, 1, 1]);
    expect([at('c').ties.clearlyHigher, at('c').ties.clearlyLower, notDistinguishable(at('c'), 3)]).toEqual([2, 0, 0]);
    for (const r of ranked) expect((r.ties.clearlyHigher ?? 0) + (r.ties.clearlyLower ?? 0) + (notDistinguishable(r, 3) ?? 0)).toBe(2);
  });
});

const report = (reporter: string, region_id: string, quarter: string, values: Record<string, number | null>): TrendReport => ({ form: '2-mk', reporter, region_id, quarter, get: (c) => values[c] });

describe('region section', () => {
  const reports = [
    report('a', 'akmola', '2022-Q1', { 'violations.total': 3, 'delivered.total': 1000, 'late.total': 5 }),
    report('b', 'akmola', '2022-Q1', { 'violations.total': null, 'delivered.total': 3000, 'late.total': 1 }),
    report('a', 'akmola', '2021-Q4', { 'violations.total': 0, 'delivered.total': 0, 'late.total': 0 }),
    report('c', 'abai', '2022-Q1', { 'violations.total': 9, 'delivered.total': 10, 'late.total': 1 }),
  ];
  it('sums the region\'s reports by quarter, oldest first, a gap left out and a zero kept', () => {
    expect(regionTrend(reports, 'akmola')).toEqual([
      { quarter: '2021-Q4', reports: 1, reporters: 1, violations: 0, delivered: 0, late_per_1000: null },
      { quarter: '2022-Q1', reports: 2, reporters: 2, violations: 3, delivered: 4000, late_per_1000: 1.5 },
    ]);
    expect(regionTrend(reports, 'almaty')).toEqual([]);
  });
  it('counts the findings about the region, in every file that has some', () => {
    const files: FileFindings[] = [
      { byRegion: { akmola: { errors: 2, warnings: 1 } } },
      { byRegion: { akmola: { errors: 1, warnings: 1 }, abai: { errors: 2, warnings: 0 } } },
      { byRegion: { abai: { errors: 7, warnings: 7 } } },
      { byRegion: {} },
    ];
    expect(regionFindings(files, 'akmola')).toEqual({ errors: 3, warnings: 2 });
    expect(regionFindings(files, 'almaty')).toEqual({ errors: 0, warnings: 0 });
  });
});
