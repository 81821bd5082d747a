// The shape of every CSV in data/: column order, key columns and column types. The extractor writes
// columns in this order; data:check validates against the same definitions, so the two cannot drift.

export type RefName = 'regions' | 'bodies' | 'services' | 'criteria' | 'providers' | 'channels';
export type ColumnType =
  | { kind: 'id' } // a new id defined by this (reference) file: [a-z0-9_]+
  | { kind: 'ref'; ref: RefName; extra?: readonly string[] } // must exist in a reference table
  | { kind: 'text' }
  | { kind: 'int'; min?: number }
  | { kind: 'year' }
  | { kind: 'score' } // average score on the report's scale (1–5, or scale_max where given)
  | { kind: 'pct' } // 0–100
  | { kind: 'number' } // signed (published changes)
  | { kind: 'bool' }
  | { kind: 'date' }
  | { kind: 'enum'; values: readonly string[] };

export interface ColumnSpec { name: string; type: ColumnType; required: boolean }
export interface DatasetSpec {
  /** Path under data/. */
  file: string;
  columns: readonly ColumnSpec[];
  /** Columns that identify a row (unique); also the sort order. */
  key: readonly string[];
  /** Rank columns must be 1..n without gaps within each group of these columns. */
  rankGroup?: readonly string[];
}

const req = (name: string, type: ColumnType): ColumnSpec => ({ name, type, required: true });
const opt = (name: string, type: ColumnType): ColumnSpec => ({ name, type, required: false });
const T = {
  id: { kind: 'id' } as const,
  text: { kind: 'text' } as const,
  year: { kind: 'year' } as const,
  score: { kind: 'score' } as const,
  pct: { kind: 'pct' } as const,
  number: { kind: 'number' } as const,
  bool: { kind: 'bool' } as const,
  date: { kind: 'date' } as const,
  count: { kind: 'int', min: 0 } as const,
  rank: { kind: 'int', min: 1 } as const,
  ref: (ref: RefName, extra?: readonly string[]): ColumnType => ({ kind: 'ref', ref, ...(extra ? { extra } : {}) }),
  oneOf: (...values: string[]): ColumnType => ({ kind: 'enum', values }),
};
const names = [req('name_kk', T.text), req('name_ru', T.text), req('name_en', T.text)];
const source = req('source', T.text);
const scorePair = [opt('avg_score', T.score), opt('satisfaction_pct', T.pct)];

/** Respondents living abroad are a row of tables 4 and 5 but not a region. */
export const ABROAD_ID = 'abroad';

export const DATASETS = {
  refRegions: { file: 'reference/regions.csv', key: ['region_id'], columns: [
    req('region_id', T.id), req('kind', T.oneOf('oblast', 'city')), ...names, opt('valid_from', T.date), opt('valid_to', T.date)] },
  refBodies: { file: 'reference/bodies.csv', key: ['body_id'], columns: [
    req('body_id', T.id), req('abbr_kk', T.text), ...names] },
  refServices: { file: 'reference/services.csv', key: ['service_id'], columns: [
    req('service_id', T.id), opt('register_code', T.text), req('section_2020', T.text), req('body_id', T.ref('bodies')), ...names, req('surveyed', T.bool)] },
  refCriteria: { file: 'reference/criteria.csv', key: ['criterion_id'], columns: [req('criterion_id', T.id), ...names] },
  refProviders: { file: 'reference/providers.csv', key: ['provider_id'], columns: [req('provider_id', T.id), ...names] },
  refChannels: { file: 'reference/channels.csv', key: ['channel_id'], columns: [req('channel_id', T.id), ...names] },

  national: { file: 'monitoring/national.csv', key: ['year'], columns: [
    req('year', T.year), ...scorePair, opt('respondents', T.count), opt('services', T.count), req('scale_max', T.count), source] },
  bodies: { file: 'monitoring/bodies.csv', key: ['body_id', 'year', 'scope'], rankGroup: ['year', 'scope'], columns: [
    req('body_id', T.ref('bodies')), req('year', T.year), req('scope', T.oneOf('own', 'all_providers')), ...scorePair, opt('rank', T.rank), source] },
  regions: { file: 'monitoring/regions.csv', key: ['region_id', 'year', 'scope'], rankGroup: ['year', 'scope'], columns: [
    req('region_id', T.ref('regions')), req('year', T.year), req('scope', T.oneOf('leb', 'all_providers', 'appendix_b')), ...scorePair, opt('rank', T.rank), source] },
  services: { file: 'monitoring/services.csv', key: ['service_id', 'year'], rankGroup: ['year'], columns: [
    req('service_id', T.ref('services')), req('year', T.year), ...scorePair, opt('rank', T.rank), opt('respondents', T.count), source] },
  serviceHeadlines: { file: 'monitoring/service_headlines.csv', key: ['service_id', 'year'], columns: [
    req('service_id', T.ref('services')), req('year', T.year), ...scorePair, opt('rank', T.rank), opt('respondents', T.count), source] },
  serviceRegions: { file: 'monitoring/service_regions.csv', key: ['service_id', 'year', 'region_id'], columns: [
    req('service_id', T.ref('services')), req('year', T.year), req('region_id', T.ref('regions')), ...scorePair, source] },
  serviceProviders: { file: 'monitoring/service_providers.csv', key: ['service_id', 'year', 'provider_id'], columns: [
    req('service_id', T.ref('services')), req('year', T.year), req('provider_id', T.ref('providers')), ...scorePair, source] },
  serviceCriteria: { file: 'monitoring/service_criteria.csv', key: ['service_id', 'year', 'criterion_id', 'channel'], columns: [
    req('service_id', T.ref('services')), req('year', T.year), req('criterion_id', T.ref('criteria')), req('channel', T.ref('channels')), ...scorePair, source] },
  serviceChannels: { file: 'monitoring/service_channels.csv', key: ['service_id', 'year', 'channel'], columns: [
    req('service_id', T.ref('services')), req('year', T.year), req('channel', T.ref('channels')), ...scorePair, source] },
  serviceCallcentre: { file: 'monitoring/service_callcentre.csv', key: ['service_id', 'year', 'item'], columns: [
    req('service_id', T.ref('services')), req('year', T.year), req('item', T.text), ...scorePair, source] },
  providers: { file: 'monitoring/providers.csv', key: ['provider_id', 'year'], columns: [
    req('provider_id', T.ref('providers')), req('year', T.year), ...scorePair, source] },
  stateCorpServices: { file: 'monitoring/state_corp_services.csv', key: ['service_id', 'year', 'provider_id'], rankGroup: ['year', 'provider_id'], columns: [
    req('service_id', T.ref('services')), req('year', T.year), req('provider_id', T.ref('providers')), opt('rank', T.rank), ...scorePair, source] },
  egovServices: { file: 'monitoring/egov_services.csv', key: ['service_id', 'year'], rankGroup: ['year'], columns: [
    req('service_id', T.ref('services')), req('year', T.year), req('provider_id', T.ref('providers')), opt('rank', T.rank), opt('provider_label_kk', T.text), ...scorePair, source] },
  regionSamples: { file: 'monitoring/region_samples.csv', key: ['region_id', 'year'], columns: [
    req('region_id', T.ref('regions', [ABROAD_ID])), req('year', T.year), opt('respondents', T.count), opt('share_pct', T.pct), source] },
  regionLanguages: { file: 'monitoring/region_languages.csv', key: ['region_id', 'year'], columns: [
    req('region_id', T.ref('regions', [ABROAD_ID])), req('year', T.year), opt('kazakh_pct', T.pct), opt('russian_pct', T.pct), source] },
  publishedAggregates: { file: 'monitoring/published_aggregates.csv', key: ['source', 'stat', 'entity_id', 'measure'], columns: [
    req('source', T.text), req('stat', T.oneOf('total', 'change_2019_2020', 'mean_2017_2020', 'mean_2016_2020')), req('entity_id', T.text),
    req('measure', T.oneOf('avg_score', 'satisfaction_pct', 'respondents', 'share_pct')), opt('value', T.number)] },
  notes: { file: 'monitoring/notes.csv', key: ['note_id'], columns: [
    req('note_id', T.id), req('dataset', T.text), opt('key', T.text), req('kind', T.text), req('text_kk', T.text), req('text_ru', T.text), req('text_en', T.text)] },
} as const satisfies Record<string, DatasetSpec>;

export type DatasetName = keyof typeof DATASETS;
export type Value = string | number | boolean | null;
export type Row = Record<string, Value>;
export type Datasets = Record<DatasetName, Row[]>;

/** Name used in notes.csv's `dataset` column: the path under data/ without ".csv" ("monitoring/regions"). */
export function datasetLabel(name: DatasetName): string {
  return DATASETS[name].file.replace(/\.csv$/, '');
}

/** The key of a row as written in notes.csv: key column values joined with ':'. */
export function rowKey(name: DatasetName, row: Row): string {
  return DATASETS[name].key.map((k) => String(row[k] ?? '')).join(':');
}
