// The control-report validator on fixtures generated here: a consistent report passes, and each
// rule fails on a report with exactly one cell changed. Plus a million rows, in linear time.
import { describe, expect, it } from 'vitest';
import { buildReference, type ControlRowInput } from '../../src/lib/control/reference.ts';
import { periodDays, validateReport, type FindingKind, type InterchangeRow } from '../../src/lib/control/validate.ts';
import { buildRegionCodes } from '../../src/lib/control/regions.ts';

function r(form_id: string, code: string, parent: string, opt: Partial<ControlRowInput> = {}): ControlRowInput {
  return {
    form_id,
    code,
    printed: code,
    parent_code: parent || null,
    unit: 'events',
    periods: 'months_quarter',
    applicant_split: false,
    service_dim: null,
    month_rule: 'sum',
    label_kk: `${code} kk`,
    label_ru: `${code} ru`,
    label_en: `${code} en`,
    ...opt,
  };
}

const REF = buildReference(
  [
    r('fx', 't.total', ''),
    r('fx', 't.a', 't.total'),
    r('fx', 't.b', 't.total'),
    r('fx', 'p.persons', '', { unit: 'persons', month_rule: 'sum_warn' }),
    r('fx', 's.stock', '', { month_rule: 'stock' }),
    r('fx', 'd.total', '', { applicant_split: true }),
    r('fx', 'd.ch', 'd.total', { applicant_split: true, service_dim: 'service' }),
    r('fx', 'c.sub', ''),
    r('fx', 'c.alt', ''),
    r('fq', 'q.total', '', { periods: 'quarter', month_rule: 'none', service_dim: 'provider_service' }),
    r('fq', 'q.x', 'q.total', { periods: 'quarter', month_rule: 'none', service_dim: 'provider_service' }),
  ],
  [
    { form_id: 'fx', check_id: 'sub_le_total', kind: 'le', code: 'c.sub', other_code: 't.total' },
    { form_id: 'fx', check_id: 'alt_eq_total', kind: 'eq', code: 'c.alt', other_code: 't.total' },
  ],
);

const MONTHS = ['2021-07', '2021-08', '2021-09'] as const;
const row = (code: string, period: string, value: string, applicant = '', service = '', form = 'fx'): InterchangeRow => ({ form, reporter: 'r1', region_id: 'almaty_city', period, code, applicant, service, value });

/** A report in which every rule holds: months 1, 2, 3 and the quarter 6 (stock: 3 then 3). */
function consistent(): InterchangeRow[] {
  const rows: InterchangeRow[] = [];
  const flow = (code: string, m: number[], applicant = '', service = '') => {
    m.forEach((v, i) => rows.push(row(code, MONTHS[i] as string, String(v), applicant, service)));
    rows.push(row(code, '2021-Q3', String(m[0]! + m[1]! + m[2]!), applicant, service));
  };
  flow('t.a', [1, 1, 1]);
  flow('t.b', [2, 3, 4]);
  flow('t.total', [3, 4, 5]);
  flow('p.persons', [5, 5, 5]);
  MONTHS.forEach((m, i) => rows.push(row('s.stock', m, String(10 + i))));
  rows.push(row('s.stock', '2021-Q3', '12'));
  for (const applicant of ['individual', 'legal']) {
    flow('d.ch', [1, 2, 3], applicant, 'service one');
    flow('d.ch', [4, 0, 1], applicant, 'service two');
    flow('d.ch', [5, 2, 4], applicant);
    flow('d.total', [5, 2, 4], applicant);
  }
  flow('c.sub', [1, 2, 3]);
  flow('c.alt', [3, 4, 5]);
  rows.push(row('q.total', '2021-Q3', '10', '', '', 'fq'), row('q.total', '2021-Q3', '10', '', 'paper', 'fq'), row('q.total', '2021-Q3', '7', '', 'paper|prov A', 'fq'), row('q.total', '2021-Q3', '3', '', 'paper|prov B', 'fq'));
  rows.push(row('q.x', '2021-Q3', '10', '', '', 'fq'));
  return rows;
}

function withValue(rows: InterchangeRow[], code: string, period: string, value: string, service = '', applicant?: string): InterchangeRow[] {
  let hit = 0;
  const out = rows.map((x) => {
    if (x.code === code && x.period === period && x.service === service && (applicant === undefined || x.applicant === applicant)) {
      hit++;
      return { ...x, value };
    }
    return x;
  });
  expect(hit, `${code} ${period} ${service}`).toBe(1);
  return out;
}

const kinds = (rows: InterchangeRow[]) => validateReport(rows, REF).findings.map((f) => f.kind);

describe('a consistent report', () => {
  it('raises no finding and every sum holds', () => {
    const result = validateReport(consistent(), REF);
    expect(result.findings).toEqual([]);
    expect(result.errors + result.warnings).toBe(0);
    for (const t of Object.values(result.tallies)) {
      expect(t.failed).toBe(0);
      expect(t.blank).toBe(0);
    }
    expect(result.tallies.months.held).toBeGreaterThan(0);
    expect(result.tallies.parts.held).toBeGreaterThan(0);
    expect(result.tallies.services.held).toBeGreaterThan(0);
    expect(result.tallies.checks.held).toBe(8); // 2 checks × 4 periods
  });
});

describe('each rule fails on one changed cell', () => {
  it.each<[string, (rows: InterchangeRow[]) => InterchangeRow[], FindingKind[]]>([
    ['months add up to the quarter', (x) => withValue(x, 'c.sub', '2021-Q3', '7'), ['months_sum']],
    ['persons: months vs quarter is a warning', (x) => withValue(x, 'p.persons', '2021-Q3', '14'), ['months_sum_persons']],
    ['a stock: the quarter is the last month', (x) => withValue(x, 's.stock', '2021-Q3', '33'), ['stock_quarter']],
    ['parts add up to the total', (x) => withValue(withValue(x, 't.total', '2021-07', '9'), 't.total', '2021-Q3', '18'), ['parts_sum', 'parts_sum', 'equal', 'equal']],
    ['a channel equals the sum of its services', (x) => withValue(withValue(x, 'd.ch', '2021-07', '9', 'service one', 'legal'), 'd.ch', '2021-Q3', '14', 'service one', 'legal'), ['services_sum', 'services_sum']],
    ['a provider path equals the sum of its children', (x) => withValue(x, 'q.total', '2021-Q3', '8', 'paper|prov B'), ['services_sum']],
    ['a subset cannot exceed its whole', (x) => withValue(withValue(x, 'c.sub', '2021-07', '4'), 'c.sub', '2021-Q3', '9'), ['not_greater']],
    ['two breakdowns of one total agree', (x) => withValue(withValue(x, 'c.alt', '2021-08', '5'), 'c.alt', '2021-Q3', '13'), ['equal', 'equal']],
  ])('%s', (_name, change, expected) => {
    expect(kinds(change(consistent())).sort()).toEqual([...expected].sort());
  });

  it('names the code, its label, the period, the applicant, the values, the expected sum and the difference', () => {
    const result = validateReport(withValue(consistent(), 'd.ch', '2021-Q3', '14', 'service one', 'legal'), REF, { locale: 'ru' });
    // One mistake, one error: the service's quarter, which disagrees with its months and with its channel's sum.
    expect(result.errors).toBe(1);
    const blamed = result.findings[0];
    expect(blamed).toMatchObject({ kind: 'cell_sums', code: 'd.ch', label: 'd.ch ru', period: '2021-Q3', applicant: 'legal', service: 'service one', value: '14', expected: 6, actual: 14, difference: 8 });
    const f = blamed?.related?.find((x) => x.kind === 'services_sum');
    expect(f).toMatchObject({ code: 'd.ch', label: 'd.ch ru', period: '2021-Q3', applicant: 'legal', service: '', value: '11', expected: 14 + 5, actual: 11, difference: -8, severity: 'error' });
    expect(f?.parts?.map((p) => p.value)).toEqual(['14', '5']);
    const m = blamed?.related?.find((x) => x.kind === 'months_sum');
    expect(m).toMatchObject({ code: 'd.ch', service: 'service one', value: '14', expected: 6, difference: 8 });
    expect(m?.parts?.map((p) => p.period)).toEqual(MONTHS);
  });
});

describe('the right cell is blamed, one mistake is one error', () => {
  // t.total = t.a + t.b; each row's months add up to its quarter. One cell changed at a time.
  it.each<[string, string, string, string, number]>([
    ["a part's quarter (the total agrees with its own months: not blamed)", 't.a', '2021-Q3', '8', 3],
    ["a part's month", 't.a', '2021-08', '3', 1],
    ["the total's quarter (disagrees with its months and with its parts)", 't.total', '2021-Q3', '15', 12],
    ["the total's month", 't.total', '2021-07', '5', 3],
  ])('%s', (_name, code, period, value, expected) => {
    const result = validateReport(withValue(consistent(), code, period, value), REF);
    // (c.alt, which must equal t.total, adds a warning when the total itself is changed.)
    const errors = result.findings.filter((x) => x.severity === 'error');
    expect(result.errors).toBe(1);
    expect(errors).toHaveLength(1);
    const f = errors[0];
    expect(f).toMatchObject({ kind: 'cell_sums', code, period, value, expected, actual: Number(value), difference: Number(value) - expected });
    // Its consequences, grouped under it: the two sums it breaks.
    expect(f?.related?.map((r) => r.kind).sort()).toEqual(['months_sum', 'parts_sum']);
  });

  it('a sum whose other cells all agree with their other sums points at the one cell no sum vouches for', () => {
    // q.x is the only part of q.total (quarter-only form); q.total agrees with its providers, so q.x is the suspect.
    const result = validateReport(withValue(consistent(), 'q.x', '2021-Q3', '12', ''), REF);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ kind: 'cell_sums', code: 'q.x', value: '12', expected: 10, difference: 2 });
    expect(result.findings[0]?.related?.[0]).toMatchObject({ kind: 'parts_sum', code: 'q.total', value: '10', expected: 12 });
  });

  it('two mistakes that cannot be told apart stay on the totals, one finding per failed sum', () => {
    // t.total's August and quarter both raised by 6: its months still add up, its parts do not.
    const result = validateReport(withValue(withValue(consistent(), 't.total', '2021-08', '10'), 't.total', '2021-Q3', '18'), REF);
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => [f.kind, f.code, f.period])).toEqual([
      ['parts_sum', 't.total', '2021-08'],
      ['parts_sum', 't.total', '2021-Q3'],
    ]);
  });
});

describe('cells', () => {
  it('a blank cell is an error and its sums cannot be checked (but would hold if blank were zero)', () => {
    const result = validateReport(withValue(consistent(), 't.a', '2021-07', ''), REF);
    expect(result.findings.map((f) => f.kind)).toEqual(['blank']);
    expect(result.findings[0]).toMatchObject({ code: 't.a', period: '2021-07', value: '', line: 2 });
    expect(result.cells.blank).toBe(1);
    expect(result.tallies.months).toMatchObject({ blank: 1, heldIfBlankZero: 0, failed: 0 });
    expect(result.tallies.parts).toMatchObject({ blank: 1, failed: 0 });
  });

  it('a blank whose sum would hold as zero is counted as such', () => {
    const rows = withValue(withValue(withValue(consistent(), 'd.ch', '2021-08', '', 'service two', 'individual'), 'd.ch', '2021-08', '', 'service two', 'legal'), 't.b', '2021-07', '2');
    const result = validateReport(rows, REF);
    expect(result.tallies.services).toMatchObject({ blank: 2, heldIfBlankZero: 2 });
  });

  it('a dash is valid and counts as zero in sums', () => {
    const result = validateReport(withValue(consistent(), 'd.ch', '2021-08', '-', 'service two', 'legal'), REF);
    expect(result.findings).toEqual([]);
    expect(result.cells.dash).toBe(1);
  });

  it.each(['-3', '1.5', '1,5', 'n/a', '12a', '1e3'])('"%s" is not a non-negative integer', (value) => {
    const result = validateReport(withValue(consistent(), 't.a', '2021-07', value), REF);
    expect(result.findings.map((f) => f.kind)).toEqual(['bad_value']);
    expect(result.cells.invalid).toBe(1);
  });

  it('accepts 0 and large integers', () => {
    expect(kinds([row('t.a', '2021-07', '0'), row('t.b', '2021-07', '900719925474')])).toEqual([]);
  });

  it('a row absent from the file raises no finding; its sums count as not reported', () => {
    const rows = consistent().filter((x) => !(x.code === 't.b' && x.period === '2021-08'));
    const result = validateReport(rows, REF);
    expect(result.findings).toEqual([]);
    expect(result.tallies.months.absent).toBe(1);
    expect(result.tallies.parts.absent).toBe(1);
  });
});

describe('rows the reference does not accept', () => {
  it('an unknown form or code is one finding with a count, naming the first line', () => {
    const rows = [row('t.a', '2021-07', '1', '', '', 'zz'), row('t.a', '2021-08', '1', '', '', 'zz'), row('no.such', '2021-07', '1'), row('t.a', '2021-07', '1')];
    const result = validateReport(rows, REF);
    expect(result.findings.map((f) => [f.kind, f.count, f.line])).toEqual([
      ['unknown_form', 2, 2],
      ['unknown_code', 1, 4],
    ]);
    expect(kinds([row('t.a', '2021-07', '1')])).toEqual([]);
  });

  it.each([['2021-13'], ['2021-Q5'], ['21-07'], ['2021-7'], ['']])('period "%s" is rejected', (period) => {
    expect(kinds([row('t.a', period, '1')])).toEqual(['bad_period']);
  });

  it('a quarter-only form takes no months', () => {
    expect(kinds([row('q.total', '2021-07', '1', '', '', 'fq')])).toEqual(['bad_period']);
    expect(kinds([row('q.total', '2021-Q3', '1', '', '', 'fq')])).toEqual([]);
  });

  it('the applicant column must match the row', () => {
    expect(kinds([row('d.total', '2021-07', '1')])).toEqual(['bad_applicant']);
    expect(kinds([row('t.a', '2021-07', '1', 'legal')])).toEqual(['bad_applicant']);
    expect(kinds([row('d.total', '2021-07', '1', 'legal'), row('t.a', '2021-07', '1')])).toEqual([]);
  });

  it('only rows with service sub-rows take a service', () => {
    expect(kinds([row('t.a', '2021-07', '1', '', 'x')])).toEqual(['bad_service']);
    expect(kinds([row('d.ch', '2021-07', '1', 'legal', 'x')])).toEqual([]);
  });

  it('a duplicated row is an error naming its first occurrence', () => {
    const result = validateReport([row('t.a', '2021-07', '1'), row('t.a', '2021-07', '2')], REF);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ kind: 'duplicate', line: 3, value: '2' });
    expect(result.findings[0]?.parts?.[0]?.value).toBe('1');
    expect(kinds([row('t.a', '2021-07', '1'), { ...row('t.a', '2021-07', '1'), reporter: 'r2' }])).toEqual([]);
  });
});

describe('scale', () => {
  // 200,000 rows (a year of quarterly reports from every provider of a region): about a second on
  // an idle machine, where a million took 8 s and over 30 s on a busy one; a quadratic scan of
  // 200,000 rows would still take many minutes, so the bound below tells the two apart.
  it('checks 200,000 rows in linear time', () => {
    const rows: InterchangeRow[] = [];
    const base = consistent().filter((x) => x.form === 'fx');
    for (let k = 0; rows.length < 200_000; k++) for (const x of base) rows.push({ ...x, reporter: `r${k}` });
    const started = performance.now();
    const result = validateReport(rows, REF);
    const ms = performance.now() - started;
    expect(result.findings).toEqual([]);
    expect(result.cells.total).toBe(rows.length);
    // Generous for a shared 2-core machine; a quadratic scan would take hours.
    expect(ms).toBeLessThan(30_000);
  }, 60_000);
});

describe('regions and periods', () => {
  // Fixture rows in the shape of reference/regions.csv, with the three regions of 8 June 2022.
  const REGIONS = buildRegionCodes([
    { region_id: 'almaty_city', name_kk: 'Алматы қ.', name_ru: 'г. Алматы', name_en: 'Almaty city', valid_from: null, valid_to: null },
    { region_id: 'karaganda', name_kk: 'Қарағанды облысы', name_ru: 'Карагандинская область', name_en: 'Karaganda Region', valid_from: null, valid_to: null },
    { region_id: 'east_kazakhstan', name_kk: 'Шығыс Қазақстан облысы', name_ru: 'Восточно-Казахстанская область', name_en: 'East Kazakhstan Region', valid_from: null, valid_to: null },
    { region_id: 'abai', name_kk: 'Абай облысы', name_ru: 'Абайская область', name_en: 'Abai Region', valid_from: '2022-06-08', valid_to: null },
    { region_id: 'zhetysu', name_kk: 'Жетісу облысы', name_ru: 'Жетысуская область', name_en: 'Zhetysu Region', valid_from: '2022-06-08', valid_to: null },
    { region_id: 'ulytau', name_kk: 'Ұлытау облысы', name_ru: 'Улытауская область', name_en: 'Ulytau Region', valid_from: '2022-06-08', valid_to: null },
  ]);
  const inRegion = (region_id: string, shift = (p: string) => p) => consistent().map((x) => ({ ...x, region_id, period: shift(x.period) }));
  const to2023 = (p: string) => p.replace('2021', '2023');
  const regionFindings = (rows: InterchangeRow[]) => validateReport(rows, REF, { regions: REGIONS }).findings.filter((f) => f.kind === 'bad_region');

  it('a region that exists in the period passes; Abai is valid from June 2022 on, not before', () => {
    expect(regionFindings(inRegion('almaty_city'))).toEqual([]);
    expect(regionFindings(inRegion('abai', to2023))).toEqual([]);
    expect(regionFindings(inRegion('ulytau', (p) => p.replace('2021-Q3', '2022-Q2').replace(/2021-0[789]/, '2022-06')))).toEqual([]);
    const early = regionFindings(inRegion('abai'));
    expect(early).toHaveLength(1);
    expect(early[0]).toMatchObject({ severity: 'error', region_id: 'abai', count: consistent().length });
    expect(early[0]?.validIds).toEqual(['almaty_city', 'karaganda', 'east_kazakhstan']);
    expect(early[0]?.suggestion).toBeUndefined();
  });

  it('an unknown id is one error naming the value and the valid ids; a name in any language suggests its id', () => {
    const [atlantis] = regionFindings(inRegion('atlantis', to2023));
    expect(atlantis).toMatchObject({ kind: 'bad_region', region_id: 'atlantis', validIds: ['almaty_city', 'karaganda', 'east_kazakhstan', 'abai', 'zhetysu', 'ulytau'] });
    expect(atlantis?.suggestion).toBeUndefined();
    for (const [name, id] of [
      ['Карагандинская область', 'karaganda'],
      ['  карагандинская   ОБЛАСТЬ ', 'karaganda'],
      ['Abai region', 'abai'],
      ['Ұлытау облысы', 'ulytau'],
      ['Г.Алматы', 'almaty_city'],
      ['ABAI', 'abai'],
    ] as const) {
      expect(regionFindings(inRegion(name, to2023))[0]?.suggestion, name).toBe(id);
    }
  });

  it('a report without a region (a central body) is not checked for one', () => {
    expect(regionFindings(inRegion(''))).toEqual([]);
  });

  it('a period in the future, or outside the form version, is an error (one per period)', () => {
    const forms = buildReference(
      [r('fx', 't.total', ''), r('fx', 't.a', 't.total'), r('fx', 't.b', 't.total')],
      [],
      [{ form_id: 'fx', version: '2021-07-01' }],
    );
    const rows = consistent().filter((x) => x.form === 'fx' && x.code.startsWith('t.'));
    const kindsAt = (shift: (p: string) => string, today = '2026-12-05') => validateReport(rows.map((x) => ({ ...x, period: shift(x.period) })), forms, { today }).findings.map((f) => [f.kind, f.period, f.count]);
    expect(kindsAt((p) => p)).toEqual([]);
    expect(kindsAt((p) => p.replace('2021', '2099'))).toEqual(['2099-07', '2099-08', '2099-09', '2099-Q3'].map((p) => ['future_period', p, 3]));
    // December 2026 has begun on 5 December; 2027 has not.
    expect(kindsAt((p) => p.replace('2021-Q3', '2026-Q4').replace('2021-07', '2026-10').replace('2021-08', '2026-11').replace('2021-09', '2026-12'))).toEqual([]);
    expect(kindsAt((p) => p.replace('2021', '2020')).map((k) => k[0])).toEqual(['form_period', 'form_period', 'form_period', 'form_period']);
    expect(periodDays({ kind: 'quarter', year: 2024, quarter: 1 })).toEqual(['2024-01-01', '2024-03-31']);
    expect(periodDays({ kind: 'month', year: 2024, month: 2 })).toEqual(['2024-02-01', '2024-02-29']);
  });
});
