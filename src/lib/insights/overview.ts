// Pure selection logic of the overview: the latest survey's headline figures and the best and
// worst entities of each ranking.
import type { DatasetRow } from '../data/datasets.ts';
import { changeFromPrevious, type Change } from '../stats/change.ts';
import { wilsonPct, type Interval } from '../stats/wilson.ts';
import { OVERVIEW_REGION_SCOPE } from './overview-scope.ts';
import { bestAndWorst, rankBodies, rankRegions, rankServices, scoreRange, type Ranked } from './rankings.ts';

type NationalRow = DatasetRow<'monitoring/national.csv'>;

export interface Headline {
  latest: NationalRow;
  avgChange: Change;
  satisfactionChange: Change;
  satisfactionInterval: Interval | null;
  /** Services surveyed (ranked) and studied only qualitatively, from the reference list. */
  surveyed: number;
  qualitative: number;
}

export { OVERVIEW_REGION_SCOPE };

export function headline(national: readonly NationalRow[], serviceRef: readonly DatasetRow<'reference/services.csv'>[]): Headline | null {
  const latest = [...national].sort((a, b) => b.year - a.year)[0];
  if (!latest) return null;
  const ref = { kind: 'national' } as const;
  return {
    latest,
    avgChange: changeFromPrevious(ref, new Map(national.map((r) => [r.year, r.avg_score])), latest.year),
    satisfactionChange: changeFromPrevious(ref, new Map(national.map((r) => [r.year, r.satisfaction_pct])), latest.year),
    satisfactionInterval: wilsonPct(latest.satisfaction_pct, latest.respondents),
    surveyed: serviceRef.filter((s) => s.surveyed).length,
    qualitative: serviceRef.filter((s) => !s.surveyed).length,
  };
}

export interface Extremes<R extends Ranked> {
  best: R[];
  worst: R[];
  count: number;
  range: number | null;
}

function extremes<R extends Ranked>(rows: R[], k: number): Extremes<R> {
  const ranked = rows.filter((r) => r.rank !== null);
  return { ...bestAndWorst(ranked, k), count: ranked.length, range: scoreRange(ranked) };
}

export function overviewExtremes(
  input: {
    bodies: readonly DatasetRow<'monitoring/bodies.csv'>[];
    services: readonly DatasetRow<'monitoring/services.csv'>[];
    serviceRef: readonly DatasetRow<'reference/services.csv'>[];
    regions: readonly DatasetRow<'monitoring/regions.csv'>[];
    samples: readonly DatasetRow<'monitoring/region_samples.csv'>[];
  },
  year: number,
  k = 3,
) {
  return {
    // Scopes: bodies' own offices (table 9); services (table 8); regions with all providers (table 12).
    bodies: extremes(rankBodies(input.bodies, year, 'own'), k),
    services: extremes(rankServices(input.services, input.serviceRef, year).ranked, k),
    regions: extremes(rankRegions(input.regions, input.samples, year, OVERVIEW_REGION_SCOPE), k),
  };
}
