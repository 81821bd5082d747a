import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMAS, type DatasetFile, type DatasetRow } from '../../src/lib/data/datasets.ts';
import { parseCsv } from '../../src/lib/data/parse-csv.ts';
import { bestAndWorst, bodySourceYears, filterServices, firstPublishedRankYear, rankBodies, rankProviders, rankRegions, rankServices, scoreRange } from '../../src/lib/insights/rankings.ts';
import { competitionRanks } from '../../src/lib/stats/rank.ts';

function load<F extends DatasetFile>(file: F): DatasetRow<F>[] {
  const r = parseCsv(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'), SCHEMAS[file], file);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.rows as DatasetRow<F>[];
}

const bodies = load('monitoring/bodies.csv');
const services = load('monitoring/services.csv');
const serviceRef = load('reference/services.csv');

describe('bodies ranking', () => {
  it('our [score, satisfaction] ranking reproduces the published 2020 ranks of table 9', () => {
    const slice = bodies.filter((b) => b.year === 2020 && b.scope === 'own');
    const computed = competitionRanks(slice.map((b) => ({ id: b.body_id, value: [b.avg_score, b.satisfaction_pct] })));
    for (const b of slice) expect(computed.get(b.body_id), b.body_id).toBe(b.rank);
  });

  it('appendix A orders by score but not by satisfaction within equal scores (as published)', () => {
    const slice = bodies.filter((b) => b.year === 2020 && b.scope === 'all_providers').sort((a, b) => a.rank! - b.rank!);
    for (let i = 1; i < slice.length; i++) expect(slice[i]!.avg_score!).toBeLessThanOrEqual(slice[i - 1]!.avg_score!);
    // internal_affairs 4.55 / 73.2% is ranked 13th, supreme_court 4.55 / 75.3% 14th.
    expect(slice.find((b) => b.body_id === 'internal_affairs')?.rank).toBe(13);
  });

  it('2020 own: published ranks, thirds of 24, rank change against computed 2019 ranks', () => {
    const rows = rankBodies(bodies, 2020, 'own');
    expect(rows).toHaveLength(24);
    expect(rows[0]).toMatchObject({ id: 'national_economy', rank: 1, rankComputed: false, third: 'top', n: null, interval: null, tie: null });
    // 2019 (22 bodies): national_economy 4.91 is ranked 8th (behind 4.99, 4.95, 4.94×3, 4.93×2)
    expect(rows[0]?.previousRank).toBe(8);
    expect(rows[0]?.rankChange).toBe(7);
    const fma = rows.find((r) => r.id === 'financial_market_agency');
    expect(fma?.previousRank).toBeNull(); // did not exist in 2019
    expect(rows.find((r) => r.id === 'industry')).toMatchObject({ rank: 24, third: 'bottom' });
    expect(rows.find((r) => r.id === 'national_economy')?.scoreChange).toEqual({ kind: 'value', value: -0.04, fromYear: 2019 });
  });

  it('2019 own: ranks computed (none published)', () => {
    const rows = rankBodies(bodies, 2019, 'own');
    expect(rows.every((r) => r.rankComputed)).toBe(true);
    expect(rows[0]).toMatchObject({ id: 'national_security', rank: 1 });
  });
});

describe('services ranking', () => {
  const ranking = rankServices(services, serviceRef, 2020);

  it('ranks 62 services and lists the 8 unsurveyed apart', () => {
    expect(ranking.ranked).toHaveLength(62);
    expect(ranking.unsurveyed).toHaveLength(8);
    expect(ranking.unsurveyed.every((s) => !s.surveyed)).toBe(true);
  });

  it('flags small samples and gives Wilson intervals', () => {
    const crew = ranking.ranked.find((r) => r.id === 'crew_member_certificate')!;
    expect(crew).toMatchObject({ n: 5, small: true, rank: 61, third: 'bottom' });
    expect(crew.interval!.lo).toBeCloseTo(21.18, 1);
    expect(ranking.ranked.find((r) => r.id === 'consular_registration')).toMatchObject({ n: 80, small: false, rank: 1 });
  });

  it('ranks 1 and 2 are statistically tied', () => {
    const first = ranking.ranked[0]!;
    expect(first.id).toBe('consular_registration');
    expect(first.tie).toMatchObject({ tiedBelow: true, tied: true });
    expect(first.tie?.span?.from).toBe(1);
  });

  it('filters by ministry and by a name in any language', () => {
    const mfa = filterServices(ranking.ranked, serviceRef, { ministry: 'foreign_affairs', query: '' });
    expect(mfa.length).toBeGreaterThan(0);
    expect(mfa.every((r) => r.body_id === 'foreign_affairs')).toBe(true);
    expect(filterServices(ranking.ranked, serviceRef, { ministry: '', query: 'AMBULANCE' }).map((r) => r.id)).toEqual(['ambulance_call']);
    expect(filterServices(ranking.ranked, serviceRef, { ministry: '', query: 'скорой' }).map((r) => r.id)).toEqual(['ambulance_call']);
    expect(filterServices(ranking.ranked, serviceRef, { ministry: 'foreign_affairs', query: 'ambulance' })).toEqual([]);
  });
});

describe('providers and regions', () => {
  it('ranks the four provider kinds; parts follow their whole; the total comes last', () => {
    const rows = rankProviders(load('monitoring/providers.csv'), 2020);
    expect(rows.map((r) => [r.id, r.rank])).toEqual([
      ['leb', 1],
      ['state_corp', 2],
      ['state_corp_manager', null],
      ['state_corp_self', null],
      ['central_body', 3],
      ['online_all', 4],
      ['all', null],
    ]);
  });

  it('regions (all providers, 2020) carry n from table 4; leb has none', () => {
    const regions = load('monitoring/regions.csv');
    const samples = load('monitoring/region_samples.csv');
    const all = rankRegions(regions, samples, 2020, 'all_providers');
    expect(all).toHaveLength(17);
    expect(all.find((r) => r.id === 'astana')?.n).toBe(1191);
    expect(all.every((r) => r.interval !== null)).toBe(true);
    expect(rankRegions(regions, samples, 2020, 'leb').every((r) => r.n === null && r.interval === null)).toBe(true);
    const bw = bestAndWorst(all, 3);
    expect(bw.best.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(bw.worst.map((r) => r.rank)).toEqual([17, 16, 15]);
    expect(scoreRange([{ avg_score: 4.5 }, { avg_score: 4.82 }] as never)).toBe(0.32);
  });
});

describe('years the bodies notes name, from the rows', () => {
  it('bodySourceYears: the years a scope takes from one table or appendix', () => {
    expect(bodySourceYears(bodies, 'own', '10')).toEqual([2017, 2018, 2019]);
    expect(bodySourceYears(bodies, 'own', '9')).toEqual([2020]);
    expect(bodySourceYears(bodies, 'all_providers', 'A')).toEqual([2020]);
    expect(bodySourceYears(bodies, 'all_providers', '10')).toEqual([]);
  });
  it('firstPublishedRankYear: the first year with a published rank, null with none', () => {
    expect(firstPublishedRankYear(bodies, 'own')).toBe(2020);
    expect(firstPublishedRankYear(bodies.filter((b) => b.year < 2020), 'own')).toBeNull();
  });
});
