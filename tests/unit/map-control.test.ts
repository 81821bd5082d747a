// The map's "Loaded control reports" dataset: periods of the URL, the regions drawn in a period,
// one row per region in force (no report: no value, never 0), the example set's files.
import { describe, expect, it } from 'vitest';
import { ControlMapFigures, controlDay, controlMapRows, controlPeriodCode, controlPeriods, parseControlPeriod, reportsByPeriod, reportsIn } from '../../src/lib/map/control.ts';
import { exampleTexts, monthlyDelivered, readExampleFiles } from '../../src/lib/control/own/example-files.ts';
import { loadReportFile } from '../../src/lib/control/own/load.ts';
import type { ControlMeasure } from '../../src/lib/control/own/regional.ts';
import type { TrendReport } from '../../src/lib/control/own/summary.ts';
import { controlReference, csvRecords } from './fixtures.ts';

const report = (reporter: string, region_id: string, quarter: string, values: Record<string, number | null>, form = '2-mk'): TrendReport => ({ form, reporter, region_id, quarter, get: (code) => values[code] });
const violations: ControlMeasure = { id: 'violations.total', numerator: 'violations.total' };
const regions = csvRecords<{ region_id: string; valid_from: string; valid_to: string }>('reference/regions.csv').map((r) => ({ region_id: r.region_id, valid_from: r.valid_from || null, valid_to: r.valid_to || null }));

describe('control periods', () => {
  it.each([
    ['2022-Q3', { kind: 'quarter', quarter: '2022-Q3' }],
    ['2022', { kind: 'year', year: 2022 }],
    ['2022-Q5', undefined],
    ['2022-07', undefined],
    ['22', undefined],
  ])('%s → %j', (raw, expected) => {
    expect(parseControlPeriod(raw)).toEqual(expected);
    if (expected) expect(controlPeriodCode(expected as never)).toBe(raw);
  });

  it('draws a quarter on its first day and a year on its last: 17 regions before the June 2022 split, 20 after', () => {
    expect(controlDay({ kind: 'quarter', quarter: '2022-Q2' })).toBe('2022-04-01');
    expect(controlDay({ kind: 'year', year: 2022 })).toBe('2022-12-31');
    const drawn = (p: string) => controlMapRows([], violations, parseControlPeriod(p)!, '', regions).length;
    expect(drawn('2021-Q3')).toBe(17);
    expect(drawn('2022-Q2')).toBe(17);
    expect(drawn('2022-Q3')).toBe(20);
    expect(drawn('2022')).toBe(20);
  });

  it('lists quarters in order and says which years are complete', () => {
    const reports = [
      ...['2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4'].map((q) => report('a', 'akmola', q, {})),
      report('b', 'abai', '2022-Q4', {}),
      report('a', 'akmola', '2022-Q3', {}),
    ];
    expect(controlPeriods(reports)).toEqual({ quarters: ['2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4', '2022-Q3', '2022-Q4'], years: [{ code: '2021', complete: true }, { code: '2022', complete: false }] });
  });
});

describe('controlMapRows', () => {
  const reports = [
    report('a', 'akmola', '2022-Q3', { 'violations.total': 3 }),
    report('b', 'akmola', '2022-Q3', { 'violations.total': 4 }, '1-mk'),
    report('c', 'aktobe', '2022-Q3', { 'violations.total': 0 }),
    // A region the code list dates otherwise (south_kazakhstan is not in force in 2022): listed, not drawn.
    report('d', 'nowhere', '2022-Q3', { 'violations.total': 1 }),
  ];
  const rows = controlMapRows(reports, violations, { kind: 'quarter', quarter: '2022-Q3' }, '', regions);
  const row = (id: string) => rows.find((r) => r.id === id);

  it('adds up a region, keeps a reported 0, and gives a region without reports no value', () => {
    expect(row('akmola')).toMatchObject({ numerator: 7, value: 7, reports: 2, reporters: 2, drawn: true });
    expect(row('aktobe')).toMatchObject({ value: 0, reports: 1 });
    expect(row('mangystau')).toMatchObject({ value: null, numerator: null, reports: 0, drawn: true });
    expect(row('nowhere')).toMatchObject({ value: 1, drawn: false });
    expect(rows.filter((r) => r.drawn)).toHaveLength(20);
  });

  it('counts one form when asked', () => {
    const one = controlMapRows(reports, violations, { kind: 'quarter', quarter: '2022-Q3' }, '1-mk', regions);
    expect(one.find((r) => r.id === 'akmola')).toMatchObject({ value: 4, reports: 1 });
    expect(one.find((r) => r.id === 'aktobe')).toMatchObject({ value: null, reports: 0 });
  });
});

describe('reportsByPeriod / reportsIn', () => {
  const reports = [
    report('a', 'akmola', '2022-Q3', { 'violations.total': 3 }),
    report('b', 'akmola', '2022-Q3', { 'violations.total': 4 }, '1-mk'),
    report('a', 'akmola', '2022-Q4', { 'violations.total': 5 }),
    report('c', 'abai', '2023-Q1', { 'violations.total': 1 }),
    // Not a quarter: counted in no period, as regionalValues counts it in none.
    report('d', 'akmola', '2022-07', { 'violations.total': 9 }),
  ];
  const byPeriod = reportsByPeriod(reports);
  const who = (p: string, form = '') => reportsIn(byPeriod, parseControlPeriod(p)!, form).map((r) => `${r.reporter}:${r.quarter}:${r.form}`);

  it('gives a quarter its reports, a year those of its quarters, in the order loaded, by form when asked', () => {
    expect(who('2022-Q3')).toEqual(['a:2022-Q3:2-mk', 'b:2022-Q3:1-mk']);
    expect(who('2022-Q3', '1-mk')).toEqual(['b:2022-Q3:1-mk']);
    expect(who('2022')).toEqual(['a:2022-Q3:2-mk', 'b:2022-Q3:1-mk', 'a:2022-Q4:2-mk']);
    expect(who('2023')).toEqual(['c:2023-Q1:2-mk']);
    expect(who('2021-Q1')).toEqual([]);
    expect([...byPeriod.values()].flat()).not.toContainEqual(expect.objectContaining({ quarter: '2022-07' }));
  });

  it('gives the map the same rows as all the reports do, for quarters and years', () => {
    for (const p of ['2022-Q3', '2022-Q4', '2022', '2023-Q1', '2023']) {
      for (const form of ['', '2-mk', '1-mk']) {
        const period = parseControlPeriod(p)!;
        expect(controlMapRows(reportsIn(byPeriod, period, form), violations, period, form, regions)).toEqual(controlMapRows(reports, violations, period, form, regions));
      }
    }
  });
});

describe('ControlMapFigures', () => {
  const reports = [
    report('a', 'akmola', '2022-Q3', { 'violations.total': 3, 'late.total': 2, 'delivered.total': 1000 }),
    report('b', 'akmola', '2022-Q3', { 'violations.total': 4 }, '1-mk'),
    report('a', 'akmola', '2022-Q4', { 'violations.total': 5 }),
    report('example_x', 'aktobe', '2021-Q4', { 'violations.total': 1 }),
  ];
  const late: ControlMeasure = { id: 'late_per_1000', numerator: 'late.total', denominator: 'delivered.total', per: 1000 };

  it('gives what controlMapRows gives over all the reports, worked out once', () => {
    const figures = new ControlMapFigures(reports, regions);
    for (const p of ['2022-Q3', '2022', '2021-Q4', '2021']) {
      for (const form of ['', '2-mk']) {
        for (const m of [violations, late]) {
          const period = parseControlPeriod(p)!;
          expect(figures.has(m, period, form)).toBe(false);
          const rows = figures.rows(m, period, form);
          expect(rows).toEqual(controlMapRows(reports, m, period, form, regions));
          expect(figures.has(m, period, form)).toBe(true);
          expect(figures.rows(m, period, form)).toBe(rows);
        }
      }
    }
  });

  it('gives a period its reports once, and says when any is made up', () => {
    const figures = new ControlMapFigures(reports, regions);
    const q3 = parseControlPeriod('2022-Q3')!;
    expect(figures.reports(q3, '').map((r) => r.reporter)).toEqual(['a', 'b']);
    expect(figures.reports(q3, '')).toBe(figures.reports(q3, ''));
    expect(figures.example(q3, '')).toBe(false);
    expect(figures.example(parseControlPeriod('2021')!, '')).toBe(true);
  });
});

describe('example files', () => {
  const cells = csvRecords<{ period: string; code: string; applicant: string; value: string }>('control/report_cells.csv');

  it('scale on the filed report and write one interchange file a reporter, flagged by its ids', () => {
    expect(Math.round(monthlyDelivered(cells))).toBe(61135);
    expect(() => monthlyDelivered([])).toThrow();
    // Three regions are enough to see the files (the whole set is tested in own-example-set.test.ts).
    const three = csvRecords<{ region_id: string }>('reference/regions.csv').filter((r) => ['akmola', 'abai', 'mangystau'].includes(r.region_id));
    const texts = exampleTexts(controlReference(true), three as never, monthlyDelivered(cells));
    expect(new Set(texts.map((t) => t.name.replace(/_\d\.csv$/, '')))).toEqual(new Set(['example_akmola', 'example_abai']));
    const first = texts[0]!;
    expect(first.name).toMatch(/^example_[a-z_]+_\d\.csv$/);
    expect(first.text.startsWith('\uFEFFform,reporter,region_id,period,code,applicant,service,value\r\n')).toBe(true);
    expect(texts.some((t) => t.text.includes(',mangystau,'))).toBe(false);
  });

  it('read from their rows, give what reading their CSV text gives (findings and their lines included)', async () => {
    const reference = controlReference(true);
    const regions = csvRecords<{ region_id: string }>('reference/regions.csv').filter((r) => r.region_id === 'akmola') as never;
    const read = await readExampleFiles(reference, regions, monthlyDelivered(cells), 'en', { today: '2026-01-01' });
    // akmola_2 holds a deliberate mistake: its findings must point at the same lines.
    expect(read.some((f) => f.outcome.ok && f.outcome.file.errors > 0)).toBe(true);
    for (const f of read) {
      const bytes = new TextEncoder().encode(f.text);
      const fromText = await loadReportFile({ size: bytes.length, head: bytes.slice(0, 4096), chunks: async function* () { yield bytes; } }, reference, 'en', () => undefined, { today: '2026-01-01' });
      expect(f.outcome).toEqual(fromText);
    }
  }, 60_000);
});
