// Cross-checks between the report's own tables. Used twice: by the extractor (each finding becomes a
// note in notes.csv, in three languages) and by data:check (prints the findings and verifies that
// notes.csv lists every one of them). Findings are disagreements INSIDE the source: nothing is fixed.
import { rowKey, type DatasetName, type Datasets, type Row } from '../../schema/datapackage.ts';

export type Measure = 'avg_score' | 'satisfaction_pct' | 'rank' | 'respondents' | 'services' | 'share_pct';

export interface Finding {
  /** Stable id of the check, also the prefix of the note id. */
  check: 'headline_vs_table8' | 'national_totals' | 'published_change' | 'published_mean' | 'appendix_b_vs_table12' | 'channel_totals' | 'sample_sum';
  dataset: DatasetName;
  key: string;
  measure: Measure;
  /** The figure as published in `dataset`'s row. */
  value: number | null;
  /** What it is compared with: another table's figure or a recomputation. */
  expected: number | null;
  /** Where `expected` comes from, in English, e.g. "table 8" or "recomputed from 2019 and 2020". */
  against: string;
}

// Published figures have 2 decimals (scores) or 1 (percentages): differences below half a unit of
// the last digit are rounding, not disagreement. Means of rounded values may move one more unit.
const TOLERANCE: Record<Measure, number> = { avg_score: 0.005, satisfaction_pct: 0.05, rank: 0, respondents: 0, services: 0, share_pct: 0.05 };
const MEAN_TOLERANCE: Partial<Record<Measure, number>> = { avg_score: 0.0101, satisfaction_pct: 0.101 };

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const round = (v: number, d: number) => Number(v.toFixed(d));

function differs(a: number | null, b: number | null, tol: number): boolean {
  if (a === null || b === null) return false;
  return Math.abs(a - b) > tol + 1e-9;
}

function compare(out: Finding[], f: Omit<Finding, 'value' | 'expected'>, value: unknown, expected: unknown, tol = TOLERANCE[f.measure]): void {
  const v = num(value);
  const e = num(expected);
  if (differs(v, e, tol)) out.push({ ...f, value: v, expected: e });
}

function index(rows: readonly Row[], ...cols: string[]): Map<string, Row> {
  return new Map(rows.map((r) => [cols.map((c) => String(r[c] ?? '')).join(':'), r]));
}

/** A published aggregate of a part of the report, named as in the findings ("table 8"). */
function aggregate(d: Datasets, part: string, stat: string, entity: string, measure: string): number | null {
  const row = d.publishedAggregates.find(
    (r) => `${String(r.source_kind)} ${String(r.source_number)}` === part && r.stat === stat && r.entity_id === entity && r.measure === measure,
  );
  return row ? num(row.value) : null;
}

/** Section headline (score, satisfaction, rank) against table 8 and table 1. */
function headlines(d: Datasets, out: Finding[]): void {
  const table8 = index(d.services, 'service_id', 'year');
  for (const h of d.serviceHeadlines) {
    const t = table8.get(`${h.service_id}:${h.year}`);
    if (!t) continue;
    const base = { check: 'headline_vs_table8' as const, dataset: 'serviceHeadlines' as const, key: rowKey('serviceHeadlines', h) };
    compare(out, { ...base, measure: 'avg_score', against: 'table 8' }, h.avg_score, t.avg_score);
    compare(out, { ...base, measure: 'satisfaction_pct', against: 'table 8' }, h.satisfaction_pct, t.satisfaction_pct);
    compare(out, { ...base, measure: 'rank', against: 'table 8' }, h.rank, t.rank);
    compare(out, { ...base, measure: 'respondents', against: 'table 1' }, h.respondents, t.respondents);
  }
}

/** The 2020 national figures as printed in tables 1, 4, 6, 7 and 8. */
function national(d: Datasets, out: Finding[]): void {
  const n = d.national.find((r) => r.year === 2020);
  if (!n) return;
  const base = { check: 'national_totals' as const, dataset: 'national' as const, key: rowKey('national', n) };
  const all = d.providers.find((r) => r.provider_id === 'all' && r.year === 2020);
  compare(out, { ...base, measure: 'avg_score', against: 'table 7' }, n.avg_score, all?.avg_score);
  compare(out, { ...base, measure: 'satisfaction_pct', against: 'table 7' }, n.satisfaction_pct, all?.satisfaction_pct);
  compare(out, { ...base, measure: 'avg_score', against: 'table 8' }, n.avg_score, aggregate(d, 'table 8', 'total', 'all', 'avg_score'));
  compare(out, { ...base, measure: 'satisfaction_pct', against: 'table 8' }, n.satisfaction_pct, aggregate(d, 'table 8', 'total', 'all', 'satisfaction_pct'));
  compare(out, { ...base, measure: 'respondents', against: 'table 1' }, n.respondents, aggregate(d, 'table 1', 'total', 'all', 'respondents'));
  compare(out, { ...base, measure: 'respondents', against: 'table 4' }, n.respondents, aggregate(d, 'table 4', 'total', 'all', 'respondents'));
  const services2020 = d.services.filter((r) => r.year === 2020);
  compare(out, { ...base, measure: 'respondents', against: 'sum of table 1' }, n.respondents,
    services2020.reduce((s, r) => s + (num(r.respondents) ?? 0), 0));
  compare(out, { ...base, measure: 'services', against: 'services listed in table 1' }, n.services, d.refServices.length);
}

/** Regional samples (table 4) summing to the published total. */
function samples(d: Datasets, out: Finding[]): void {
  const rows = d.regionSamples.filter((r) => r.year === 2020);
  if (rows.length === 0) return;
  const base = { check: 'sample_sum' as const, dataset: 'regionSamples' as const, key: '' };
  compare(out, { ...base, measure: 'respondents', against: 'sum of the rows of table 4' },
    aggregate(d, 'table 4', 'total', 'all', 'respondents'), rows.reduce((s, r) => s + (num(r.respondents) ?? 0), 0));
  // Shares are rounded to one decimal each: their sum may be off by up to 0.05 per row.
  compare(out, { ...base, measure: 'share_pct', against: 'sum of the rows of table 4' },
    aggregate(d, 'table 4', 'total', 'all', 'share_pct'), round(rows.reduce((s, r) => s + (num(r.share_pct) ?? 0), 0), 1), 0.05 * rows.length);
}

/** Published 2019→2020 changes and multi-year means of tables 10 and 11, recomputed. */
function dynamics(d: Datasets, out: Finding[], dataset: 'bodies' | 'regions', scope: string, idCol: string, meanStat: string, years: readonly number[]): void {
  const table = dataset === 'bodies' ? 'table 10' : 'table 11';
  const byEntity = new Map<string, Row[]>();
  for (const r of d[dataset]) if (r.scope === scope) byEntity.set(String(r[idCol]), [...(byEntity.get(String(r[idCol])) ?? []), r]);
  for (const [id, rows] of [...byEntity].sort()) {
    const year = (y: number) => rows.find((r) => r.year === y);
    const r2020 = year(2020);
    if (!r2020) continue;
    for (const measure of ['avg_score', 'satisfaction_pct'] as const) {
      const digits = measure === 'avg_score' ? 2 : 1;
      const a = num(year(2019)?.[measure]);
      const b = num(r2020[measure]);
      if (a !== null && b !== null) {
        compare(out, { check: 'published_change', dataset, key: rowKey(dataset, r2020), measure, against: 'recomputed from the 2019 and 2020 values' },
          aggregate(d, table, 'change_2019_2020', id, measure), round(b - a, digits));
      }
      const values = years.map((y) => num(year(y)?.[measure])).filter((v): v is number => v !== null);
      if (values.length > 0) {
        compare(out, { check: 'published_mean', dataset, key: rowKey(dataset, r2020), measure, against: `recomputed as the mean of ${values.length} published years` },
          aggregate(d, table, meanStat, id, measure), round(values.reduce((s, v) => s + v, 0) / values.length, digits + 1), MEAN_TOLERANCE[measure]);
      }
    }
  }
}

/** The two "all providers" region rankings of 2020: table 12 and appendix B. */
function regionRankings(d: Datasets, out: Finding[]): void {
  const t12 = index(d.regions.filter((r) => r.scope === 'all_providers'), 'region_id', 'year');
  for (const b of d.regions.filter((r) => r.scope === 'appendix_b')) {
    const t = t12.get(`${b.region_id}:${b.year}`);
    if (!t) continue;
    const base = { check: 'appendix_b_vs_table12' as const, dataset: 'regions' as const, key: rowKey('regions', b), against: 'table 12' };
    compare(out, { ...base, measure: 'avg_score' }, b.avg_score, t.avg_score);
    compare(out, { ...base, measure: 'satisfaction_pct' }, b.satisfaction_pct, t.satisfaction_pct);
    compare(out, { ...base, measure: 'rank' }, b.rank, t.rank);
  }
}

/** Totals printed under tables 13–15 against table 7. */
function channelTotals(d: Datasets, out: Finding[]): void {
  for (const p of d.providers) {
    for (const table of ['table 13', 'table 14', 'table 15']) {
      for (const measure of ['avg_score', 'satisfaction_pct'] as const) {
        compare(out, { check: 'channel_totals', dataset: 'providers', key: rowKey('providers', p), measure, against: table },
          p[measure], aggregate(d, table, 'total', String(p.provider_id), measure));
      }
    }
  }
}

export function runCrossChecks(d: Datasets): Finding[] {
  const out: Finding[] = [];
  headlines(d, out);
  national(d, out);
  samples(d, out);
  dynamics(d, out, 'bodies', 'own', 'body_id', 'mean_2017_2020', [2017, 2018, 2019, 2020]);
  dynamics(d, out, 'regions', 'leb', 'region_id', 'mean_2016_2020', [2016, 2017, 2018, 2019, 2020]);
  regionRankings(d, out);
  channelTotals(d, out);
  return out;
}

/** Note id for a finding: stable across runs (check, dataset key, measure, comparison). */
export function findingNoteId(f: Finding): string {
  const against = f.against.replace(/[^a-z0-9]+/gi, '_').toLowerCase().replace(/^_|_$/g, '');
  return [f.check, f.key.replace(/[^a-z0-9]+/gi, '_'), f.measure, against].filter((s) => s !== '').join('__').toLowerCase();
}
