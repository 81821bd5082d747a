import { describe, expect, it } from 'vitest';
import { breakBetween } from '../../src/lib/stats/breaks.ts';
import { changeFromPrevious, segmentsOf } from '../../src/lib/stats/change.ts';

const national = { kind: 'national' } as const;
const turkistan = { kind: 'region', id: 'turkistan' } as const;
const akmola = { kind: 'region', id: 'akmola' } as const;

describe('breakBetween', () => {
  it('finds the 10-point-scale break for every series', () => {
    expect(breakBetween(national, 2015, 2016)?.reason).toBe('scale_change');
    expect(breakBetween(akmola, 2014, 2019)?.reason).toBe('scale_change');
    expect(breakBetween(national, 2016, 2020)).toBeNull();
  });
  it('finds the Turkistan/Shymkent break for Turkistan only', () => {
    expect(breakBetween(turkistan, 2017, 2018)?.reason).toBe('turkistan_shymkent_split');
    expect(breakBetween(turkistan, 2018, 2017)?.reason).toBe('turkistan_shymkent_split');
    expect(breakBetween(akmola, 2017, 2018)).toBeNull();
  });
});

describe('changeFromPrevious', () => {
  // Table 11 of the 2020 report: Akmola 4.92 (2019) → 4.73 (2020), published change −0.19.
  it('computes a change within a series', () => {
    const pts = new Map([[2019, 4.92], [2020, 4.73]]);
    expect(changeFromPrevious(akmola, pts, 2020)).toEqual({ kind: 'value', value: -0.19, fromYear: 2019 });
  });
  it('refuses to cross a break', () => {
    expect(changeFromPrevious(national, new Map([[2015, 7.9], [2016, 4.59]]), 2016)).toEqual({ kind: 'break', reason: 'scale_change' });
    expect(changeFromPrevious(turkistan, new Map([[2017, 4.4], [2018, 4.58]]), 2018)).toEqual({ kind: 'break', reason: 'turkistan_shymkent_split' });
  });
  it('gives none for a first year, a gap or a missing value', () => {
    expect(changeFromPrevious(akmola, new Map([[2016, 4.78]]), 2016)).toEqual({ kind: 'none' });
    expect(changeFromPrevious(akmola, new Map([[2018, 4.79], [2020, 4.73]]), 2020)).toEqual({ kind: 'none' });
    expect(changeFromPrevious(akmola, new Map([[2019, 4.92], [2020, null]]), 2020)).toEqual({ kind: 'none' });
  });
});

describe('segmentsOf', () => {
  it('splits the national series at 2015→2016', () => {
    const pts = [2014, 2015, 2016, 2017].map((year, i) => ({ year, value: [8.7, 7.9, 4.59, 4.57][i] ?? null }));
    expect(segmentsOf(national, pts).map((s) => s.map((p) => p.year))).toEqual([[2014, 2015], [2016, 2017]]);
  });
  it('splits at gaps and missing values', () => {
    const pts = [
      { year: 2016, value: 4.5 },
      { year: 2017, value: null },
      { year: 2018, value: 4.6 },
      { year: 2019, value: 4.7 },
    ];
    expect(segmentsOf(akmola, pts).map((s) => s.map((p) => p.year))).toEqual([[2016], [2018, 2019]]);
  });
});
