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

/**
 * A figure published outside the series (quoted by news pages, not survey data): drawn as a lone
 * hollow marker, never joined to a line, with a short tag beside it.
 */
export interface PublishedMark {
  id: string;
  year: number;
  value: number;
  /** Drawn beside the marker ("4.88 · news.mail.ru · C"). */
  tag: string;
  /** The legend's and the read-out's words for it. */
  label: string;
}

/** Two colours and marker shapes apart from the series' (and from each other). */
export const PUBLISHED_STYLES = [
  { colour: '#7B3294', pointStyle: 'rectRot' },
  { colour: '#8C510A', pointStyle: 'triangle' },
  { colour: '#01665E', pointStyle: 'rect' },
] as const;

export function publishedStyle(index: number): (typeof PUBLISHED_STYLES)[number] {
  return PUBLISHED_STYLES[index % PUBLISHED_STYLES.length]!;
}

/** One dataset per mark: its value at its year, null elsewhere (nothing to join). */
export function publishedDatasets(years: readonly number[], marks: readonly PublishedMark[]): Array<{ markId: string; data: Array<number | null> }> {
  return marks.filter((m) => years.includes(m.year)).map((m) => ({ markId: m.id, data: years.map((y) => (y === m.year ? m.value : null)) }));
}

/**
 * Where the method changes between the series and the published marks: halfway between the last
 * year of the series and the next category, or null when no mark follows the series.
 */
export function methodChangePosition(categories: readonly number[], seriesYears: readonly number[], marks: readonly PublishedMark[]): number | null {
  const last = seriesYears[seriesYears.length - 1];
  if (last === undefined || !marks.some((m) => m.year > last)) return null;
  const i = categories.indexOf(last);
  return i === -1 || i + 1 >= categories.length ? null : i + 0.5;
}

/**
 * Vertical positions of tags drawn beside points at `ys` (pixels, any order): each at its point
 * unless that would come closer than `gap` to another, in which case they are pushed apart
 * around their middle. Returned in the input's order.
 */
export function spreadTags(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => o.y);
  for (let k = 1; k < placed.length; k += 1) if (placed[k]! - placed[k - 1]! < gap) placed[k] = placed[k - 1]! + gap;
  // Centre the pushed group on the points' middle so no tag drifts far from its point.
  const shift = (order.reduce((s, o) => s + o.y, 0) - placed.reduce((s, y) => s + y, 0)) / Math.max(order.length, 1);
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = placed[k]! + shift));
  return out;
}
