import { breakBetween, type BreakReason, type SeriesRef } from './breaks.ts';

export type Change =
  | { kind: 'value'; value: number; fromYear: number }
  | { kind: 'break'; reason: BreakReason }
  | { kind: 'none' }; // no earlier value (first year, gap, or the entity did not exist)

/**
 * a − b without float noise such as 0.19999999 (values are published to at most two decimals).
 * The one home of differences: changes, gaps to the national value and spreads all use it.
 */
export function difference(a: number, b: number): number {
  return Math.round((a - b) * 1e6) / 1e6;
}

/**
 * Change of a value from the previous year of the series. Refuses to compute across a series
 * break, and needs the immediately preceding year (a gap is not bridged either).
 */
export function changeFromPrevious(series: SeriesRef, points: ReadonlyMap<number, number | null>, year: number): Change {
  const current = points.get(year);
  const previous = points.get(year - 1);
  if (current === null || current === undefined || previous === null || previous === undefined) return { kind: 'none' };
  const brk = breakBetween(series, year - 1, year);
  if (brk) return { kind: 'break', reason: brk.reason };
  return { kind: 'value', value: difference(current, previous), fromYear: year - 1 };
}

/**
 * Split a yearly series into segments that may be joined by a line: a new segment starts at every
 * series break and at every missing year.
 */
export function segmentsOf(series: SeriesRef, points: ReadonlyArray<{ year: number; value: number | null }>): Array<Array<{ year: number; value: number }>> {
  const sorted = [...points].filter((p): p is { year: number; value: number } => p.value !== null).sort((a, b) => a.year - b.year);
  const segments: Array<Array<{ year: number; value: number }>> = [];
  let currentSegment: Array<{ year: number; value: number }> = [];
  for (const p of sorted) {
    const last = currentSegment[currentSegment.length - 1];
    if (last && (p.year !== last.year + 1 || breakBetween(series, last.year, p.year))) {
      segments.push(currentSegment);
      currentSegment = [];
    }
    currentSegment.push(p);
  }
  if (currentSegment.length) segments.push(currentSegment);
  return segments;
}
