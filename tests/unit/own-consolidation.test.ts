// The consolidated report's pure parts: the same report in two files summed once, its reporter
// id (made up when any report it sums is), the choices offered, and the layout on screen with
// each cell's blank count.
import { describe, expect, it } from 'vitest';
import { controlReference } from './fixtures.ts';
import { consolidate, consolidatedReporter, FirstFileOnly, withReporter } from '../../src/lib/control/own/consolidate.ts';
import { consolidatedLines, consolidationChoices, slotPeriod } from '../../src/lib/control/own/consolidated-view.ts';
import { fillFromCells } from '../../src/lib/control/own/worked-example.ts';
import { templateRows, type TemplateText } from '../../src/lib/control/own/template.ts';
import type { InterchangeRow } from '../../src/lib/control/validate.ts';

const reference = controlReference(true);
const row = (reporter: string, period: string, code: string, value: string, region = 'akmola'): InterchangeRow => ({ form: '2-mk', reporter, region_id: region, period, code, applicant: '', service: '', value });
const TEXT: TemplateText = {
  title: 'T',
  keys: { form: 'Form', reporter: 'Reporter', region_id: 'Region', quarter: 'Quarter' },
  columns: { printed: 'No.', label: 'Label', service: 'Service', m1: 'M1', m2: 'M2', m3: 'M3', q: 'Q', code: 'Code', applicant: 'Applicant' },
  applicant: { individual: 'ind', legal: 'leg' },
  language: 'en',
};

describe('FirstFileOnly', () => {
  it('keeps a report from the first file that has it, every row of it, and drops it from later files', () => {
    const f = new FirstFileOnly();
    expect(f.keep(row('a', '2022-01', 'violations.total', '1'), 0)).toBe(true);
    expect(f.keep(row('a', '2022-Q1', 'violations.total', '1'), 0)).toBe(true);
    // Same report (same quarter) in a second file: not again.
    expect(f.keep(row('a', '2022-02', 'violations.total', '1'), 1)).toBe(false);
    // Another quarter of the same reporter, or another reporter, from the second file: kept.
    expect(f.keep(row('a', '2022-04', 'violations.total', '1'), 1)).toBe(true);
    expect(f.keep(row('b', '2022-01', 'violations.total', '1'), 1)).toBe(true);
  });
});

describe('consolidatedReporter', () => {
  it('names the region, and is made up when any report summed is', () => {
    expect(consolidatedReporter({ region: 'akmola' }, [{ reporter: 'akimat_1' }])).toBe('consolidated_akmola');
    expect(consolidatedReporter({}, [{ reporter: 'akimat_1' }, { reporter: 'example_akmola_2' }])).toBe('example_consolidated');
    const c = withReporter(consolidate([row('x', '2022-Q1', 'violations.total', '3')], { form: '2-mk', quarter: '2022-Q1' }), 'consolidated');
    expect(c.cells.map((x) => x.row.reporter)).toEqual(['consolidated']);
  });
});

describe('consolidationChoices', () => {
  const reports = [
    { form: '2-mk', region_id: 'akmola', quarter: '2022-Q2' },
    { form: '2-mk', region_id: 'abai', quarter: '2022-Q3' },
    { form: '2-mk', region_id: 'akmola', quarter: '2021-Q4' },
    { form: '1-mk', region_id: 'almaty', quarter: '2023-Q1' },
  ];
  it('offers the forms, the regions of the form, and its quarters oldest first (of the region when one is chosen)', () => {
    expect(consolidationChoices(reports, '2-mk', '')).toEqual({ forms: ['1-mk', '2-mk'], regions: ['abai', 'akmola'], quarters: ['2021-Q4', '2022-Q2', '2022-Q3'] });
    expect(consolidationChoices(reports, '2-mk', 'akmola').quarters).toEqual(['2021-Q4', '2022-Q2']);
    expect(consolidationChoices(reports, '1-mk', '').regions).toEqual(['almaty']);
  });
});

describe('consolidatedLines', () => {
  it('lays the sum out in the template rows, each cell with its reports and blanks', () => {
    const rows = [
      row('a', '2022-01', 'violations.total', '2'),
      row('a', '2022-Q1', 'violations.total', '5'),
      row('b', '2022-01', 'violations.total', ''),
      row('b', '2022-Q1', 'violations.total', '4'),
      row('b', '2022-02', 'violations.deadline', ''),
      row('a', '2022-02', 'violations.deadline', ''),
    ];
    const c = consolidate(rows, { form: '2-mk', quarter: '2022-Q1', region: 'akmola' });
    const filled = fillFromCells(c.cells.map((x) => x.row));
    if (!filled) throw new Error('no cells');
    const sheet = templateRows(reference, '2-mk', TEXT, filled.fill);
    const { slots, lines } = consolidatedLines(sheet, c.cells, '2022-Q1');
    expect(slots).toEqual(['m1', 'm2', 'm3', 'q']);
    const total = lines.find((l) => l.code === 'violations.total');
    expect(total?.cells[0]).toEqual({ value: '2', reports: 2, blank: 1 });
    expect(total?.cells[3]).toEqual({ value: '9', reports: 2, blank: 0 });
    expect(total?.cells[1]).toBeUndefined();
    // Blank in every report: blank in the sum, and says so.
    expect(lines.find((l) => l.code === 'violations.deadline')?.cells[1]).toEqual({ value: '', reports: 2, blank: 2 });
    // Every row of the form is there, in its order, whether or not any report had it.
    expect(lines.length).toBe(sheet.length - sheet.findIndex((r) => r.includes('#code')) - 1);
  });

  it('knows the period of each slot', () => {
    expect(['m1', 'm2', 'm3', 'q'].map((s) => slotPeriod('2022-Q4', s as 'q'))).toEqual(['2022-10', '2022-11', '2022-12', '2022-Q4']);
    expect(() => slotPeriod('2022-10', 'q')).toThrow();
  });
});
