// The map and the rankings must agree on which third a rank falls in: both go through
// lib/stats/thirds.ts. Rank 12 of 17 and rank 42 of 62 once fell in different thirds.
import { describe, expect, it } from 'vitest';
import { selectMapRows, type MapInputs, type RegionRef, type RegionValueRow } from '../../src/lib/map/select.ts';
import { rankProviders } from '../../src/lib/insights/rankings.ts';
import type { DatasetRow } from '../../src/lib/data/datasets.ts';
import type { Third } from '../../src/lib/stats/thirds.ts';

const YEAR = 1; // any year: generated rows, not survey data

/** n regions with distinct values (region i has the i-th best value), through the map's selection. */
function mapThirds(n: number): Map<number, Third | null> {
  const regions = Array.from({ length: n }, (_, i) => ({ region_id: `r${i + 1}`, kind: 'oblast', valid_from: null, valid_to: null }) as unknown as RegionRef);
  const regionValues = regions.map(
    (r, i) => ({ region_id: r.region_id, year: YEAR, scope: 'leb', avg_score: 5 - i / 100, satisfaction_pct: 90 - i / 10, rank: null, source: 'generated' }) as unknown as RegionValueRow,
  );
  const inputs: MapInputs = { regions, regionValues, serviceRegions: [], samples: [] };
  return new Map(selectMapRows('leb', 'avg_score', YEAR, inputs).map((r) => [r.rank!, r.third]));
}

/** n provider kinds with distinct values, through the rankings' selection. */
function rankingThirds(n: number): Map<number, Third | null> {
  const rows = Array.from(
    { length: n },
    (_, i) => ({ provider_id: `p${i + 1}`, year: YEAR, avg_score: 5 - i / 100, satisfaction_pct: 90 - i / 10, source: 'generated' }) as unknown as DatasetRow<'monitoring/providers.csv'>,
  );
  return new Map(rankProviders(rows, YEAR).map((r) => [r.rank!, r.third]));
}

describe('one rule for thirds', () => {
  for (const n of [17, 62]) {
    it(`the map and the rankings place every rank of ${n} in the same third`, () => {
      const map = mapThirds(n);
      const rankings = rankingThirds(n);
      expect(map.size).toBe(n);
      expect(rankings.size).toBe(n);
      for (let rank = 1; rank <= n; rank++) expect(map.get(rank), `rank ${rank} of ${n}`).toBe(rankings.get(rank));
    });
  }

  it('rank 12 of 17 and rank 42 of 62 are middle third in both', () => {
    expect(mapThirds(17).get(12)).toBe('middle');
    expect(rankingThirds(17).get(12)).toBe('middle');
    expect(mapThirds(62).get(42)).toBe('middle');
    expect(rankingThirds(62).get(42)).toBe('middle');
  });
});
