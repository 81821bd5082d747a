import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { buildReference, type ControlCheckInput, type ControlRowInput } from '../../src/lib/control/reference.ts';
import { ownViolationPoints } from '../../src/lib/control/trend.ts';
import type { TrendReport } from '../../src/lib/control/own/summary.ts';
import { CellIndex } from '../../src/lib/control/cell-index.ts';

const csv = <T>(path: string) => Papa.parse<T>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true, dynamicTyping: false }).data;
const rows = csv<Record<string, string>>('data/reference/control_rows.csv').map((r) => ({ ...r, parent_code: r.parent_code || null, service_dim: r.service_dim || null, applicant_split: r.applicant_split === 'true' }) as unknown as ControlRowInput);
const reference = buildReference(rows, csv<ControlCheckInput>('data/reference/control_checks.csv'));

/** A loaded report giving violations.total (null: left blank). */
const report = (reporter: string, quarter: string, total: number | null): TrendReport => ({ form: '1-mk', reporter, region_id: '', quarter, get: (code) => (code === 'violations.total' ? total : undefined) });

describe('loaded reports on the violation chart', () => {
  it('sums each quarter, keeps a blank quarter a gap, adds a year only when all four quarters have a number', () => {
    const reports = [report('a', '2021-Q1', 4), report('b', '2021-Q1', 6), report('a', '2021-Q2', null), ...['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4'].map((q, i) => report('a', q, i + 1))];
    const { points, coverage } = ownViolationPoints(reports, reference, 'en');
    expect(points.every((p) => p.scope === 'own')).toBe(true);
    expect(points.map((p) => [p.period, p.kind, p.value, p.reports, p.blank])).toEqual([
      ['2021-Q1', 'quarter', 10, 2, 0],
      ['2021-Q2', 'quarter', null, 1, 1],
      ['2022-Q1', 'quarter', 1, 1, 0],
      ['2022-Q2', 'quarter', 2, 1, 0],
      ['2022-Q3', 'quarter', 3, 1, 0],
      ['2022-Q4', 'quarter', 4, 1, 0],
      ['2022', 'year', 10, 4, 0],
    ]);
    // 2021-Q3 … 2021-Q4 have no report: no point at all (a gap, not a zero).
    expect(coverage).toEqual({ reports: 7, first: '2021-Q1', last: '2022-Q4', quarters: 8, quartersWithReports: 6, quartersWithCounts: 5, years: 1 });
  });
  it('nothing loaded: no points, no coverage', () => {
    expect(ownViolationPoints([], reference, 'en')).toEqual({ points: [], coverage: null });
  });
});

describe('cell index', () => {
  it('finds cells by their five parts, plain, by applicant and by service, in the order set', () => {
    const idx = new CellIndex<string>();
    idx.add('p', '2021-Q1', 'a', '', '', 'plain');
    idx.add('p', '2021-Q1', 'a', 'individual', '', 'ind');
    idx.add('p', '2021-Q1', 'a', 'legal', 'svc', 'legal-svc');
    idx.add('q', '2021-Q1', 'a', '', '', 'other report');
    expect(idx.get('p', '2021-Q1', 'a', '', '')).toBe('plain');
    expect(idx.get('p', '2021-Q1', 'a', 'individual', '')).toBe('ind');
    expect(idx.get('p', '2021-Q1', 'a', 'legal', '')).toBeUndefined();
    expect(idx.get('p', '2021-Q1', 'a', 'legal', 'svc')).toBe('legal-svc');
    expect(idx.get('q', '2021-Q1', 'a', '', '')).toBe('other report');
    expect(idx.get('p', '2021-Q2', 'a', '', '')).toBeUndefined();
    expect(idx.get('x', '2021-Q1', 'a', '', '')).toBeUndefined();
    expect(idx.list).toEqual(['plain', 'ind', 'legal-svc', 'other report']);
  });
  it('addFirst sets a cell only once: a second one of the same five parts gets the first back and is not listed', () => {
    const idx = new CellIndex<string>();
    for (const [applicant, service] of [['', ''], ['individual', ''], ['legal', ''], ['legal', 'svc'], ['', 'a|b']]) {
      expect(idx.addFirst('p', '2021-Q1', 'a', applicant as string, service as string, `first ${applicant}/${service}`)).toBeUndefined();
      expect(idx.addFirst('p', '2021-Q1', 'a', applicant as string, service as string, 'second')).toBe(`first ${applicant}/${service}`);
      expect(idx.get('p', '2021-Q1', 'a', applicant as string, service as string)).toBe(`first ${applicant}/${service}`);
    }
    expect(idx.addFirst('p', '2021-Q2', 'a', '', '', 'other period')).toBeUndefined();
    expect(idx.list).toEqual(['first /', 'first individual/', 'first legal/', 'first legal/svc', 'first /a|b', 'other period']);
  });
});

describe('plain digits', () => {
  it('reads a short run of ASCII digits, and nothing else', async () => {
    const { plainDigits } = await import('../../src/lib/control/validate.ts');
    expect(plainDigits('0')).toBe(0);
    expect(plainDigits('007')).toBe(7);
    expect(plainDigits('123456789012345')).toBe(123456789012345);
    for (const s of ['', ' 1', '1 ', '-1', '1.5', '١', '1234567890123456', '-']) expect(plainDigits(s)).toBe(-1);
  });
});
