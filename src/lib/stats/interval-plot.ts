// Geometry of a dot-and-interval chart (one row per ranked entity: its value as a dot, its 95%
// interval as a line), so readers see which intervals overlap instead of reading it off numbers.
// Pure: the component only draws what comes out of here.
import type { Interval } from './wilson.ts';

export interface IntervalItem {
  id: string;
  /** Short mark left of the row (the rank). */
  tag: string;
  /** Full name, for the row's tooltip. */
  label: string;
  value: number;
  interval: Interval;
}

export interface IntervalRow extends IntervalItem {
  y: number;
  x: number;
  xLo: number;
  xHi: number;
}

export interface IntervalPlot {
  width: number;
  height: number;
  rows: IntervalRow[];
  ticks: Array<{ value: number; x: number }>;
  /** Where the plotting area starts and ends (left of it: the rank labels). */
  left: number;
  right: number;
}

export const ROW_HEIGHT = 14;
const TOP = 6;
const BOTTOM = 22;

/**
 * Lays rows out top to bottom in the given order on an axis from `min` to `max` (the measure's
 * whole range from the registry, so a small difference is drawn small). Rows without a value or an
 * interval are left out by the caller.
 */
export function intervalPlot(items: readonly IntervalItem[], axis: { min: number; max: number }, width = 640, left = 36, right = 12, tickStep = 20): IntervalPlot {
  const span = axis.max - axis.min;
  const plotRight = width - right;
  const xOf = (v: number) => left + ((Math.min(Math.max(v, axis.min), axis.max) - axis.min) / span) * (plotRight - left);
  const rows = items.map((item, i) => ({ ...item, y: TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2, x: xOf(item.value), xLo: xOf(item.interval.lo), xHi: xOf(item.interval.hi) }));
  const ticks: Array<{ value: number; x: number }> = [];
  for (let v = Math.ceil(axis.min / tickStep) * tickStep; v <= axis.max + 1e-9; v += tickStep) ticks.push({ value: v, x: xOf(v) });
  return { width, height: TOP + items.length * ROW_HEIGHT + BOTTOM, rows, ticks, left, right: plotRight };
}
