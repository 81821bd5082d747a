import { describe, expect, it } from 'vitest';
import { cellAddress, cellRows, findingMatches, kindsByCount, splitFindings, type FindingFilter } from '../../src/lib/control/own/findings-view.ts';
import { severityOf, type Finding, type FindingKind } from '../../src/lib/control/validate.ts';

const finding = (kind: FindingKind, code: string, line: number, extra: Partial<Finding> = {}): Finding => ({
  kind,
  severity: severityOf(kind),
  form: '1-mk',
  reporter: 'r',
  region_id: '',
  code,
  printed: '',
  label: `Label of ${code}`,
  period: '2024-Q1',
  applicant: '',
  service: '',
  value: '',
  line,
  count: 1,
  ...extra,
});
const ALL: FindingFilter = { severity: 'all', kind: '', search: '' };
const list = [finding('blank', 'a.total', 2), finding('months_sum', 'b.total', 3), finding('blank', 'c.total', 4), finding('not_greater', 'd.part', 5), finding('unknown_code', 'zz', 6, { count: 3 })];

describe('findings view', () => {
  it('groups blank cells into one entry with their count, the rest stay rows in order', () => {
    const s = splitFindings(list, ALL);
    expect(s.groups).toHaveLength(1);
    expect(s.groups[0]).toMatchObject({ kind: 'blank', severity: 'error', count: 2 });
    expect(s.groups[0]?.findings.map((f) => f.line)).toEqual([2, 4]);
    expect(s.rows.map((f) => f.line)).toEqual([3, 5, 6]);
    // The download gets every finding that passes, grouped or not, in file order.
    expect(s.matched.map((f) => f.line)).toEqual([2, 3, 4, 5, 6]);
  });
  it('filters by severity, rule and code or label, groups included', () => {
    expect(splitFindings(list, { ...ALL, severity: 'warning' }).matched.map((f) => f.kind)).toEqual(['not_greater']);
    const errors = splitFindings(list, { ...ALL, severity: 'error' });
    expect(errors.groups[0]?.count).toBe(2);
    expect(errors.rows.map((f) => f.kind)).toEqual(['months_sum', 'unknown_code']);
    const blanks = splitFindings(list, { ...ALL, kind: 'blank' });
    expect(blanks.rows).toEqual([]);
    expect(blanks.groups[0]?.count).toBe(2);
    expect(splitFindings(list, { ...ALL, kind: 'months_sum' }).groups).toEqual([]);
    expect(splitFindings(list, { ...ALL, search: ' C.TOT ' }).matched.map((f) => f.code)).toEqual(['c.total']);
    expect(findingMatches(list[1] as Finding, { ...ALL, search: 'label of b' })).toBe(true);
  });
  it('lists the rules broken, most rows first', () => {
    expect(kindsByCount({ blank: 602, months_sum: 3, equal: 3 })).toEqual([
      { kind: 'blank', count: 602 },
      { kind: 'equal', count: 3 },
      { kind: 'months_sum', count: 3 },
    ]);
  });
  it("lists a group's cells a report row at a time, with the row's periods", () => {
    const blanks = [finding('blank', 'a.total', 9, { period: '2021-07' }), finding('blank', 'a.total', 9, { period: '2021-08' }), finding('blank', 'b.total', 10, { period: '2021-07' }), finding('blank', 'a.total', 9, { period: '2021-Q3' }), finding('blank', 'a.total', 11, { period: '2021-07', applicant: 'legal' })];
    expect(cellRows(blanks).map((r) => [r.first.code, r.first.line, r.periods])).toEqual([
      ['a.total', 9, ['2021-07', '2021-08', '2021-Q3']],
      ['b.total', 10, ['2021-07']],
      ['a.total', 11, ['2021-07']],
    ]);
  });
  it('addresses a template cell as the sheet does (column letters and row), an interchange cell by its line', () => {
    expect(cellAddress({ line: 18, col: 6 })).toEqual({ cell: 'G18' });
    expect(cellAddress({ line: 3, col: 27 })).toEqual({ cell: 'AB3' });
    expect(cellAddress({ line: 5 })).toEqual({ line: 5 });
  });
});
