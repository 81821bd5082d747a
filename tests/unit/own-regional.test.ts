// Regional sums of loaded reports (the control map's figures) and the consolidated report.
import { describe, expect, it } from 'vitest';
import { regionalValues, type ControlMeasure, type RegionalValue } from '../../src/lib/control/own/regional.ts';
import { rankControl } from '../../src/lib/control/own/control-ranking.ts';
import { consolidate, previousQuarter } from '../../src/lib/control/own/consolidate.ts';
import type { TrendReport } from '../../src/lib/control/own/summary.ts';
import type { InterchangeRow } from '../../src/lib/control/validate.ts';

const report = (reporter: string, region_id: string, quarter: string, values: Record<string, number | null>): TrendReport => ({
  form: '2-mk',
  reporter,
  region_id,
  quarter,
  get: (code) => values[code],
});

const violations: ControlMeasure = { id: 'violations.total', numerator: 'violations.total' };
const late: ControlMeasure = { id: 'late_per_1000', numerator: 'late.total', denominator: 'delivered.total', per: 1000 };

describe('regionalValues', () => {
  const reports = [
    report('a', 'akmola', '2022-Q1', { 'violations.total': 3, 'late.total': 2, 'delivered.total': 1000 }),
    report('b', 'akmola', '2022-Q1', { 'violations.total': null, 'late.total': 1, 'delivered.total': 3000 }),
    report('c', 'aktobe', '2022-Q1', { 'violations.total': 0, 'late.total': 0, 'delivered.total': 0 }),
    report('d', 'pavlodar', '2022-Q1', { 'late.total': 5 }),
    ...['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4'].map((q) => report('a', 'atyrau', q, { 'violations.total': 1 })),
    ...['2022-Q3', '2022-Q4'].map((q) => report('e', 'abai', q, { 'violations.total': 2 })),
  ];

  it('adds up the reports of a region; a blank is a gap, not a zero; a reported 0 is 0', () => {
    const v = regionalValues(reports, violations, { kind: 'quarter', quarter: '2022-Q1' });
    expect(v.get('akmola')).toMatchObject({ numerator: 3, value: 3, reports: 2, reporters: 2, gaps: 1 });
    expect(v.get('aktobe')).toMatchObject({ numerator: 0, value: 0, gaps: 0 });
    // A report without the row is not counted: the region has no value for it ("no data").
    expect(v.has('pavlodar')).toBe(false);
    expect(v.has('mangystau')).toBe(false);
  });

  it('divides summed numerators by summed denominators; no rate on a denominator of 0', () => {
    const v = regionalValues(reports, late, { kind: 'quarter', quarter: '2022-Q1' });
    expect(v.get('akmola')).toMatchObject({ numerator: 3, denominator: 4000, value: 0.75 });
    expect(v.get('aktobe')).toMatchObject({ numerator: 0, denominator: 0, value: null });
  });

  it('gives a year only where each reporter has its four quarters', () => {
    const v = regionalValues(reports, violations, { kind: 'year', year: 2022 });
    expect(v.get('atyrau')).toMatchObject({ value: 4, quarters: 4, partial: false });
    expect(v.get('abai')).toMatchObject({ numerator: 4, value: null, quarters: 2, partial: true });
  });
});

describe('consolidate', () => {
  const row = (reporter: string, region_id: string, period: string, code: string, value: string): InterchangeRow => ({ form: '2-mk', reporter, region_id, period, code, applicant: '', service: '', value });
  const rows = [
    row('a', 'akmola', '2022-Q1', 'violations.total', '5'),
    row('b', 'akmola', '2022-Q1', 'violations.total', ''),
    row('a', 'akmola', '2022-Q1', 'sanctions.total', '-'),
    row('b', 'akmola', '2022-Q1', 'sanctions.total', '-'),
    row('a', 'akmola', '2022-Q1', 'outreach.events', ''),
    row('b', 'akmola', '2022-Q1', 'outreach.events', ''),
    row('a', 'akmola', '2022-Q1', 'training.persons', '-'),
    row('b', 'akmola', '2022-Q1', 'training.persons', '4'),
    row('c', 'akmola', '2021-Q4', 'violations.total', '1'),
    row('x', 'aktobe', '2022-Q1', 'violations.total', '100'),
  ];
  const c = consolidate(rows, { form: '2-mk', quarter: '2022-Q1', region: 'akmola' });
  const value = (code: string) => c.cells.find((x) => x.row.code === code);

  it('sums each cell; blank only when every report left it blank, with the count', () => {
    expect(value('violations.total')).toMatchObject({ row: { value: '5' }, reports: 2, blank: 1 });
    expect(value('outreach.events')).toMatchObject({ row: { value: '' }, reports: 2, blank: 2 });
  });

  it('keeps a dash when every report gave one, and adds it as 0 otherwise', () => {
    expect(value('sanctions.total')?.row.value).toBe('-');
    expect(value('training.persons')?.row.value).toBe('4');
  });

  it('lists the reports included and the reporters of the previous quarter now missing', () => {
    expect(c.included.map((r) => r.reporter)).toEqual(['a', 'b']);
    expect(c.missing).toEqual([{ reporter: 'c', region_id: 'akmola' }]);
  });

  it('knows the quarter before', () => {
    expect([previousQuarter('2022-Q1'), previousQuarter('2022-Q3')]).toEqual(['2021-Q4', '2022-Q2']);
    expect(() => previousQuarter('2022-13')).toThrow();
  });
});

describe('rankControl', () => {
  const v = (id: string, numerator: number | null, denominator: number | null, partial = false): RegionalValue => ({
    id,
    numerator,
    denominator,
    value: partial || numerator === null || !denominator ? null : (numerator * 1000) / denominator,
    reports: 1,
    reporters: 1,
    gaps: 0,
    quarters: partial ? 2 : 4,
    partial,
  });
  const late: ControlMeasure = { id: 'late_per_1000', numerator: 'late.total', denominator: 'delivered.total', per: 1000 };

  it('ranks by rate, lowest first, equal rates sharing a rank, with Wilson intervals in the rate units', () => {
    const { ranked, apart } = rankControl([v('a', 10, 1000), v('b', 1, 1000), v('c', 2, 2000), v('d', 0, 0), v('e', 5, 100, true), v('f', 50, 1000)], late);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([['b', 1], ['c', 1], ['a', 3], ['f', 4]]);
    expect(apart.map((r) => r.id).sort()).toEqual(['d', 'e']);
    const a = ranked.find((r) => r.id === 'a');
    expect(a?.interval?.lo).toBeCloseTo(5.4, 1);
    expect(a?.interval?.hi).toBeCloseTo(18.3, 1);
    // f (50 per 1,000) is clearly above the three others; a is not distinguishable from b or c.
    expect(ranked.find((r) => r.id === 'f')?.ties.clearlyHigher).toBe(3);
    expect(a?.ties.span).toEqual({ from: 1, to: 3 });
  });

  it('refuses to rank a count', () => {
    expect(() => rankControl([v('a', 1, 1)], { id: 'violations.total', numerator: 'violations.total' })).toThrow(/count/);
  });
});
