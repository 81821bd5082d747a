// Geometry of a dot-and-interval chart (one row per ranked entity: its value as a dot, its 95%
// interval as a line), so readers see which intervals overlap instead of reading it off numbers.
// Pure: the component only draws what comes out of here.
import type { Interval } from './wilson.ts';

export interface IntervalItem {
  id: string;
  /** Short mark of the row (the rank). */
  tag: string;
  /** Full name ("1. Registration of citizens…"): drawn left of the row, shortened to fit. */
  label: string;
  value: number;
  interval: Interval;
}

export interface IntervalRow extends IntervalItem {
  /** The label as drawn: the whole name, or its start and "…" where the name column is too narrow. */
  text: string;
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
  /** Where the plotting area starts and ends (left of it: the names). */
  left: number;
  right: number;
}

export const ROW_HEIGHT = 14;
/** Average advance of a 10 px system-font character (Cyrillic is wider than Latin), to fit names in their column. */
export const CHAR_PX = 6.2;

/**
 * A name cut to `maxChars` characters with "…" (never below 4 characters, so a cut name keeps a
 * readable start); the full name stays in the row's tooltip and in the table beside.
 *   shortLabel('Registration of citizens', 12) → 'Registratio…'
 */
export function shortLabel(text: string, maxChars: number): string {
  const max = Math.max(4, Math.floor(maxChars));
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** Width of the name column: most of a narrow chart's labels, at most 260 px on a wide one. */
export function nameColumn(width: number): number {
  return Math.round(Math.min(260, Math.max(90, width * 0.45)));
}
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
  const maxChars = (left - 8) / CHAR_PX;
  const rows = items.map((item, i) => ({ ...item, text: shortLabel(item.label, maxChars), y: TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2, x: xOf(item.value), xLo: xOf(item.interval.lo), xHi: xOf(item.interval.hi) }));
  const ticks: Array<{ value: number; x: number }> = [];
  for (let v = Math.ceil(axis.min / tickStep) * tickStep; v <= axis.max + 1e-9; v += tickStep) ticks.push({ value: v, x: xOf(v) });
  return { width, height: TOP + items.length * ROW_HEIGHT + BOTTOM, rows, ticks, left, right: plotRight };
}
