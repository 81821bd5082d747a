// The answer at the top of a region page: "how is my region doing, and is it getting better?".
// Pure figures from the data the page already has (local executive bodies, table 11): the latest
// score and satisfaction, satisfaction's 95% interval, the rank with its third, the change since
// the previous year with what the intervals allow to say of it, and the services furthest above
// and below the national value.
import { intervalsOverlap, tieInfo } from '../stats/ties.ts';
import { wilsonPct, type Interval } from '../stats/wilson.ts';
import type { Change } from '../stats/change.ts';
import type { Third } from '../stats/thirds.ts';
import { latestYear } from '../years/survey-years.ts';
import { serviceComparison, type ServiceComparison } from './region.ts';
import { selectMapRows, type MapInputs, type Scope, type ServiceRegionRow, type ServiceValueRow } from './select.ts';

/**
 * What the intervals say of a change of satisfaction: both years' 95% intervals apart ("up",
 * "down"), overlapping ("within" the margin), or one of them unknown (respondents of that year not
 * published): "unknown", never a guess.
 */
export type ChangeReading = 'up' | 'down' | 'within' | 'unknown';

export interface RegionHeadline {
  scope: Scope;
  year: number;
  score: number | null;
  satisfaction: number | null;
  /** Respondents in the region that year (table 4), the n of the interval. */
  respondents: number | null;
  /** 95% Wilson interval of satisfaction, in %; null where n is not published. */
  satisfactionInterval: Interval | null;
  /** Rank by average score among the regions ranked that year, with its third. */
  rank: number | null;
  of: number;
  third: Third | null;
  rankPublished: boolean;
  /**
   * Pairwise (lib/stats/ties.ts): how many regions' satisfaction intervals lie wholly below / above
   * this region's that year; null without intervals.
   */
  clearlyHigherThan: number | null;
  clearlyLowerThan: number | null;
  /** Change since the previous year (never across a series break). */
  scoreChange: Change;
  satisfactionChange: Change;
  satisfactionReading: ChangeReading;
  /** The previous year's satisfaction interval, where its respondents are published. */
  previousInterval: Interval | null;
  /** The services furthest above and below their national value (latest year with a breakdown). */
  best: ServiceComparison | null;
  worst: ServiceComparison | null;
}

/** Respondents of a region in a year (table 4), or null. */
function respondentsIn(inputs: MapInputs, regionId: string, year: number): number | null {
  return inputs.samples.find((s) => s.region_id === regionId && s.year === year)?.respondents ?? null;
}

/** Reading of a change of satisfaction from its two intervals. */
export function readChange(previous: Interval | null, current: Interval | null): ChangeReading {
  if (!previous || !current) return 'unknown';
  if (intervalsOverlap(previous, current)) return 'within';
  return current.lo > previous.hi ? 'up' : 'down';
}

/**
 * The headline of a region: figures of the latest year in which the scope has a value for it, or
 * null when it has none. Best and worst services come from `serviceComparison` (the table below
 * the headline), best = furthest above the national value, worst = furthest below (only when
 * there are two services or more, so one service is never both).
 *   regionHeadline('akmola', inputs, services, serviceValues) → { year: 2020, score: 4.73, rank: 1, of: 17, third: 'top', … }
 */
export function regionHeadline(
  regionId: string,
  inputs: MapInputs,
  serviceRegions: readonly ServiceRegionRow[],
  serviceValues: readonly ServiceValueRow[],
  scope: Scope = 'leb',
): RegionHeadline | null {
  const rows = inputs.regionValues.filter((r) => r.scope === scope && r.region_id === regionId && (r.avg_score !== null || r.satisfaction_pct !== null));
  const year = latestYear(rows);
  if (year === null || year === undefined) return null;
  const byScore = selectMapRows(scope, 'avg_score', year, inputs);
  const bySatisfaction = selectMapRows(scope, 'satisfaction_pct', year, inputs);
  const own = byScore.find((r) => r.regionId === regionId);
  const ownSat = bySatisfaction.find((r) => r.regionId === regionId);
  if (!own || !ownSat) return null;

  const respondents = respondentsIn(inputs, regionId, year);
  const satisfactionInterval = wilsonPct(ownSat.value, respondents);
  // Pairwise among the regions ranked that year, in rank order (ties.ts counts by the intervals).
  const ranked = byScore.filter((r) => r.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const satOf = new Map(bySatisfaction.map((r) => [r.regionId, r.value]));
  const ties = tieInfo(ranked.map((r) => ({ id: r.regionId, interval: wilsonPct(satOf.get(r.regionId) ?? null, respondentsIn(inputs, r.regionId, year)) })));
  const tie = ties.get(regionId);

  const previous = rows.find((r) => r.year === year - 1);
  const previousInterval = wilsonPct(previous?.satisfaction_pct ?? null, respondentsIn(inputs, regionId, year - 1));
  const satisfactionChange = ownSat.change;

  const services = serviceComparison(regionId, 'avg_score', serviceRegions, serviceValues).filter((s) => s.difference !== null);
  return {
    scope,
    year,
    score: own.value,
    satisfaction: ownSat.value,
    respondents,
    satisfactionInterval,
    rank: own.rank,
    of: own.rankedOf,
    third: own.third,
    rankPublished: own.rankPublished,
    clearlyHigherThan: tie?.clearlyHigher ?? null,
    clearlyLowerThan: tie?.clearlyLower ?? null,
    scoreChange: own.change,
    satisfactionChange,
    satisfactionReading: satisfactionChange.kind === 'value' ? readChange(previousInterval, satisfactionInterval) : 'unknown',
    previousInterval,
    best: services[0] ?? null,
    worst: services.length > 1 ? (services[services.length - 1] ?? null) : null,
  };
}
