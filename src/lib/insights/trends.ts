// Pure selection logic of the trends view: yearly series per entity, as values or as changes from
// the previous year (never across a series break or a gap).
import type { DatasetRow } from '../data/datasets.ts';
import type { SeriesRef } from '../stats/breaks.ts';
import { changeSeries } from '../stats/series.ts';

import { MEASURES, type MeasureId } from '../measures/registry.ts';
import { latestYear, surveyYears } from '../years/survey-years.ts';

/** The trends' measures are the registry's. */
export type Measure = MeasureId;
export const MODES = ['abs', 'change'] as const;
export type Mode = (typeof MODES)[number];

/** At most this many entities per chart (one colour each). */
export const MAX_PICKED = 7;

export interface TrendSeries {
  id: string;
  ref: SeriesRef;
  points: Array<{ year: number; value: number | null }>;
  /** Years whose change is not computed because of a series break. */
  breakYears: number[];
}

type NationalRow = DatasetRow<'monitoring/national.csv'>;
type BodyRow = DatasetRow<'monitoring/bodies.csv'>;
type RegionRow = DatasetRow<'monitoring/regions.csv'>;

function inMode(id: string, ref: SeriesRef, years: readonly number[], raw: Map<number, number | null>, mode: Mode): TrendSeries {
  const points = years.map((year) => ({ year, value: raw.get(year) ?? null }));
  if (mode === 'abs') return { id, ref, points, breakYears: [] };
  const changes = changeSeries(ref, points);
  return { id, ref, points: changes.map((c) => ({ year: c.year, value: c.value })), breakYears: changes.filter((c) => c.breakReason).map((c) => c.year) };
}

/** Every year of the national table (table and CSV). */
export function nationalTableYears(rows: readonly NationalRow[]): number[] {
  return surveyYears(rows);
}

/**
 * Years the national chart shows. Average scores of years on another rating scale (scale_max: the
 * early 10-point years) cannot share an axis with the current scale: they are left to the table.
 * Shares can (as separate segments, split at the series break).
 */
export function nationalYears(rows: readonly NationalRow[], measure: Measure): number[] {
  if (!MEASURES[measure].onRatingScale) return surveyYears(rows);
  const current = rows.find((r) => r.year === latestYear(rows))?.scale_max;
  return surveyYears(rows.filter((r) => r.scale_max === current));
}

/** Years of the ministries' trend (their own offices, table 10 and 9). */
export function bodyTrendYears(rows: readonly BodyRow[]): number[] {
  return surveyYears(rows.filter((r) => r.scope === 'own'));
}

/** Years of the regions' trend (local executive bodies, table 11). */
export function regionTrendYears(rows: readonly RegionRow[]): number[] {
  return surveyYears(rows.filter((r) => r.scope === 'leb'));
}

export function nationalSeries(rows: readonly NationalRow[], measure: Measure, mode: Mode, years: readonly number[] = nationalYears(rows, measure)): TrendSeries {
  const raw = new Map(rows.map((r) => [r.year, r[measure]]));
  return inMode('national', { kind: 'national' }, years, raw, mode);
}

export function bodySeries(rows: readonly BodyRow[], id: string, measure: Measure, mode: Mode, years: readonly number[] = bodyTrendYears(rows)): TrendSeries {
  const raw = new Map(rows.filter((r) => r.body_id === id && r.scope === 'own').map((r) => [r.year, r[measure]]));
  return inMode(id, { kind: 'body', id }, years, raw, mode);
}

export function regionSeries(rows: readonly RegionRow[], id: string, measure: Measure, mode: Mode, years: readonly number[] = regionTrendYears(rows)): TrendSeries {
  const raw = new Map(rows.filter((r) => r.region_id === id && r.scope === 'leb').map((r) => [r.year, r[measure]]));
  return inMode(id, { kind: 'region', id }, years, raw, mode);
}

/** Ids with at least one value in the years shown (the entities one may pick). */
export function pickableBodies(rows: readonly BodyRow[]): string[] {
  return [...new Set(rows.filter((r) => r.scope === 'own' && r.avg_score !== null).map((r) => r.body_id))];
}

export function pickableRegions(rows: readonly RegionRow[]): string[] {
  return [...new Set(rows.filter((r) => r.scope === 'leb' && r.avg_score !== null).map((r) => r.region_id))];
}

/** Toggle an id in a selection, keeping order and the maximum. */
export function toggle(selection: readonly string[], id: string, max = MAX_PICKED): string[] {
  if (selection.includes(id)) return selection.filter((x) => x !== id);
  return selection.length >= max ? [...selection] : [...selection, id];
}
