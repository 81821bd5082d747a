// A yearly series as changes from the previous year, for charts in "change" mode. Uses
// changeFromPrevious, so no change is computed across a series break or a missing year.
import type { BreakReason, SeriesRef } from './breaks.ts';
import { changeFromPrevious } from './change.ts';

export interface ChangePoint {
  year: number;
  /** null: no previous value, or a series break between the two years (then `breakReason` is set). */
  value: number | null;
  breakReason?: BreakReason;
}

export function changeSeries(series: SeriesRef, points: ReadonlyArray<{ year: number; value: number | null }>): ChangePoint[] {
  const byYear = new Map(points.map((p) => [p.year, p.value]));
  return [...points]
    .sort((a, b) => a.year - b.year)
    .map((p) => {
      const c = changeFromPrevious(series, byYear, p.year);
      if (c.kind === 'value') return { year: p.year, value: c.value };
      if (c.kind === 'break') return { year: p.year, value: null, breakReason: c.reason };
      return { year: p.year, value: null };
    });
}
