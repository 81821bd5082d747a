// Pure selection of the figures the map, its table, the region pages and the comparison show.
// No Svelte, no DOM: every function here is unit tested with hand-checked values.
import type { DatasetRow } from '../data/datasets.ts';
import { sourceOf, uniqueSources, type SourceRef } from '../data/source-label.ts';
import type { NoteRow } from '../data/notes.ts';
import { changeFromPrevious, type Change } from '../stats/change.ts';
import { oldNameIn, type OldName, type SeriesRef } from '../stats/breaks.ts';
import { competitionRanks } from '../stats/rank.ts';
import type { MeasureId } from '../measures/registry.ts';
import { thirdOfRank, type Third } from '../stats/thirds.ts';
import { surveyDay, validOn } from '../regions/periods.ts';

export const SCOPES = ['leb', 'all_providers', 'appendix_b'] as const;
export type Scope = (typeof SCOPES)[number];
/** The map's measures are the registry's (lib/measures/registry.ts). */
export type Metric = MeasureId;

export type RegionRef = DatasetRow<'reference/regions.csv'>;
export type RegionValueRow = DatasetRow<'monitoring/regions.csv'>;
export type ServiceRegionRow = DatasetRow<'monitoring/service_regions.csv'>;
export type SampleRow = DatasetRow<'monitoring/region_samples.csv'>;
export type ServiceValueRow = DatasetRow<'monitoring/services.csv'>;
export type NationalRow = DatasetRow<'monitoring/national.csv'>;

export interface MapInputs {
  regions: readonly RegionRef[];
  regionValues: readonly RegionValueRow[];
  serviceRegions: readonly ServiceRegionRow[];
  samples: readonly SampleRow[];
}

export function isScope(id: string): id is Scope {
  return (SCOPES as readonly string[]).includes(id);
}

/** Services with a regional breakdown, sorted by id. */
export function regionalServiceIds(serviceRegions: readonly ServiceRegionRow[]): string[] {
  return [...new Set(serviceRegions.map((r) => r.service_id))].sort();
}

/** The rows of one dataset (a scope of monitoring/regions, or a service of service_regions). */
function rowsOf(dataset: string, inputs: Pick<MapInputs, 'regionValues' | 'serviceRegions'>): Array<RegionValueRow | ServiceRegionRow> {
  return isScope(dataset) ? inputs.regionValues.filter((r) => r.scope === dataset) : inputs.serviceRegions.filter((r) => r.service_id === dataset);
}

/** Years a dataset has, ascending. Empty for an unknown dataset. */
export function yearsOf(dataset: string, inputs: Pick<MapInputs, 'regionValues' | 'serviceRegions'>): number[] {
  return [...new Set(rowsOf(dataset, inputs).map((r) => r.year))].sort((a, b) => a - b);
}

/** Whether a region existed (in the form of our id) at the end of a survey year: Shymkent only from 2018. */
export function existsIn(region: Pick<RegionRef, 'valid_from' | 'valid_to'>, year: number): boolean {
  return validOn(region, surveyDay(year));
}

/** A region's values of one dataset and metric by year. */
export function pointsOf(dataset: string, metric: Metric, regionId: string, inputs: Pick<MapInputs, 'regionValues' | 'serviceRegions'>): Map<number, number | null> {
  const out = new Map<number, number | null>();
  for (const r of rowsOf(dataset, inputs)) if (r.region_id === regionId) out.set(r.year, r[metric]);
  return out;
}

/** The survey years whose regional ranks the report publishes (the average score's): the rank column. */
export function publishedRankYears(regionValues: readonly RegionValueRow[]): number[] {
  return [...new Set(regionValues.filter((r) => r.rank !== null && r.avg_score !== null).map((r) => r.year))].sort((a, b) => a - b);
}

/** The years of the two "all providers" rankings that disagree (table 12 and appendix B): the datasets' years. */
export function twoRankingYears(regionValues: readonly RegionValueRow[]): number[] {
  return [...new Set(regionValues.filter((r) => r.scope === 'all_providers' || r.scope === 'appendix_b').map((r) => r.year))].sort((a, b) => a - b);
}

export interface MapRow {
  regionId: string;
  kind: string;
  /** false: the region did not exist in this form that year (Shymkent before 2018). */
  exists: boolean;
  value: number | null;
  rank: number | null;
  /** Number of regions ranked. */
  rankedOf: number;
  /** Third of the ranking (lib/stats/thirds.ts, the rule the rankings use too). */
  third: Third | null;
  /** The report's own rank (2020, average score) rather than one computed here. */
  rankPublished: boolean;
  change: Change;
  /** Respondents surveyed in the region (2020, table 4: all services), where known. */
  respondents: number | null;
  source: SourceRef | null;
}

export function seriesRefOf(regionId: string): SeriesRef {
  return { kind: 'region', id: regionId };
}

/**
 * One row per region (in the order of the reference table) for a dataset, metric and year:
 * value, rank (published where the report gives one for this metric, else computed from the
 * values shown), change from the previous year (never across a series break), respondents.
 */
export function selectMapRows(dataset: string, metric: Metric, year: number, inputs: MapInputs): MapRow[] {
  const rows = rowsOf(dataset, inputs);
  const inYear = new Map(rows.filter((r) => r.year === year).map((r) => [r.region_id, r]));
  const values = inputs.regions.map((reg) => ({ id: reg.region_id, value: inYear.get(reg.region_id)?.[metric] ?? null }));
  const present = values.filter((v) => v.value !== null);
  const publishedRanks = new Map<string, number>();
  if (metric === 'avg_score') {
    for (const r of inYear.values()) if ('rank' in r && r.rank !== null && r.avg_score !== null) publishedRanks.set(r.region_id, r.rank);
  }
  const usePublished = present.length > 0 && present.every((v) => publishedRanks.has(v.id));
  const ranks = usePublished ? publishedRanks : competitionRanks(values);
  const samples = isScope(dataset) ? new Map(inputs.samples.filter((s) => s.year === year).map((s) => [s.region_id, s.respondents])) : new Map<string, number | null>();

  return inputs.regions.map((reg) => {
    const row = inYear.get(reg.region_id);
    const value = row?.[metric] ?? null;
    const points = new Map<number, number | null>();
    for (const r of rows) if (r.region_id === reg.region_id) points.set(r.year, r[metric]);
    const rank = value === null ? null : (ranks.get(reg.region_id) ?? null);
    return {
      regionId: reg.region_id,
      kind: reg.kind,
      exists: existsIn(reg, year),
      value,
      rank,
      rankedOf: present.length,
      third: thirdOfRank(rank, present.length),
      rankPublished: usePublished,
      change: value === null ? { kind: 'none' } : changeFromPrevious(seriesRefOf(reg.region_id), points, year),
      respondents: samples.get(reg.region_id) ?? null,
      source: row ? sourceOf(row) : null,
    };
  });
}

/** A region's label can depend on the year (renamings in reference/series_breaks.csv). */
export function historicName(regionId: string, year: number): OldName | null {
  return oldNameIn(regionId, year);
}

/** Distinct sources of a set of rows, in first-seen order. */
export function sourcesOf(rows: ReadonlyArray<{ source: SourceRef | null }>): SourceRef[] {
  return uniqueSources(rows.map((r) => r.source));
}

function keyParts(note: NoteRow): string[] {
  return note.key ? note.key.split(':') : [];
}

/**
 * Notes from notes.csv that concern what the map shows: the dataset as a whole, or a row of the
 * shown year. Table 12 and appendix B disagree: notes on appendix B rows also concern table 12.
 */
export function notesForView(notes: readonly NoteRow[], dataset: string, year: number): NoteRow[] {
  if (isScope(dataset)) {
    return notes.filter((n) => {
      if (n.dataset !== 'monitoring/regions') return false;
      const parts = keyParts(n);
      if (parts.length === 0) return dataset !== 'leb' || n.kind !== 'disagreement';
      const [, y, scope] = parts;
      if (Number(y) !== year) return false;
      return scope === dataset || (dataset === 'all_providers' && scope === 'appendix_b' && n.kind === 'disagreement');
    });
  }
  return notes.filter((n) => {
    if (n.dataset !== 'monitoring/service_regions') return false;
    const parts = keyParts(n);
    return parts[0] === dataset && (parts.length === 1 || Number(parts[1]) === year);
  });
}

/** Of the notes of a view, those about one region's row. */
export function notesForRow(viewNotes: readonly NoteRow[], regionId: string): NoteRow[] {
  return viewNotes.filter((n) => {
    const parts = keyParts(n);
    return parts.length > 1 && parts[0] === regionId;
  });
}

/**
 * Notes about one region anywhere in the regional datasets (for its page). A whole-table note on a
 * service ("no figures for 3 regions (…)", key = the service) concerns the regions that table leaves
 * out, i.e. those with no row of that service: read from the data, not from the note's wording.
 */
export function notesForRegion(notes: readonly NoteRow[], regionId: string, serviceRegions: readonly ServiceRegionRow[]): NoteRow[] {
  return notes.filter((n) => {
    if (n.dataset !== 'monitoring/regions' && n.dataset !== 'monitoring/service_regions' && n.dataset !== 'monitoring/region_samples') return false;
    const parts = keyParts(n);
    if (parts.length === 0) return n.dataset === 'monitoring/regions';
    if (parts.includes(regionId)) return true;
    return parts.length === 1 && n.kind === 'missing_rows' && !serviceRegions.some((r) => r.service_id === parts[0] && r.region_id === regionId);
  });
}

export type ProviderValueRow = DatasetRow<'monitoring/providers.csv'>;

/**
 * The national value of the same scope, where the report gives one: local executive bodies and all
 * providers by provider kind (table 7, 2020), a service's national value (table 8).
 */
export function nationalFor(
  dataset: string,
  metric: Metric,
  year: number,
  providers: readonly ProviderValueRow[],
  services: readonly ServiceValueRow[],
): { value: number; source: SourceRef } | null {
  let row: (SourceRef & { avg_score: number | null; satisfaction_pct: number | null }) | undefined;
  if (dataset === 'leb') row = providers.find((p) => p.provider_id === 'leb' && p.year === year);
  else if (dataset === 'all_providers' || dataset === 'appendix_b') row = providers.find((p) => p.provider_id === 'all' && p.year === year);
  else row = services.find((s) => s.service_id === dataset && s.year === year);
  const value = row?.[metric] ?? null;
  return row && value !== null ? { value, source: sourceOf(row) } : null;
}
