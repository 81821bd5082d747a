// The one home of what a measure is: its column, scale, decimals, unit, formatter, labels, axis
// rule and change unit. The map, the region pages, the comparison, the trends, the rankings, the
// service pages and the CSV exports read it; nothing else decides "two decimals for a score".
// A new measure is one entry here (plus its i18n strings).
import type { TranslationFunctions } from '../../i18n/i18n-types.ts';
import type { Locale } from '../i18n/locale.ts';
import { formatChange, formatNumber, formatPercent } from '../i18n/format.ts';
import type { Change } from '../stats/change.ts';
import type { PackageUnit } from '../data/schemas.generated.ts';

/** The two survey measures a user can choose between (map, region pages, trends). */
export const MEASURE_IDS = ['avg_score', 'satisfaction_pct'] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];
/** Measures shown alongside them but never chosen as "the" measure. */
export type CountId = 'respondents' | 'share_pct';
export type AnyMeasureId = MeasureId | CountId;

/** A measure's unit, in the package's own words (sapa:unit of its column; tests/unit/measures-registry.test.ts). */
export type Unit = Extract<PackageUnit, 'points' | 'percent' | 'persons'>;

export interface AxisRule {
  /** Lowest value of the scale: the full axis starts here. */
  floor: (scaleMax: number) => number;
  /** Highest value of a value axis. */
  ceiling: (scaleMax: number) => number;
  /**
   * The grid a fitted axis snaps to (0.1 point, 5 %): a fitted axis starts and ends on it, so its
   * ticks read as round numbers.
   */
  step: number;
  /** The rule in words, for the code reader. */
  why: string;
}

/**
 * How a chart's value axis is drawn: fitted to the data (the default: scores sit between 4.5 and 5,
 * and a 1–5 axis flattens every difference the chart exists to show) or over the full scale (one
 * click away, `axis=full` in the URL). The one home of this choice: every chart asks fitAxis.
 */
export const AXIS_FITS = ['fitted', 'full'] as const;
export type AxisFit = (typeof AXIS_FITS)[number];

export interface MeasureSpec {
  id: AnyMeasureId;
  /** The column of the datasets that holds it. */
  column: AnyMeasureId;
  unit: Unit;
  /**
   * Decimals shown, always this many, so figures side by side line up and read alike: a score with
   * two (4.50), a percentage with one (75.1 %, and 76.0 % next to it, never 76 %), changes too
   * (+1.0 pp).
   */
  decimals: number;
  /** Scale of a value for a survey whose scale_max is given (1–5; 1–10 in the early 10-point years). */
  scale: (scaleMax: number) => { min: number; max: number };
  /** Values depend on the rating scale (scale_max): years on different scales never share an axis or a change. */
  onRatingScale: boolean;
  /** A change is given in percentage points ("pp") or in the measure's own points. */
  changeUnit: 'points' | 'pp' | 'persons';
  axis: AxisRule;
  /** Its name (pickers, titles) and its name with its unit (table headers, axes, legends). */
  label: (t: TranslationFunctions) => string;
  columnLabel: (t: TranslationFunctions) => string;
  /** Header of a change column and the unit of a change axis. */
  changeLabel: (t: TranslationFunctions) => string;
  changeAxisLabel: (t: TranslationFunctions) => string;
}

const PERCENT_AXIS: AxisRule = { floor: () => 0, ceiling: () => 100, step: 5, why: 'a share starts at 0 %: a bar or line from anywhere else exaggerates differences' };

export const MEASURES: Readonly<Record<AnyMeasureId, MeasureSpec>> = {
  avg_score: {
    id: 'avg_score',
    column: 'avg_score',
    unit: 'points',
    decimals: 2,
    scale: (scaleMax) => ({ min: 1, max: scaleMax }),
    onRatingScale: true,
    changeUnit: 'points',
    axis: { floor: () => 1, ceiling: (scaleMax) => scaleMax, step: 0.1, why: 'the lowest possible rating is 1: the axis shows the whole scale, 1 to its maximum' },
    label: (t) => t.common.avgScore(),
    columnLabel: (t) => t.common.avgScore(),
    changeLabel: (t) => t.common.change(),
    changeAxisLabel: (t) => t.insights.trends.changeUnitPoints(),
  },
  satisfaction_pct: {
    id: 'satisfaction_pct',
    column: 'satisfaction_pct',
    unit: 'percent',
    decimals: 1,
    scale: () => ({ min: 0, max: 100 }),
    onRatingScale: false,
    changeUnit: 'pp',
    axis: PERCENT_AXIS,
    label: (t) => t.common.satisfaction(),
    columnLabel: (t) => t.common.satisfactionShort(),
    changeLabel: (t) => t.map.changePoints(),
    changeAxisLabel: (t) => t.insights.trends.changeUnitPp(),
  },
  respondents: {
    id: 'respondents',
    column: 'respondents',
    unit: 'persons',
    decimals: 0,
    scale: () => ({ min: 0, max: Number.POSITIVE_INFINITY }),
    onRatingScale: false,
    changeUnit: 'persons',
    axis: { floor: () => 0, ceiling: () => Number.POSITIVE_INFINITY, step: 1, why: 'a count starts at 0' },
    label: (t) => t.common.respondents(),
    columnLabel: (t) => t.common.respondents(),
    changeLabel: (t) => t.common.change(),
    changeAxisLabel: (t) => t.common.change(),
  },
  share_pct: {
    id: 'share_pct',
    column: 'share_pct',
    unit: 'percent',
    decimals: 1,
    scale: () => ({ min: 0, max: 100 }),
    onRatingScale: false,
    changeUnit: 'pp',
    axis: PERCENT_AXIS,
    label: (t) => t.common.respondents(),
    columnLabel: (t) => t.common.respondents(),
    changeLabel: (t) => t.map.changePoints(),
    changeAxisLabel: (t) => t.insights.trends.changeUnitPp(),
  },
};

/**
 * A value as shown: a score with two decimals ("4,58"), a percentage with one ("75,1 %"), a count
 * whole ("9 181"); null → "—". `decimals` overrides only where more precision must show (the map
 * legend's class bounds are written as precisely as the values they separate).
 */
export function formatMeasure(id: AnyMeasureId, value: number | null | undefined, locale: Locale, decimals?: number): string {
  const spec = MEASURES[id];
  const d = decimals ?? spec.decimals;
  if (spec.unit === 'percent') return formatPercent(value, locale, { minDecimals: d, maxDecimals: d });
  return formatNumber(value, locale, { minDecimals: d, maxDecimals: d });
}

/** A signed change in the measure's decimals (+0,12 / -1,4); a percentage's in pp ("+0,3 п. п."). */
export function formatMeasureChange(id: AnyMeasureId, value: number | null | undefined, locale: Locale): string {
  const spec = MEASURES[id];
  return formatChange(value, locale, { decimals: spec.decimals, unit: spec.changeUnit === 'pp' ? 'pp' : undefined });
}

/** A spread or gap (max − min): a size, so without a sign. */
export function formatMeasureSpread(id: AnyMeasureId, value: number | null | undefined, locale: Locale): string {
  return formatMeasureChange(id, value, locale).replace(/^[+-]/, '');
}

/** The change as shown: signed number, "series break", or a dash. */
export function formatChangeOf(id: AnyMeasureId, change: Change, locale: Locale, t: TranslationFunctions): string {
  if (change.kind === 'value') return formatMeasureChange(id, change.value, locale);
  if (change.kind === 'break') return t.map.changeBreak();
  return '—';
}

/**
 * The change in a download: the number itself (a number cell, not "+0,12"), the table's words for
 * a series break, blank when there is no earlier value to compare with.
 */
export function exportChangeOf(change: Change, t: TranslationFunctions): number | string | null {
  if (change.kind === 'value') return change.value;
  return change.kind === 'break' ? t.map.changeBreak() : null;
}

/** A value axis: its bounds and, for an absolute axis, the scale's floor and the fitting grid. */
export interface ValueAxis {
  min?: number;
  max?: number;
  /** The lowest value of the scale (1 for a score, 0 % for a share); absent for a change axis. */
  floor?: number;
  /** Grid of a fitted axis (AxisRule.step). */
  step?: number;
}

/** The full value axis of a chart: from the measure's floor to its ceiling, or free for changes. */
export function axisFor(id: AnyMeasureId, mode: 'abs' | 'change', scaleMax = 5): ValueAxis {
  if (mode === 'change') return {};
  const { floor, ceiling, step } = MEASURES[id].axis;
  const max = ceiling(scaleMax);
  const min = floor(scaleMax);
  return Number.isFinite(max) ? { min, max, floor: min, step } : { min, floor: min, step };
}

/** A drawn axis, and whether it starts above the scale's floor (then the chart must say so). */
export interface FittedAxis {
  min?: number;
  max?: number;
  /** The axis does not start at the scale's floor: a break mark and a label say so. */
  cut: boolean;
  floor?: number;
}

/**
 * The axis a chart draws for its values: the full axis as given, or fitted to the values with a
 * margin of a tenth of their range (at least half a step), snapped outward to the step and kept
 * inside the scale. A fitted axis that would start within two steps of the floor starts at the
 * floor (no break mark for a sliver). A change axis (no floor) is left to Chart.js.
 *   fitAxis({min: 1, max: 5, floor: 1, step: 0.1}, [4.73, 4.92], 'fitted') → {min: 4.6, max: 5, cut: true, floor: 1}
 */
export function fitAxis(full: ValueAxis, values: ReadonlyArray<number | null | undefined>, fit: AxisFit): FittedAxis {
  const base: FittedAxis = { cut: false, ...(full.min !== undefined ? { min: full.min } : {}), ...(full.max !== undefined ? { max: full.max } : {}), ...(full.floor !== undefined ? { floor: full.floor } : {}) };
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (fit === 'full' || full.floor === undefined || full.step === undefined || present.length === 0) return base;
  const step = full.step;
  const lo = Math.min(...present);
  const hi = Math.max(...present);
  const pad = Math.max((hi - lo) / 10, step / 2);
  // Snapped on integer multiples of the step, rounded to kill float noise (4.6000000001).
  const snap = (x: number) => Math.round(x * 1e6) / 1e6;
  let min = snap(Math.floor(snap((lo - pad) / step)) * step);
  let max = snap(Math.ceil(snap((hi + pad) / step)) * step);
  min = Math.max(min, full.floor);
  if (full.max !== undefined) max = Math.min(max, full.max);
  if (min - full.floor < 2 * step) min = full.floor;
  return { min, max, cut: min > full.floor, floor: full.floor };
}
