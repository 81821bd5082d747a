// Series breaks: points in time across which values are not comparable. A line is never drawn and
// a change is never computed across a break. Method notes that do not break a series are kept as
// annotations so charts can mark them.

export type BreakReason = 'scale_change' | 'turkistan_shymkent_split';
export type AnnotationReason = 'online_survey';

export interface SeriesBreak {
  /** The break lies between `after` and the next year. */
  after: number;
  reason: BreakReason;
  /** Which series it concerns: 'national', or a region id; '*' = every series of that kind. */
  applies: (series: SeriesRef) => boolean;
}

export type SeriesRef = { kind: 'national' } | { kind: 'region'; id: string } | { kind: 'body'; id: string } | { kind: 'service'; id: string };

export const SERIES_BREAKS: readonly SeriesBreak[] = [
  // 2014–2015 used a 10-point scale (2020 report, table 6 footnote). All survey series share it.
  { after: 2015, reason: 'scale_change', applies: () => true },
  // Shymkent left South Kazakhstan on 19 June 2018, which became Turkistan oblast: the 2017 and
  // 2018 values of "Turkistan" describe different territories.
  { after: 2017, reason: 'turkistan_shymkent_split', applies: (s) => s.kind === 'region' && s.id === 'turkistan' },
];

export const SERIES_ANNOTATIONS: ReadonlyArray<{ year: number; reason: AnnotationReason }> = [
  // The 2020 report mentions surveying online in 2020 (COVID-19); comparable, but worth a mark.
  { year: 2020, reason: 'online_survey' },
];

/** The first break between two years (in either order) for a series, or null. */
export function breakBetween(series: SeriesRef, yearA: number, yearB: number): SeriesBreak | null {
  const [lo, hi] = yearA <= yearB ? [yearA, yearB] : [yearB, yearA];
  return SERIES_BREAKS.find((b) => b.after >= lo && b.after < hi && b.applies(series)) ?? null;
}
