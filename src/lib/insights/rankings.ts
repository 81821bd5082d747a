// Pure ranking logic of the rankings and overview views: which rows, in which order, with which
// ranks, thirds, intervals and ties. Components only render what comes out of here.
import { compareText } from '../i18n/collate.ts';
import type { DatasetRow } from '../data/datasets.ts';
import { sourceOf, type SourceRef } from '../data/source-label.ts';
import { changeFromPrevious, difference, type Change } from '../stats/change.ts';
import { competitionRanks, rankChange } from '../stats/rank.ts';
import { isSmallSample } from '../stats/sample.ts';
import { thirdOf, type Third } from '../stats/thirds.ts';
import { tieInfo, type TieInfo } from '../stats/ties.ts';
import { wilsonPct, type Interval } from '../stats/wilson.ts';

type BodyRow = DatasetRow<'monitoring/bodies.csv'>;
type ServiceRow = DatasetRow<'monitoring/services.csv'>;
type ServiceRef = DatasetRow<'reference/services.csv'>;
type ProviderRow = DatasetRow<'monitoring/providers.csv'>;
type RegionRow = DatasetRow<'monitoring/regions.csv'>;
type SampleRow = DatasetRow<'monitoring/region_samples.csv'>;

export type BodyScope = BodyRow['scope'];

/** Fields every ranked row shares, so the tables and CSV exports can be built the same way. */
export interface Ranked {
  id: string;
  avg_score: number | null;
  satisfaction_pct: number | null;
  /** The rank shown: as published, or computed by us where the report gives none (`rankComputed`). */
  rank: number | null;
  rankComputed: boolean;
  third: Third | null;
  /** Respondents, where the report publishes them. */
  n: number | null;
  small: boolean;
  interval: Interval | null;
  tie: TieInfo | null;
  source: SourceRef;
}

/** Rank by [score, satisfaction] (the report's order: table 9 breaks equal scores by satisfaction). */
function computedRanks(rows: ReadonlyArray<{ id: string; avg_score: number | null; satisfaction_pct: number | null }>): Map<string, number> {
  return competitionRanks(rows.map((r) => ({ id: r.id, value: [r.avg_score, r.satisfaction_pct] })));
}

function withThirdsAndTies<R extends Ranked>(rows: R[]): R[] {
  const ranked = rows.filter((r) => r.rank !== null).sort((a, b) => a.rank! - b.rank! || compareText(a.id, b.id));
  const count = ranked.length;
  const ties = tieInfo(ranked.map((r) => ({ id: r.id, interval: r.interval })));
  for (const r of rows) {
    r.third = r.rank !== null ? thirdOf(r.rank, count) : null;
    r.tie = r.interval ? (ties.get(r.id) ?? null) : null;
  }
  return [...ranked, ...rows.filter((r) => r.rank === null)];
}

// ---------------------------------------------------------------------------------------------
// Central state bodies

export interface BodyRanked extends Ranked {
  year: number;
  scope: BodyScope;
  /** Rank in the previous year of the same scope (published or computed), if any. */
  previousRank: number | null;
  /** Places gained since the previous year (+ = up). */
  rankChange: number | null;
  /** Score change from the previous year, never across a break or a gap. */
  scoreChange: Change;
}

/** Years with data for a scope, ascending. */
export function bodyYears(rows: readonly BodyRow[], scope: BodyScope): number[] {
  return [...new Set(rows.filter((r) => r.scope === scope && r.avg_score !== null).map((r) => r.year))].sort((a, b) => a - b);
}

/** The years of a scope's rows taken from one source table or appendix (`source_number`), for the scope notes. */
export function bodySourceYears(rows: readonly BodyRow[], scope: BodyScope, sourceNumber: string): number[] {
  return [...new Set(rows.filter((r) => r.scope === scope && r.source_number === sourceNumber).map((r) => r.year))].sort((a, b) => a - b);
}

/** The first year whose ranks the report publishes for a scope (the rank column); null when none. */
export function firstPublishedRankYear(rows: readonly BodyRow[], scope: BodyScope): number | null {
  const years = rows.filter((r) => r.scope === scope && r.rank !== null).map((r) => r.year);
  return years.length > 0 ? Math.min(...years) : null;
}

function ranksFor(rows: readonly BodyRow[], year: number, scope: BodyScope): { ranks: Map<string, number>; computed: boolean } {
  const slice = rows.filter((r) => r.year === year && r.scope === scope && r.avg_score !== null);
  if (slice.length === 0) return { ranks: new Map(), computed: false };
  if (slice.every((r) => r.rank !== null)) return { ranks: new Map(slice.map((r) => [r.body_id, r.rank!])), computed: false };
  return { ranks: computedRanks(slice.map((r) => ({ id: r.body_id, avg_score: r.avg_score, satisfaction_pct: r.satisfaction_pct }))), computed: true };
}

/** One year and one scope of central bodies; n is not published for bodies, so no intervals. */
export function rankBodies(rows: readonly BodyRow[], year: number, scope: BodyScope): BodyRanked[] {
  const slice = rows.filter((r) => r.year === year && r.scope === scope && r.avg_score !== null);
  const { ranks, computed } = ranksFor(rows, year, scope);
  const previous = ranksFor(rows, year - 1, scope).ranks;
  const out = slice.map((r): BodyRanked => {
    const series = new Map(rows.filter((x) => x.body_id === r.body_id && x.scope === scope).map((x) => [x.year, x.avg_score]));
    const rank = ranks.get(r.body_id) ?? null;
    const prev = previous.get(r.body_id) ?? null;
    return {
      id: r.body_id,
      year,
      scope,
      avg_score: r.avg_score,
      satisfaction_pct: r.satisfaction_pct,
      rank,
      rankComputed: computed,
      third: null,
      n: null,
      small: false,
      interval: null,
      tie: null,
      source: sourceOf(r),
      previousRank: prev,
      rankChange: rankChange(prev, rank),
      scoreChange: changeFromPrevious({ kind: 'body', id: r.body_id }, series, year),
    };
  });
  return withThirdsAndTies(out);
}

// ---------------------------------------------------------------------------------------------
// Services

export interface ServiceRanked extends Ranked {
  body_id: string | null;
}

export interface ServiceRanking {
  year: number;
  ranked: ServiceRanked[];
  /** Services studied only qualitatively (no mass survey): listed apart, never ranked. */
  unsurveyed: ServiceRef[];
}

/** The services' ranking of a year (2020: table 8 with table 1's respondents). */
export function rankServices(rows: readonly ServiceRow[], reference: readonly ServiceRef[], year: number): ServiceRanking {
  const ref = new Map(reference.map((s) => [s.service_id, s]));
  const ranked = rows
    .filter((r) => r.year === year && r.rank !== null && ref.get(r.service_id)?.surveyed !== false)
    .map((r): ServiceRanked => ({
      id: r.service_id,
      body_id: ref.get(r.service_id)?.body_id ?? null,
      avg_score: r.avg_score,
      satisfaction_pct: r.satisfaction_pct,
      rank: r.rank,
      rankComputed: false,
      third: null,
      n: r.respondents,
      small: isSmallSample(r.respondents),
      interval: wilsonPct(r.satisfaction_pct, r.respondents),
      tie: null,
      source: sourceOf(r),
    }));
  return { year, ranked: withThirdsAndTies(ranked), unsurveyed: reference.filter((s) => !s.surveyed) };
}

/** Filter by responsible body and by a search text matched against the names in all languages. */
export function filterServices<R extends { id: string; body_id: string | null }>(
  rows: readonly R[],
  reference: readonly ServiceRef[],
  { ministry, query }: { ministry: string; query: string },
): R[] {
  const ref = new Map(reference.map((s) => [s.service_id, s]));
  const q = query.trim().toLowerCase();
  return rows.filter((r) => {
    if (ministry && r.body_id !== ministry) return false;
    if (!q) return true;
    const s = ref.get(r.id);
    const hay = s ? [s.name_kk, s.name_ru, s.name_en, s.service_id] : [r.id];
    return hay.some((h) => h.toLowerCase().includes(q));
  });
}

// ---------------------------------------------------------------------------------------------
// Provider kinds (table 7)

export type ProviderRole = 'ranked' | 'part' | 'total';

export interface ProviderRanked extends Ranked {
  role: ProviderRole;
  /** For parts: the kind they belong to. */
  partOf: string | null;
}

/** Sub-kinds of a provider kind: shown, not ranked against their whole. */
export const PROVIDER_PARTS: Readonly<Record<string, string>> = { state_corp_manager: 'state_corp', state_corp_self: 'state_corp' };
export const PROVIDER_TOTAL = 'all';

export function rankProviders(rows: readonly ProviderRow[], year: number): ProviderRanked[] {
  const slice = rows.filter((r) => r.year === year);
  const kinds = slice.filter((r) => r.provider_id !== PROVIDER_TOTAL && !(r.provider_id in PROVIDER_PARTS));
  const ranks = computedRanks(kinds.map((r) => ({ id: r.provider_id, avg_score: r.avg_score, satisfaction_pct: r.satisfaction_pct })));
  const out = slice.map((r): ProviderRanked => {
    const role: ProviderRole = r.provider_id === PROVIDER_TOTAL ? 'total' : r.provider_id in PROVIDER_PARTS ? 'part' : 'ranked';
    return {
      id: r.provider_id,
      role,
      partOf: PROVIDER_PARTS[r.provider_id] ?? null,
      avg_score: r.avg_score,
      satisfaction_pct: r.satisfaction_pct,
      rank: role === 'ranked' ? (ranks.get(r.provider_id) ?? null) : null,
      rankComputed: true,
      third: null,
      n: null,
      small: false,
      interval: null,
      tie: null,
      source: sourceOf(r),
    };
  });
  const sorted = withThirdsAndTies(out);
  // Parts right after their whole, the total last.
  const ranked = sorted.filter((r) => r.role === 'ranked');
  const result: ProviderRanked[] = [];
  for (const r of ranked) {
    result.push(r);
    result.push(...sorted.filter((p) => p.partOf === r.id));
  }
  result.push(...sorted.filter((r) => r.role === 'total'));
  return result;
}

// ---------------------------------------------------------------------------------------------
// Regions (overview): one scope, n from table 4 where that scope covers all the region's respondents

export interface RegionRanked extends Ranked {
  scope: RegionRow['scope'];
}

export function rankRegions(rows: readonly RegionRow[], samples: readonly SampleRow[], year: number, scope: RegionRow['scope']): RegionRanked[] {
  // Table 4 counts every respondent of a region: that matches the all-providers scopes only.
  const nOf = new Map(samples.filter((s) => s.year === year).map((s) => [s.region_id, s.respondents]));
  const useN = scope !== 'leb';
  const out = rows
    .filter((r) => r.year === year && r.scope === scope && r.avg_score !== null)
    .map((r): RegionRanked => {
      const n = useN ? (nOf.get(r.region_id) ?? null) : null;
      return {
        id: r.region_id,
        scope,
        avg_score: r.avg_score,
        satisfaction_pct: r.satisfaction_pct,
        rank: r.rank,
        rankComputed: false,
        third: null,
        n,
        small: isSmallSample(n),
        interval: wilsonPct(r.satisfaction_pct, n),
        tie: null,
        source: sourceOf(r),
      };
    });
  return withThirdsAndTies(out);
}

/** The first and last k of a ranking (by rank). */
export function bestAndWorst<R extends Ranked>(rows: readonly R[], k = 3): { best: R[]; worst: R[] } {
  const ranked = rows.filter((r) => r.rank !== null).sort((a, b) => a.rank! - b.rank!);
  const best = ranked.slice(0, k);
  const worst = ranked.slice(Math.max(k, ranked.length - k)).reverse();
  return { best, worst };
}

/** Highest minus lowest average score of a ranking. */
export function scoreRange(rows: readonly Ranked[]): number | null {
  const v = rows.map((r) => r.avg_score).filter((x): x is number => x !== null);
  return v.length ? difference(Math.max(...v), Math.min(...v)) : null;
}
