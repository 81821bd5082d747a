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
  /** Lowest value of a value axis (never zoomed in on a part of the scale). */
  floor: (scaleMax: number) => number;
  /** Highest value of a value axis. */
  ceiling: (scaleMax: number) => number;
  /** The rule in words, for the code reader. */
  why: string;
}

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

const PERCENT_AXIS: AxisRule = { floor: () => 0, ceiling: () => 100, why: 'a share starts at 0 %: a bar or line from anywhere else exaggerates differences' };

export const MEASURES: Readonly<Record<AnyMeasureId, MeasureSpec>> = {
  avg_score: {
    id: 'avg_score',
    column: 'avg_score',
    unit: 'points',
    decimals: 2,
    scale: (scaleMax) => ({ min: 1, max: scaleMax }),
    onRatingScale: true,
    changeUnit: 'points',
    axis: { floor: () => 1, ceiling: (scaleMax) => scaleMax, why: 'the lowest possible rating is 1: the axis shows the whole scale, 1 to its maximum' },
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
    axis: { floor: () => 0, ceiling: () => Number.POSITIVE_INFINITY, why: 'a count starts at 0' },
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

/** The value axis of a chart: from the measure's floor to its ceiling, or free for changes. */
export function axisFor(id: AnyMeasureId, mode: 'abs' | 'change', scaleMax = 5): { min?: number; max?: number } {
  if (mode === 'change') return {};
  const { floor, ceiling } = MEASURES[id].axis;
  const max = ceiling(scaleMax);
  return Number.isFinite(max) ? { min: floor(scaleMax), max } : { min: floor(scaleMax) };
}
