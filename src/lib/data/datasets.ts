// The published datasets the views read, with their schemas (see data/README.md for meanings).
// Files are loaded on demand, once per page load; a broken file only affects the views using it.
import { yieldToMain } from '../schedule/yield-to-main.ts';
import { loadCsvCached, type Fetcher } from './load.ts';
import type { ColumnSpec, DatasetResult, RowOf, Schema } from './schema.ts';

const ID = /^[a-z0-9_.]{1,80}$/;
const YEAR = { type: 'integer', required: true, min: 2010, max: 2100 } as const;
const SCORE = { type: 'number', min: 0, max: 10 } as const; // 1–5 scale, 1–10 in 2014–2015; "0,00" misprints exist
const PCT = { type: 'number', min: 0, max: 100 } as const;
const RANK = { type: 'integer', min: 1, max: 1000 } as const;
const SOURCE = { type: 'string', required: true } as const;
const CODE = { type: 'string', required: true, pattern: ID } as const;
/** Key columns of a tidy score table plus its score, satisfaction and source. */
function scored<K extends Record<string, ColumnSpec>>(keys: K) {
  return { ...keys, avg_score: SCORE, satisfaction_pct: PCT, source: SOURCE } as const;
}
const NAMES = {
  name_kk: { type: 'string', required: true },
  name_ru: { type: 'string', required: true },
  name_en: { type: 'string', required: true },
} as const;

export const SCHEMAS = {
  'reference/regions.csv': {
    region_id: { type: 'string', required: true, pattern: ID },
    kind: { type: 'string', required: true },
    ...NAMES,
    valid_from: { type: 'string' },
    valid_to: { type: 'string' },
  },
  'reference/bodies.csv': {
    body_id: { type: 'string', required: true, pattern: ID },
    abbr_kk: { type: 'string' },
    ...NAMES,
  },
  'reference/services.csv': {
    service_id: { type: 'string', required: true, pattern: ID },
    register_code: { type: 'string' },
    section_2020: { type: 'string' },
    body_id: { type: 'string', pattern: ID },
    ...NAMES,
    surveyed: { type: 'boolean', required: true },
  },
  'reference/providers.csv': { provider_id: { type: 'string', required: true, pattern: ID }, ...NAMES },
  'reference/criteria.csv': { criterion_id: { type: 'string', required: true, pattern: ID }, ...NAMES },
  'reference/channels.csv': { channel_id: { type: 'string', required: true, pattern: ID }, ...NAMES },
  'monitoring/national.csv': {
    year: YEAR,
    avg_score: SCORE,
    satisfaction_pct: PCT,
    respondents: { type: 'integer', min: 0 },
    services: { type: 'integer', min: 0 },
    scale_max: { type: 'integer', required: true, min: 1, max: 10 },
    source: SOURCE,
  },
  'monitoring/bodies.csv': {
    body_id: { type: 'string', required: true, pattern: ID },
    year: YEAR,
    scope: { type: 'string', required: true, values: ['own', 'all_providers'] as const },
    avg_score: SCORE,
    satisfaction_pct: PCT,
    rank: RANK,
    source: SOURCE,
  },
  'monitoring/regions.csv': {
    region_id: { type: 'string', required: true, pattern: ID },
    year: YEAR,
    scope: { type: 'string', required: true, values: ['leb', 'all_providers', 'appendix_b'] as const },
    avg_score: SCORE,
    satisfaction_pct: PCT,
    rank: RANK,
    source: SOURCE,
  },
  'monitoring/services.csv': {
    service_id: { type: 'string', required: true, pattern: ID },
    year: YEAR,
    avg_score: { type: 'number', min: 0 }, // a headline printed "76" is kept as published
    satisfaction_pct: PCT,
    rank: RANK,
    respondents: { type: 'integer', min: 0 },
    source: SOURCE,
  },
  'monitoring/service_regions.csv': scored({ service_id: CODE, year: YEAR, region_id: CODE }),
  'monitoring/service_providers.csv': scored({ service_id: CODE, year: YEAR, provider_id: CODE }),
  'monitoring/service_criteria.csv': scored({ service_id: CODE, year: YEAR, criterion_id: CODE, channel: CODE }),
  'monitoring/service_channels.csv': scored({ service_id: CODE, year: YEAR, channel: CODE }),
  'monitoring/service_callcentre.csv': scored({ service_id: CODE, year: YEAR, item: CODE }),
  'monitoring/providers.csv': scored({ provider_id: CODE, year: YEAR }),
  'monitoring/region_samples.csv': {
    region_id: { type: 'string', required: true, pattern: ID },
    year: YEAR,
    respondents: { type: 'integer', min: 0 },
    share_pct: PCT,
    source: SOURCE,
  },
  // Control reports (data/README.md, "Control reports"): the forms' rows with stable codes, the
  // filed Q3 2021 report as tidy cells (blank is not zero), the published national figures.
  'reference/control_forms.csv': {
    form_id: { type: 'string', required: true },
    form: { type: 'string', required: true },
    version: { type: 'string', required: true },
    appendix: { type: 'string' },
    reporter: { type: 'string', required: true },
    due_day: { type: 'integer', min: 1, max: 31 },
    periods: { type: 'string', required: true, values: ['months_quarter', 'quarter'] as const },
    source: SOURCE,
    ...NAMES,
  },
  'reference/control_rows.csv': {
    form_id: { type: 'string', required: true },
    order: { type: 'integer', required: true, min: 1 },
    code: CODE,
    printed: { type: 'string', required: true },
    parent_code: { type: 'string', pattern: ID },
    section: { type: 'string', required: true },
    unit: { type: 'string', required: true },
    periods: { type: 'string', required: true, values: ['months_quarter', 'quarter'] as const },
    applicant_split: { type: 'boolean', required: true },
    service_dim: { type: 'string', values: ['service', 'service_is', 'provider_service', 'form_provider_service'] as const },
    month_rule: { type: 'string', required: true, values: ['sum', 'sum_warn', 'stock', 'none'] as const },
    label_kk: { type: 'string', required: true },
    label_ru: { type: 'string', required: true },
    label_en: { type: 'string', required: true },
  },
  'reference/control_checks.csv': {
    form_id: { type: 'string', required: true },
    check_id: CODE,
    kind: { type: 'string', required: true, values: ['le', 'eq'] as const },
    code: CODE,
    other_code: CODE,
    source: SOURCE,
  },
  'control/report_cells.csv': {
    form: { type: 'string', required: true },
    reporter: { type: 'string', required: true },
    region_id: { type: 'string', pattern: ID },
    period: { type: 'string', required: true, pattern: /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/ },
    code: CODE,
    applicant: { type: 'string', values: ['individual', 'legal'] as const },
    service: { type: 'string' },
    value: { type: 'string' }, // an integer, "-", or empty: blank, never zero
    status: { type: 'string', required: true, values: ['number', 'zero', 'dash', 'blank'] as const },
    report_id: { type: 'string', required: true, pattern: ID },
    printed_row: { type: 'string', required: true },
    service_no: { type: 'string' },
    source_line: { type: 'integer', required: true, min: 1 },
  },
  'control/reports.csv': {
    report_id: { type: 'string', required: true, pattern: ID },
    form: { type: 'string', required: true },
    reporter: { type: 'string', required: true },
    region_id: { type: 'string', pattern: ID },
    quarter: { type: 'string', required: true },
    source: SOURCE,
    cells: { type: 'integer', required: true, min: 0 },
    blanks: { type: 'integer', required: true, min: 0 },
  },
  'control/published.csv': {
    figure_id: CODE,
    year: YEAR,
    geography: { type: 'string', required: true },
    measure: CODE,
    value: { type: 'number', required: true, min: 0 },
    qualifier: { type: 'string', required: true, values: ['exact', 'more_than', 'approx'] as const },
    printed: { type: 'string', required: true },
    unit: { type: 'string', required: true },
    part_of: { type: 'string', pattern: ID },
    label_kk: { type: 'string', required: true },
    label_ru: { type: 'string', required: true },
    label_en: { type: 'string', required: true },
    trust: { type: 'string', required: true, values: ['A', 'B', 'C', 'D'] as const },
    publisher: { type: 'string', required: true },
    source_url: { type: 'string', required: true },
    sentence: { type: 'string', required: true },
    note: { type: 'string', values: ['contradiction_2016', 'rounded'] as const },
  },
  'monitoring/notes.csv': {
    note_id: { type: 'string', required: true },
    dataset: { type: 'string', required: true },
    key: { type: 'string' },
    kind: { type: 'string', required: true },
    text_kk: { type: 'string', required: true },
    text_ru: { type: 'string', required: true },
    text_en: { type: 'string', required: true },
  },
} as const satisfies Record<string, Schema>;

export type DatasetFile = keyof typeof SCHEMAS;
export type DatasetRow<F extends DatasetFile> = RowOf<(typeof SCHEMAS)[F]>;

export function loadDataset<F extends DatasetFile>(file: F, fetcher?: Fetcher): Promise<DatasetResult<DatasetRow<F>>> {
  return loadCsvCached(file, SCHEMAS[file] as (typeof SCHEMAS)[F], fetcher) as Promise<DatasetResult<DatasetRow<F>>>;
}

/** Load several files; the first failure wins (the view shows it with a retry). */
export async function loadDatasets<const F extends readonly DatasetFile[]>(
  files: F,
): Promise<{ ok: true; data: { [I in keyof F]: DatasetRow<F[I]>[] } } | { ok: false; error: import('./schema.ts').DatasetError }> {
  // Each request is started in its own task: starting a fetch costs the main thread a little, and
  // ten of them at once add up to a long task on a slow phone.
  const pending: ReturnType<typeof loadDataset>[] = [];
  for (const f of files) {
    if (pending.length > 0) await yieldToMain();
    pending.push(loadDataset(f));
  }
  const results = await Promise.all(pending);
  const failed = results.find((r) => !r.ok);
  if (failed && !failed.ok) return { ok: false, error: failed.error };
  return { ok: true, data: results.map((r) => (r.ok ? r.rows : [])) as { [I in keyof F]: DatasetRow<F[I]>[] } };
}
