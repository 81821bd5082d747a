// The workspace's example set: deterministic, every region in force in each quarter, sums that
// hold, findings only where a mistake was put on purpose, one region without reports.
import { beforeAll, describe, expect, it } from 'vitest';
import { controlReference, csvRecords } from './fixtures.ts';
import { validateReport } from '../../src/lib/control/validate.ts';
import { consolidate } from '../../src/lib/control/own/consolidate.ts';
import { fillFromCells } from '../../src/lib/control/own/worked-example.ts';
import { templateCsv, templateRows, type TemplateText } from '../../src/lib/control/own/template.ts';
import { loadReportFile } from '../../src/lib/control/own/load.ts';
import { summarizeReports, unpackReports } from '../../src/lib/control/own/summary.ts';
import { EXAMPLE_MISTAKES, mistakePeriod, exampleQuarters, exampleSet, regionsOfQuarter, type ExampleRegion } from '../../src/lib/control/own/example-set.ts';

const reference = controlReference(true);
// The filed report's monthly "services delivered" (individuals), the one real magnitude.
const filed = csvRecords<Record<string, string>>('control/report_cells.csv').filter((c) => c.code === 'delivered.total' && c.applicant === 'individual' && /^\d{4}-\d{2}$/.test(c.period ?? '') && c.value !== '');
const monthlyDelivered = filed.reduce((s, c) => s + Number(c.value), 0) / filed.length;

// The 17 regions of the survey years plus the three of 8 June 2022 (the split: reference/regions.csv).
const regions: ExampleRegion[] = csvRecords<Record<string, string>>('reference/regions.csv').map((r) => ({ id: r.region_id as string, validFrom: r.valid_from ?? '', validTo: r.valid_to ?? '' }));
const files = exampleSet({ reference, regions, monthlyDelivered, regionWithoutReports: 'mangystau' });

// Validating the whole set (180,000 rows) takes about 0.3 s idle; done once, with room for a busy machine.
let findings: Array<ReturnType<typeof validateReport>['findings'][number] & { file: string }> = [];
beforeAll(() => {
  findings = files.flatMap((f) => validateReport(f.rows, reference).findings.map((x) => ({ ...x, file: f.reporter })));
}, 60_000);

describe('example set', () => {
  it('covers eight quarters from the first the forms allow (their version of 1 July 2021)', () => {
    expect(exampleQuarters(reference)).toEqual(['2021-Q3', '2021-Q4', '2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4', '2023-Q1', '2023-Q2']);
    expect(EXAMPLE_MISTAKES.map((m) => mistakePeriod(m, exampleQuarters(reference)))).toEqual(['2022-Q1', '2021-10', '2022-11']);
  });

  it('takes its magnitude from the filed report', () => {
    expect(filed).toHaveLength(3);
    expect(Math.round(monthlyDelivered)).toBe(61135);
  });

  it('is the same every time', () => {
    // Each region is drawn from its own seed: two regions drawn again give the same files as in the whole set.
    const again = exampleSet({ reference, regions: regions.filter((r) => r.id === 'akmola' || r.id === 'abai'), monthlyDelivered, regionWithoutReports: 'mangystau' });
    expect(again).toEqual(files.filter((f) => f.region_id === 'akmola' || f.region_id === 'abai'));
  });

  it('covers every region in force in each quarter (17 before the split, 20 after), but one', () => {
    expect(regionsOfQuarter(regions, '2021-Q3')).toHaveLength(17);
    expect(regionsOfQuarter(regions, '2022-Q2')).toHaveLength(17);
    expect(regionsOfQuarter(regions, '2022-Q3')).toHaveLength(20);
    for (const q of exampleQuarters(reference)) {
      const reporting = new Set(files.filter((f) => f.rows.some((r) => r.period === q)).map((f) => f.region_id));
      const expected = regionsOfQuarter(regions, q).filter((id) => id !== 'mangystau');
      expect([...reporting].sort()).toEqual(expected.sort());
    }
  });

  it('has 2–5 reporters a region, forms 1-mk and 2-mk', () => {
    const byRegion = new Map<string, number>();
    for (const f of files) byRegion.set(f.region_id, (byRegion.get(f.region_id) ?? 0) + 1);
    for (const n of byRegion.values()) {
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(5);
    }
    expect(new Set(files.map((f) => f.form))).toEqual(new Set(['1-mk', '2-mk']));
  });

  it('breaks a rule only where a mistake was put on purpose', () => {
    const errors = findings.filter((x) => x.severity === 'error');
    const warnings = findings.filter((x) => x.severity === 'warning');
    expect(warnings).toEqual([]);
    // Each mistake raises findings in its own report and nowhere else.
    for (const e of errors) expect(EXAMPLE_MISTAKES.some((m) => m.reporter === e.file)).toBe(true);
    for (const m of EXAMPLE_MISTAKES) {
      const mine = errors.filter((e) => e.file === m.reporter);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.some((e) => e.code === m.code || e.parts?.some((p) => p.code === m.code))).toBe(true);
    }
    expect(errors.find((e) => e.kind === 'blank')).toMatchObject({ reporter: 'example_pavlodar_1', code: 'complaints.total', period: '2021-10' });
  });

  it('keeps parts within their whole: late ≤ delivered per channel', () => {
    for (const f of files) {
      const at = new Map(f.rows.map((r) => [`${r.period}|${r.code}|${r.applicant}`, Number(r.value)]));
      for (const r of f.rows) {
        if (!r.code.startsWith('late.channel.')) continue;
        const twin = at.get(`${r.period}|${r.code.replace('late.', 'delivered.')}|${r.applicant}`);
        if (twin !== undefined) expect(Number(r.value)).toBeLessThanOrEqual(twin);
      }
    }
  });
});

describe('a consolidated report', () => {
  const TEXT: TemplateText = {
    title: 'T',
    keys: { form: 'Form', reporter: 'Reporter', region_id: 'Region', quarter: 'Quarter' },
    columns: { printed: 'No.', label: 'Label', service: 'Service', m1: 'M1', m2: 'M2', m3: 'M3', q: 'Q', code: 'Code', applicant: 'Applicant' },
    applicant: { individual: 'ind', legal: 'leg' },
    language: 'en',
  };
  const bytesOf = (text: string) => {
    const bytes = new TextEncoder().encode(text);
    return { size: bytes.length, head: bytes.slice(0, 4096), chunks: async function* () { yield bytes; } };
  };

  it('written as a filled template loads back with the same quarter values and the findings of a sum', async () => {
    const all = files.flatMap((f) => f.rows);
    const c = consolidate(all, { form: '1-mk', quarter: '2022-Q1', region: 'akmola' }, 'akmola_consolidated');
    expect(c.included.length).toBeGreaterThanOrEqual(1);
    const filled = fillFromCells(c.cells.map((x) => x.row));
    if (!filled) throw new Error('no cells');
    const out = await loadReportFile(bytesOf(templateCsv(templateRows(reference, '1-mk', TEXT, filled.fill), 'en')), reference, 'en');
    if (!out.ok) throw new Error(out.problem.kind);
    const loaded = unpackReports(out.file.reports);
    const summed = summarizeReports(c.cells.map((x) => x.row), reference);
    expect(loaded).toHaveLength(1);
    expect(summed).toHaveLength(1);
    const [l, s] = [loaded[0], summed[0]];
    for (const code of Object.keys(s?.values ?? {})) expect([code, l?.get(code)]).toEqual([code, s?.values[code]]);
    // The sum carries the region's deliberate mistake (a quarter 5 over its months, example_akmola_2).
    const direct = validateReport(c.cells.map((x) => x.row), reference);
    expect(out.file.errors).toBe(direct.errors);
    expect(direct.findings.some((f) => f.code === 'violations.deadline' && f.period === '2022-Q1')).toBe(true);
  });
});
