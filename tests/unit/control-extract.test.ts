// The control data against the documents: the filed report (seed 000) cell by cell where it
// matters, its counts, a re-extraction that must reproduce data/ byte for byte, the extractor's
// failures on bad input, the published figures against their sentences, and the validator's
// verdict on the filed report.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildControl } from '../../scripts/extract/control/index.ts';
import { extractFiledReport } from '../../scripts/extract/control/filed-report.ts';
import { ROWS } from '../../scripts/extract/control/forms.ts';
import { buildReference, type ControlCheckInput, type ControlRowInput } from '../../src/lib/control/reference.ts';
import { validateReport, type InterchangeRow } from '../../src/lib/control/validate.ts';

const DATA = resolve(__dirname, '../../data');
const SEED = resolve(__dirname, '../../../shared/seeds/000_8a5c3096cce11f4e.txt');
const table = (file: string) => Papa.parse<Record<string, string>>(readFileSync(resolve(DATA, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
const cells = table('control/report_cells.csv');
function value(code: string, period: string, applicant = '', service = ''): string {
  const hits = cells.filter((c) => c.code === code && c.period === period && c.applicant === applicant && c.service === service);
  expect(hits, `${code} ${period} ${applicant} ${service}`).toHaveLength(1);
  return hits[0]?.value ?? 'missing';
}

describe('the filed report (seed 000) as published', () => {
  it.each([
    // code, period, applicant, service, value — seed 000 line
    ['delivered.total', '2021-07', 'individual', '', '58524'], // l.52
    ['delivered.total', '2021-08', 'individual', '', '58376'], // l.52
    ['delivered.total', '2021-09', 'individual', '', '66506'], // l.52
    ['delivered.total', '2021-Q3', 'individual', '', '183406'], // l.52
    ['delivered.total', '2021-Q3', 'legal', '', ''], // l.52: blank, not zero
    ['delivered.channel.office_paper_alt', '2021-07', 'individual', '', '29'], // l.63
    ['delivered.channel.provider_is', '2021-Q3', 'individual', '', '180590'], // l.77
    ['delivered.channel.provider_is', '2021-07', 'individual', 'Дәрігердің қабылдауына жазылу («Дамумед» КМАЖ)', '50044'], // l.79
    ['delivered.channel.provider_is', '2021-Q3', 'individual', 'Азаматтардың жекелеген санаттарын дәрілік заттармен, мамандандырылған медициналық мақсаттағы бұйымдармен, медициналық мақсаттағы бұйымдармен қамтамасыз ету (стандарт бекітілмеген)', '14448'], // l.93
    ['delivered.channel.state_corp', '2021-09', 'individual', '', '0'], // l.94
    ['delivered.channel.egov', '2021-Q3', 'individual', '', '2764'], // l.96
    ['violations.total', '2021-Q3', '', '', ''], // l.14: blank
    ['violations.paid_free_service', '2021-Q3', '', '', '0'], // l.24
    ['violations.paid_free_service', '2021-07', '', '', ''], // l.24
    ['sanctions.total', '2021-Q3', '', '', '0'], // l.30
    ['outreach.events', '2021-Q3', '', '', '5'], // l.171
    ['outreach.reach', '2021-07', '', '', '5487'], // l.172
    ['training.persons', '2021-09', '', '', '1'], // l.173
    ['training.persons', '2021-Q3', '', '', ''], // l.173: the quarter left blank
  ])('%s %s %s %s = "%s"', (code, period, applicant, service, expected) => {
    expect(value(code, period, applicant, service)).toBe(expected);
  });

  it('keeps all 716 value cells, 602 of them blank, none zero-filled', () => {
    expect(cells).toHaveLength(716);
    const by = (s: string) => cells.filter((c) => c.status === s).length;
    expect([by('number'), by('zero'), by('dash'), by('blank')]).toEqual([75, 39, 0, 602]);
    for (const c of cells) expect(c.status === 'blank').toBe(c.value === '');
    expect(table('control/reports.csv')[0]).toMatchObject({ cells: '716', blanks: '602', quarter: '2021-Q3' });
  });

  it.runIf(existsSync(SEED))('re-extraction reproduces data/ byte for byte', () => {
    for (const [path, csv] of buildControl(SEED)) expect(readFileSync(resolve(DATA, path), 'utf8'), path).toBe(csv);
  });
});

describe('the extractor on bad input', () => {
  const meta = { file: 'bad.txt', report_id: 'x', form: 's000' as const, reporter: 'x', region_id: '' };
  const header = '| № | A | Шілде | Тамыз | Қыркүйек | 2021 жылдың 3 тоқсаны |\n|--|--|--|--|--|--|\n';
  it('fails on a printed row the crosswalk does not know, naming file and line', () => {
    expect(() => extractFiledReport(header + '| 99.9 | x | 1 | 1 | 1 | 3 |\n', meta, ROWS)).toThrow(/bad\.txt:3: printed row 99\.9/);
  });
  it('fails on a non-numeric cell', () => {
    expect(() => extractFiledReport(header + '| 1 | x | 1 | one | 1 | 3 |\n', meta, ROWS)).toThrow(/bad\.txt:3: non-numeric cell "one"/);
  });
  it('fails on a duplicated row', () => {
    expect(() => extractFiledReport(header + '| 1 | x | 1 | 1 | 1 | 3 |\n| 1 | x | 1 | 1 | 1 | 3 |\n', meta, ROWS)).toThrow(/bad\.txt:4: duplicated row/);
  });
  it('fails on values in a row without a number, and on a row wider than its table', () => {
    expect(() => extractFiledReport(header + '|  | x | 1 |  |  |  |\n', meta, ROWS)).toThrow(/bad\.txt:3: values in a row without a row number/);
    expect(() => extractFiledReport(header + '| 1 | x | 1 | 1 | 1 | 3 | 4 |\n', meta, ROWS)).toThrow(/bad\.txt:3: row has 7 cells/);
  });
  it('keeps a dash as a dash and a blank as a blank', () => {
    const out = extractFiledReport(header + '| 1 | x | - |  | 0 | 7 |\n', meta, ROWS);
    expect(out.map((c) => [c.period, c.value, c.status])).toEqual([
      ['2021-07', '-', 'dash'],
      ['2021-08', '', 'blank'],
      ['2021-09', '0', 'zero'],
      ['2021-Q3', '7', 'number'],
    ]);
  });
});

describe('reference tables', () => {
  const rows = table('reference/control_rows.csv');
  it('uses the codes of FORMS.md and one code per printed row of each form', () => {
    for (const form of ['1-mk', '2-mk', '3-mk', '4-mk', 's000']) {
      const printed = rows.filter((r) => r.form_id === form).map((r) => r.printed);
      expect(new Set(printed).size, form).toBe(printed.length);
    }
    const code = (form: string, printed: string) => rows.find((r) => r.form_id === form && r.printed === printed)?.code;
    // Row 12 means different things in different versions: never join by printed number.
    expect(code('1-mk', '12')).toBe('delivered.total');
    expect(code('2-mk', '12')).toBe('refusals.total');
    expect(code('s000', '12.4')).toBe('delivered.channel.state_corp');
    expect(code('1-mk', '12.4')).toBe('delivered.channel.provider_is_contact');
    expect(code('s000', '20')).toBe('monitoring.rights_restored_persons');
    expect(code('1-mk', '19')).toBe('monitoring.rights_restored_persons');
    expect(code('3-mk', '(unnumbered)')).toBe('sc.late.postal');
  });
});

describe('published national figures', () => {
  const figures = table('control/published.csv');
  it('each value is printed in its own sentence, with a page and a trust grade', () => {
    expect(figures.length).toBeGreaterThanOrEqual(15);
    for (const f of figures) {
      expect(f.sentence).toContain(f.printed);
      expect(f.source_url).toMatch(/^https?:\/\//);
      expect(['A', 'B', 'C', 'D']).toContain(f.trust);
    }
  });
  it('shows the 2016 contradiction as published, with a note', () => {
    const get = (id: string) => figures.find((f) => f.figure_id === id);
    expect(get('2016_measures_total')).toMatchObject({ value: '1586', note: 'contradiction_2016' });
    expect(Number(get('2016_measures_planned')?.value) + Number(get('2016_measures_unscheduled')?.value)).toBe(3347);
    expect(new Set(figures.map((f) => f.year))).toEqual(new Set(['2016', '2025']));
  });
});

describe('the validator on the filed report', () => {
  const ref = buildReference(
    table('reference/control_rows.csv').map((r) => ({ ...r, applicant_split: r.applicant_split === 'true' }) as unknown as ControlRowInput),
    table('reference/control_checks.csv') as unknown as ControlCheckInput[],
  );
  const result = validateReport(cells as unknown as InterchangeRow[], ref);
  it('finds the 602 blank cells and no failed sum; most sums cannot be checked', () => {
    expect(result.findings.every((f) => f.kind === 'blank')).toBe(true);
    expect(result.errors).toBe(602);
    expect(result.tallies.months).toEqual({ checked: 21, held: 21, failed: 0, blank: 158, heldIfBlankZero: 157, absent: 0 });
    expect(result.tallies.parts).toMatchObject({ checked: 7, held: 7, blank: 61 });
    expect(result.tallies.services).toMatchObject({ checked: 0, blank: 36, heldIfBlankZero: 36 });
  });
});
