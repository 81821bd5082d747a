// Series breaks: points in time across which values are not comparable. A line is never drawn and
// a change is never computed across a break. Method notes that do not break a series are kept as
// annotations so charts can mark them; renamings change a region's label, not its series.
//
// The facts are data, not literals: data/reference/series_breaks.csv (written by the extractor,
// each row with its source). It is bundled here rather than fetched by each view because every
// change and every line in the app depends on it, synchronously; a unit test checks the file.
import breaksCsv from '../../../data/reference/series_breaks.csv?raw';
import { SCHEMAS } from '../data/datasets.ts';
import { parseCsv } from '../data/parse-csv.ts';

import { seriesFactsOf, type SeriesBreak, type SeriesBreakRow, type SeriesFacts, type SeriesRef, type AnnotationReason, type BreakReason, type OldName } from './break-facts.ts';

export * from './break-facts.ts';

let rows: SeriesBreakRow[] | undefined;
function seriesBreakRows(): SeriesBreakRow[] {
  if (rows) return rows;
  const parsed = parseCsv(breaksCsv, SCHEMAS['reference/series_breaks.csv'], 'reference/series_breaks.csv');
  if (!parsed.ok) throw new Error(`reference/series_breaks.csv: ${JSON.stringify(parsed.error)}`);
  return (rows = parsed.rows);
}

function load(): SeriesFacts {
  return seriesFactsOf(seriesBreakRows());
}

// Parsed on first use, not when the module is evaluated: the module is in the app's entry, and
// parsing at start-up was part of the first long task on a slow phone.
let facts: SeriesFacts | undefined;
/** The facts of series_breaks.csv (breaks, annotations, renamings). */
export function seriesFacts(): SeriesFacts {
  return (facts ??= load());
}

/** The first break between two years (in either order) for a series, or null. */
export function breakBetween(series: SeriesRef, yearA: number, yearB: number): SeriesBreak | null {
  const [lo, hi] = yearA <= yearB ? [yearA, yearB] : [yearB, yearA];
  return seriesFacts().breaks.find((b) => b.after >= lo && b.after < hi && b.applies(series)) ?? null;
}

/** Method annotations of a year (e.g. the survey was partly online). */
export function annotationsOf(year: number): AnnotationReason[] {
  return seriesFacts().annotations.filter((a) => a.year === year).map((a) => a.reason);
}

/** A region's earlier name in a survey year, or null when it had its current name. */
export function oldNameIn(regionId: string, year: number): OldName | null {
  return seriesFacts().names.find((n) => n.regionId === regionId && year < n.firstYear)?.oldName ?? null;
}

/**
 * A break's years and day, as the dictionaries take them (parameters, not literals): `year` is the
 * first year on the new side, `prev` the last on the old, `date` the day it took effect (ISO, from
 * series_breaks.csv's date column) or null. Null when the data has no such break.
 */
export function breakFacts(reason: BreakReason): { year: number; prev: number; date: string | null } | null {
  const b = seriesFacts().breaks.find((x) => x.reason === reason);
  if (!b) return null;
  return { year: b.after + 1, prev: b.after, date: seriesBreakRows().find((r) => r.break_id === reason)?.date ?? null };
}
