// What #/control shows of a report (grid rows, blank vs zero vs dash, sort and export values) and
// the violation timeline (separate points; coverage), on fixtures generated here.
import { describe, expect, it } from 'vitest';
import { cellExport, cellSortValue, cellText, filledCount, formRows, gridRows, indexReport, periodsOf, serviceRows, statusCounts, type ReferenceRow, type ReportCellRow } from '../../src/lib/control/report-view.ts';
import { monthsOfQuarter, parsePeriod, quarterOfMonth } from '../../src/lib/control/period.ts';
import { violationTrend, type PublishedFigure } from '../../src/lib/control/trend.ts';

const ref = (code: string, order: number, parent = '', split = false): ReferenceRow => ({
  form_id: 'fx',
  order,
  code,
  printed: String(order),
  parent_code: parent || null,
  section: '1',
  applicant_split: split,
  label_kk: `${code} kk`,
  label_ru: `${code} ru`,
  label_en: `${code} en`,
});
const cell = (code: string, period: string, value: string, applicant = '', service = ''): ReportCellRow => ({
  form: 'fx',
  reporter: 'r',
  region_id: null,
  period,
  code,
  applicant: applicant || null,
  service: service || null,
  value: value || null,
  status: value === '' ? 'blank' : value === '-' ? 'dash' : value === '0' ? 'zero' : 'number',
  report_id: 'r1',
  printed_row: '1',
});

describe('periods', () => {
  it('parses months and quarters and orders a report’s months before its quarter', () => {
    expect(parsePeriod('2021-07')).toEqual({ kind: 'month', year: 2021, month: 7 });
    expect(parsePeriod('2021-Q3')).toEqual({ kind: 'quarter', year: 2021, quarter: 3 });
    expect(parsePeriod('2021-Q0')).toBeUndefined();
    expect(monthsOfQuarter(2021, 4)).toEqual(['2021-10', '2021-11', '2021-12']);
    expect(quarterOfMonth(2021, 9)).toBe('2021-Q3');
    expect(periodsOf([cell('a', '2021-Q3', '1'), cell('a', '2021-09', '1'), cell('a', '2021-07', '1'), cell('a', '2021-08', '1')])).toEqual(['2021-07', '2021-08', '2021-09', '2021-Q3']);
  });
});

describe('report grid', () => {
  const reference = [ref('t.total', 1), ref('t.part', 2, 't.total'), ref('d.ch', 3, '', true), ref('other', 1)].map((r) => (r.code === 'other' ? { ...r, form_id: 'zz' } : r));
  const cells = [
    cell('t.total', '2021-07', '5'),
    cell('t.total', '2021-Q3', ''),
    cell('t.part', '2021-07', '0'),
    cell('t.part', '2021-Q3', '-'),
    cell('d.ch', '2021-07', '7', 'individual'),
    cell('d.ch', '2021-07', '', 'legal'),
    cell('d.ch', '2021-07', '4', 'individual', 'svc B'),
    cell('d.ch', '2021-07', '3', 'individual', 'svc A'),
  ];
  const index = indexReport(cells);

  it('keeps blank, zero, dash and "not in the report" apart', () => {
    const rows = gridRows(index, formRows(reference, 'fx', (r) => r.code.startsWith('t.')), '', 'ru');
    expect(rows.map((r) => [r.code, r.label, r.depth])).toEqual([
      ['t.total', 't.total ru', 0],
      ['t.part', 't.part ru', 1],
    ]);
    expect(rows[0]?.cells.map((c) => c.status)).toEqual(['number', 'blank']);
    expect(rows[1]?.cells.map((c) => c.status)).toEqual(['zero', 'dash']);
    const words = { blank: 'blank', dash: '–' };
    const text = (c: (typeof rows)[0]['cells'][0]) => cellText(c, String, words);
    expect([...rows[0]!.cells, ...rows[1]!.cells].map(text)).toEqual(['5', 'blank', '0', '–']);
    expect(text({ status: 'none', n: null })).toBe('');
    expect(statusCounts(rows)).toEqual({ number: 1, zero: 1, dash: 1, blank: 1, none: 0 });
    // A zero and a dash are filled; a blank is a cell, not filled; a cell the form lacks is neither.
    expect(filledCount(rows)).toEqual({ filled: 3, cells: 4 });
    expect(filledCount([{ ...rows[0]!, cells: [{ status: 'none', n: null }, { status: 'blank', n: null }] }])).toEqual({ filled: 0, cells: 1 });
  });

  it('sorts blank last and a dash as zero; exports numbers as numbers and words as shown', () => {
    expect(cellSortValue({ status: 'blank', n: null })).toBeNull();
    expect(cellSortValue({ status: 'dash', n: null })).toBe(0);
    expect(cellExport({ status: 'number', n: 58524 }, { blank: 'b', dash: 'd' })).toBe(58524);
    expect(cellExport({ status: 'blank', n: null }, { blank: 'b', dash: 'd' })).toBe('b');
    expect(cellExport({ status: 'none', n: null }, { blank: 'b', dash: 'd' })).toBeNull();
  });

  it('reads the chosen applicant column, and service sub-rows in report order', () => {
    const ch = formRows(reference, 'fx', (r) => r.code === 'd.ch');
    expect(gridRows(index, ch, 'individual', 'en')[0]?.cells[0]).toEqual({ status: 'number', n: 7 });
    expect(gridRows(index, ch, 'legal', 'en')[0]?.cells[0]).toEqual({ status: 'blank', n: null });
    const services = serviceRows(index, ch, 'individual', 'en');
    expect(services.map((s) => [s.service, s.cells[0]?.n])).toEqual([
      ['svc B', 4],
      ['svc A', 3],
    ]);
  });
});

describe('violation timeline', () => {
  const fig = (figure_id: string, year: number, value: number, measure = 'violations.total', part_of: string | null = null): PublishedFigure => ({ figure_id, year, measure, value, qualifier: 'more_than', part_of });

  it('national years and report quarters are separate points in time order, blanks kept as no value', () => {
    const cells = [cell('violations.total', '2021-Q3', ''), cell('violations.total', '2021-07', ''), cell('violations.deadline', '2021-Q3', '4')];
    const figures = [fig('a', 2025, 478000), fig('b', 2016, 800000), fig('c', 2025, 130751, 'violations.total', 'a'), fig('d', 2016, 874, 'disciplined.total')];
    const { points, coverage } = violationTrend(cells, figures);
    expect(points.map((p) => [p.period, p.scope, p.value, p.blank])).toEqual([
      ['2016', 'national', 800000, 0],
      ['2021-Q3', 'reports', null, 1],
      ['2025', 'national', 478000, 0],
    ]);
    expect(coverage).toEqual({ firstYear: 2016, lastYear: 2025, years: 10, yearsWithData: 2, quarters: 40, quartersWithReports: 1, quartersWithCounts: 0 });
  });

  it('sums the reports of a quarter and counts those left blank', () => {
    const other = { ...cell('violations.total', '2021-Q3', '12'), reporter: 'r2' };
    const { points } = violationTrend([cell('violations.total', '2021-Q3', ''), other, cell('violations.total', '2022-Q1', '3')], []);
    expect(points.map((p) => [p.period, p.value, p.reports, p.blank])).toEqual([
      ['2021-Q3', 12, 2, 1],
      ['2022-Q1', 3, 1, 0],
    ]);
  });
});
