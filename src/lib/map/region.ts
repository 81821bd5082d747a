// Pure figures of a region page and of the region comparison.
import { compareText } from '../i18n/collate.ts';
import { sourceOf, type SourceRef } from '../data/source-label.ts';
import { difference } from '../stats/change.ts';
import { competitionRanks } from '../stats/rank.ts';
import { latestYear } from '../years/survey-years.ts';
import { pointsOf, SCOPES, selectMapRows, type MapInputs, type Metric, type NationalRow, type RegionRef, type Scope, type ServiceRegionRow, type ServiceValueRow } from './select.ts';

export interface YearPoint {
  year: number;
  value: number | null;
}

/** A region's yearly series of one scope (every year that scope has in the data). */
export function regionSeries(regionId: string, scope: Scope, metric: Metric, inputs: MapInputs): YearPoint[] {
  const points = pointsOf(scope, metric, regionId, inputs);
  const years = [...new Set(inputs.regionValues.filter((r) => r.scope === scope).map((r) => r.year))].sort((a, b) => a - b);
  return years.map((year) => ({ year, value: points.get(year) ?? null }));
}

/** The national value (table 6: all services, all providers) for the given years. */
export function nationalSeries(national: readonly NationalRow[], metric: Metric, years: readonly number[]): YearPoint[] {
  const byYear = new Map(national.map((n) => [n.year, n]));
  // Only the years on the current rating scale (scale_max of the latest year) are comparable with
  // the regional series.
  const scale = byYear.get(latestYear(national) ?? Number.NaN)?.scale_max;
  return years.map((year) => {
    const n = byYear.get(year);
    return { year, value: n && n.scale_max === scale ? n[metric] : null };
  });
}

export interface RankEntry {
  scope: Scope;
  year: number;
  rank: number | null;
  of: number;
  published: boolean;
  value: number | null;
}

/** A region's rank in every (scope, year) of the regional tables, oldest first, scope order kept. */
export function rankHistory(regionId: string, metric: Metric, inputs: MapInputs): RankEntry[] {
  const out: RankEntry[] = [];
  for (const scope of SCOPES) {
    const years = [...new Set(inputs.regionValues.filter((r) => r.scope === scope).map((r) => r.year))].sort((a, b) => a - b);
    for (const year of years) {
      const row = selectMapRows(scope, metric, year, inputs).find((r) => r.regionId === regionId);
      if (!row) continue;
      out.push({ scope, year, rank: row.rank, of: row.rankedOf, published: row.rankPublished, value: row.value });
    }
  }
  return out;
}

export interface ServiceComparison {
  serviceId: string;
  year: number;
  value: number | null;
  national: number | null;
  /** value − national, rounded to the published precision; null if either is missing. */
  difference: number | null;
  rank: number | null;
  of: number;
  /** The service's respondents in the whole country (table 1): regional values rest on few answers. */
  nationalRespondents: number | null;
  source: SourceRef | null;
}


/**
 * A region's score for every service with a regional breakdown next to the national value of
 * that service (table 8), strongest first (by difference from the national value, then by value).
 */
export function serviceComparison(
  regionId: string,
  metric: Metric,
  serviceRegions: readonly ServiceRegionRow[],
  services: readonly ServiceValueRow[],
): ServiceComparison[] {
  const ids = [...new Set(serviceRegions.map((r) => r.service_id))];
  const out: ServiceComparison[] = [];
  for (const serviceId of ids) {
    const rows = serviceRegions.filter((r) => r.service_id === serviceId);
    const year = Math.max(...rows.map((r) => r.year));
    const inYear = rows.filter((r) => r.year === year);
    const own = inYear.find((r) => r.region_id === regionId);
    const nat = services.find((s) => s.service_id === serviceId && s.year === year);
    const value = own?.[metric] ?? null;
    const national = nat?.[metric] ?? null;
    const ranks = competitionRanks(inYear.map((r) => ({ id: r.region_id, value: r[metric] })));
    out.push({
      serviceId,
      year,
      value,
      national,
      difference: value !== null && national !== null ? difference(value, national) : null,
      rank: value === null ? null : (ranks.get(regionId) ?? null),
      of: inYear.filter((r) => r[metric] !== null).length,
      nationalRespondents: nat?.respondents ?? null,
      source: own ? sourceOf(own) : inYear[0] ? sourceOf(inYear[0]) : null,
    });
  }
  return out.sort((a, b) => {
    if (a.difference === null || b.difference === null) return a.difference === b.difference ? compareText(a.serviceId, b.serviceId) : a.difference === null ? 1 : -1;
    return b.difference - a.difference || (b.value ?? 0) - (a.value ?? 0) || compareText(a.serviceId, b.serviceId);
  });
}

export interface CompareCell {
  value: number | null;
  rank: number | null;
  of: number;
  exists: boolean;
}

export interface CompareLine {
  scope: Scope;
  year: number;
  cells: Record<string, CompareCell>;
}

/** Side-by-side regional scores and ranks of the chosen regions in every (scope, year). */
export function compareScopes(regionIds: readonly string[], metric: Metric, inputs: MapInputs): CompareLine[] {
  const lines: CompareLine[] = [];
  for (const scope of SCOPES) {
    const years = [...new Set(inputs.regionValues.filter((r) => r.scope === scope).map((r) => r.year))].sort((a, b) => b - a);
    for (const year of years) {
      const rows = selectMapRows(scope, metric, year, inputs);
      const cells: Record<string, CompareCell> = {};
      for (const id of regionIds) {
        const r = rows.find((x) => x.regionId === id);
        cells[id] = { value: r?.value ?? null, rank: r?.rank ?? null, of: r?.rankedOf ?? 0, exists: r?.exists ?? false };
      }
      lines.push({ scope, year, cells });
    }
  }
  return lines;
}

export interface CompareServiceLine {
  serviceId: string;
  year: number;
  national: number | null;
  values: Record<string, number | null>;
  /** Highest minus lowest value among the chosen regions with a value (null below two values). */
  spread: number | null;
}

/** Per-service values of the chosen regions, with the spread between them; largest spread first. */
export function compareServices(
  regionIds: readonly string[],
  metric: Metric,
  serviceRegions: readonly ServiceRegionRow[],
  services: readonly ServiceValueRow[],
): CompareServiceLine[] {
  const ids = [...new Set(serviceRegions.map((r) => r.service_id))];
  const lines = ids.map((serviceId) => {
    const rows = serviceRegions.filter((r) => r.service_id === serviceId);
    const year = Math.max(...rows.map((r) => r.year));
    const values: Record<string, number | null> = {};
    for (const id of regionIds) values[id] = rows.find((r) => r.year === year && r.region_id === id)?.[metric] ?? null;
    const present = Object.values(values).filter((v): v is number => v !== null);
    return {
      serviceId,
      year,
      national: services.find((s) => s.service_id === serviceId && s.year === year)?.[metric] ?? null,
      values,
      spread: present.length >= 2 ? difference(Math.max(...present), Math.min(...present)) : null,
    };
  });
  return lines.sort((a, b) => {
    if (a.spread === null || b.spread === null) return a.spread === b.spread ? compareText(a.serviceId, b.serviceId) : a.spread === null ? 1 : -1;
    return b.spread - a.spread || compareText(a.serviceId, b.serviceId);
  });
}

/** Keep only known region ids, at most `max`, order kept. */
export function validCompareIds(ids: readonly string[], regions: readonly RegionRef[], max = 4): string[] {
  const known = new Set(regions.map((r) => r.region_id));
  return ids.filter((id) => known.has(id)).slice(0, max);
}
