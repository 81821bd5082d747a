// Rankings of loaded control reports (by region or by reporter) on a rate: late services or refusals
// per 1,000 delivered, complaints per 10,000. Counts are never ranked: a region with more reporters
// or more services delivered has more of everything. Lowest rate first. Each rate has a 95% Wilson
// interval (the numerator as a share of the denominator, then scaled), and the same pairwise reading
// as the survey rankings (lib/stats/ties.ts). Entities with a denominator of 0 or none are listed
// apart, unranked; so are partial years.
import { wilson, type Interval } from '../../stats/wilson.ts';
import { tieInfo, type TieInfo } from '../../stats/ties.ts';
import { competitionRanks } from '../../stats/rank.ts';
import { comparePeriods, parsePeriod } from '../period.ts';
import type { ControlMeasure, ControlPeriod, RegionalValue } from './regional.ts';

export interface ControlRanked extends RegionalValue {
  rank: number;
  /** 95% interval of the rate, in the rate's units (per 1,000…); null when the numerator exceeds the denominator. */
  interval: Interval | null;
  ties: TieInfo;
}

export interface ControlRanking {
  ranked: ControlRanked[];
  /** No rate: denominator 0 or missing, every report blank, or a partial year. */
  apart: RegionalValue[];
}

export const isRate = (m: ControlMeasure) => m.denominator !== undefined;

export function rankControl(values: Iterable<RegionalValue>, measure: ControlMeasure): ControlRanking {
  if (!isRate(measure)) throw new Error(`control ranking: ${measure.id} is a count, not a rate; counts are not ranked`);
  const per = measure.per ?? 1;
  const rated: Array<RegionalValue & { interval: Interval | null }> = [];
  const apart: RegionalValue[] = [];
  for (const v of values) {
    if (v.value === null || v.numerator === null || v.denominator === null || v.denominator <= 0) {
      apart.push(v);
      continue;
    }
    const share = wilson(v.numerator / v.denominator, v.denominator);
    rated.push({ ...v, interval: share && { lo: share.lo * per, hi: share.hi * per } });
  }
  rated.sort((a, b) => (a.value as number) - (b.value as number) || a.id.localeCompare(b.id));
  const ties = tieInfo(rated.map((r) => ({ id: r.id, interval: r.interval })));
  // Equal rates share a rank (1, 2, 2, 4), as in the survey rankings; the lowest rate ranks first.
  const ranks = competitionRanks(rated.map((r) => ({ id: r.id, value: -(r.value as number) })));
  const ranked = rated.map((r) => ({ ...r, rank: ranks.get(r.id) as number, ties: ties.get(r.id) as TieInfo }));
  return { ranked, apart };
}

/** How many ranked entities an entity's interval overlaps ("not distinguishable from"), besides itself. */
export function notDistinguishable(r: ControlRanked, ranked: number): number | null {
  const { clearlyHigher, clearlyLower } = r.ties;
  return clearlyHigher === null || clearlyLower === null ? null : ranked - 1 - clearlyHigher - clearlyLower;
}

/** The periods the reports can be ranked in: their quarters and their years, newest first. */
export function controlPeriods(reports: Iterable<{ quarter: string }>): string[] {
  const quarters = new Set<string>();
  const years = new Set<string>();
  for (const r of reports) {
    const p = parsePeriod(r.quarter);
    if (p?.kind !== 'quarter') continue;
    quarters.add(r.quarter);
    years.add(String(p.year));
  }
  // In the one period order (a year after its fourth quarter), newest first.
  return [...quarters, ...years].sort(comparePeriods).reverse();
}

/** A period as written in the URL ("2022-Q3" or "2022") as regional.ts takes it. */
export function controlPeriod(raw: string): ControlPeriod | undefined {
  const p = parsePeriod(raw);
  if (p?.kind === 'quarter') return { kind: 'quarter', quarter: raw };
  return /^\d{4}$/.test(raw) ? { kind: 'year', year: Number(raw) } : undefined;
}
