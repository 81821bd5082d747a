import { describe, expect, it } from 'vitest';
import { thirdOf, thirdOfRank } from '../../src/lib/stats/thirds.ts';
import { competitionRanks, rankChange } from '../../src/lib/stats/rank.ts';
import { isSmallSample, SMALL_SAMPLE_THRESHOLD } from '../../src/lib/stats/sample.ts';
import { changeSeries } from '../../src/lib/stats/series.ts';

describe('thirds', () => {
  it('62 services: 1–21 top, 22–42 middle, 43–62 bottom', () => {
    const counts = { top: 0, middle: 0, bottom: 0 };
    for (let r = 1; r <= 62; r++) counts[thirdOf(r, 62)]++;
    expect(counts).toEqual({ top: 21, middle: 21, bottom: 20 });
    expect(thirdOf(21, 62)).toBe('top');
    expect(thirdOf(22, 62)).toBe('middle');
    expect(thirdOf(42, 62)).toBe('middle');
    expect(thirdOf(43, 62)).toBe('bottom');
  });

  it('24 bodies: 8 in each third', () => {
    expect(thirdOf(8, 24)).toBe('top');
    expect(thirdOf(9, 24)).toBe('middle');
    expect(thirdOf(16, 24)).toBe('middle');
    expect(thirdOf(17, 24)).toBe('bottom');
    expect(thirdOf(1, 1)).toBe('top');
  });

  it('17 regions: 1–6 top, 7–12 middle, 13–17 bottom', () => {
    expect(Array.from({ length: 17 }, (_, i) => thirdOf(i + 1, 17)).join(',')).toBe([...Array(6).fill('top'), ...Array(6).fill('middle'), ...Array(5).fill('bottom')].join(','));
    expect(thirdOfRank(null, 17)).toBeNull();
  });

  it('rejects impossible ranks', () => {
    expect(() => thirdOf(0, 10)).toThrow(RangeError);
    expect(() => thirdOf(11, 10)).toThrow(RangeError);
  });
});

describe('computed ranks', () => {
  it('equal values share a rank (1, 2, 2, 4); missing values get none', () => {
    const r = competitionRanks([
      { id: 'a', value: 4.9 },
      { id: 'b', value: 4.7 },
      { id: 'c', value: 4.7 },
      { id: 'd', value: 4.1 },
      { id: 'e', value: null },
    ]);
    expect([...r.entries()]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('a single value per entity works too; float noise is not a difference', () => {
    const r = competitionRanks([
      { id: 'a', value: 4.7 },
      { id: 'b', value: 4.8 },
      { id: 'c', value: 4.8 },
      { id: 'd', value: null },
      { id: 'e', value: 4.6 },
      { id: 'f', value: 0.1 + 0.2 },
      { id: 'g', value: 0.3 },
    ]);
    expect(Object.fromEntries(r)).toEqual({ a: 3, b: 1, c: 1, e: 4, f: 5, g: 5 });
  });

  it('rank change is places gained', () => {
    expect(rankChange(10, 4)).toBe(6);
    expect(rankChange(4, 10)).toBe(-6);
    expect(rankChange(null, 3)).toBeNull();
  });
});

describe('small samples', () => {
  it(`flags n < ${SMALL_SAMPLE_THRESHOLD}`, () => {
    expect(SMALL_SAMPLE_THRESHOLD).toBe(30);
    expect(isSmallSample(5)).toBe(true);
    expect(isSmallSample(29)).toBe(true);
    expect(isSmallSample(30)).toBe(false);
    expect(isSmallSample(null)).toBe(false);
  });
});

describe('change series', () => {
  it('refuses to compute a change across the 2015→2016 scale break', () => {
    const national = [
      { year: 2014, value: 87 },
      { year: 2015, value: 79 },
      { year: 2016, value: 72.8 },
      { year: 2017, value: 65.9 },
    ];
    expect(changeSeries({ kind: 'national' }, national)).toEqual([
      { year: 2014, value: null },
      { year: 2015, value: -8 },
      { year: 2016, value: null, breakReason: 'scale_change' },
      { year: 2017, value: -6.9 },
    ]);
  });

  it('refuses Turkistan 2017→2018 but not Akmola; a gap gives no change', () => {
    const pts = [
      { year: 2017, value: 4.5 },
      { year: 2018, value: 4.7 },
      { year: 2020, value: 4.8 },
    ];
    expect(changeSeries({ kind: 'region', id: 'turkistan' }, pts).map((p) => p.value)).toEqual([null, null, null]);
    expect(changeSeries({ kind: 'region', id: 'akmola' }, pts).map((p) => p.value)).toEqual([null, 0.2, null]);
  });
});
