// Pure model behind LineChart: turns yearly series into Chart.js datasets that can never bridge a
// series break or a missing year, and lists the breaks to mark. No Chart.js import here.
import { seriesFacts, type AnnotationReason, type BreakReason, type SeriesRef } from '../../lib/stats/breaks.ts';
import { segmentsOf } from '../../lib/stats/change.ts';

export interface LinePoint {
  year: number;
  value: number | null;
}

export interface LineSeries {
  id: string;
  label: string;
  ref: SeriesRef;
  points: LinePoint[];
  /** A reference line (e.g. the national average), drawn dashed and grey. */
  reference?: boolean;
}

/** Okabe–Ito colours (colour-blind safe), darkest first; yellow is left out (too pale on white). */
export const OKABE_ITO = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#000000', '#E69F00', '#56B4E9'] as const;
export const REFERENCE_COLOUR = '#6B7280';
/** A second visual cue besides colour. */
export const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star', 'rectRounded'] as const;

export interface SeriesStyle {
  colour: string;
  pointStyle: (typeof POINT_STYLES)[number];
  dashed: boolean;
}

export function styleOf(series: readonly LineSeries[], index: number): SeriesStyle {
  const s = series[index];
  if (s?.reference) return { colour: REFERENCE_COLOUR, pointStyle: 'circle', dashed: true };
  // Colours are given in order among the non-reference series so the first one gets the darkest.
  const k = series.slice(0, index).filter((x) => !x.reference).length;
  return { colour: OKABE_ITO[k % OKABE_ITO.length]!, pointStyle: POINT_STYLES[k % POINT_STYLES.length]!, dashed: false };
}

export interface LineDataset {
  /** Index of the series in the input (several datasets per series when it has segments). */
  seriesIndex: number;
  seriesId: string;
  /** 0 for the first segment of a series: the one a legend would name. */
  segment: number;
  /** One value per year of `years`; null outside this segment. */
  data: Array<number | null>;
}

/**
 * One dataset per segment of every series (segments as in `segmentsOf`: split at each series break
 * and each missing year). Segments of one series share no year, so with `spanGaps: false` nothing
 * is ever drawn between them.
 */
export function lineDatasets(years: readonly number[], series: readonly LineSeries[]): LineDataset[] {
  const out: LineDataset[] = [];
  series.forEach((s, seriesIndex) => {
    const inRange = s.points.filter((p) => years.includes(p.year));
    segmentsOf(s.ref, inRange).forEach((segment, k) => {
      const byYear = new Map(segment.map((p) => [p.year, p.value]));
      out.push({ seriesIndex, seriesId: s.id, segment: k, data: years.map((y) => byYear.get(y) ?? null) });
    });
  });
  return out;
}

export interface BreakMark {
  /** The break lies between `after` and `after + 1`. */
  after: number;
  reason: BreakReason;
  /** Position on the category axis: halfway between the two years' indices. */
  position: number;
  /** Ids of the shown series it concerns. */
  seriesIds: string[];
}

/** Breaks that fall inside the shown years and concern at least one shown series. */
export function breakMarks(years: readonly number[], series: readonly LineSeries[]): BreakMark[] {
  const marks: BreakMark[] = [];
  for (const b of seriesFacts().breaks) {
    const i = years.indexOf(b.after);
    const j = years.indexOf(b.after + 1);
    if (i === -1 || j === -1) continue;
    const ids = series.filter((s) => b.applies(s.ref)).map((s) => s.id);
    if (ids.length === 0) continue;
    marks.push({ after: b.after, reason: b.reason, position: (i + j) / 2, seriesIds: ids });
  }
  return marks;
}

/** Method annotations (not breaks) within the shown years. */
export function annotationsIn(years: readonly number[]): Array<{ year: number; reason: AnnotationReason }> {
  return seriesFacts().annotations.filter((a) => years.includes(a.year));
}
