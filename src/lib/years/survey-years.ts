// Survey years come from the data, never from literals: the latest year is the largest year in
// the loaded rows, a dataset's years are the years its rows have. A new survey year is new rows.
import type { ParamSpec } from '../url/params.ts';

/** The distinct years of some rows, ascending. */
export function surveyYears(rows: ReadonlyArray<{ year: number }>): number[] {
  return [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
}

/** The latest year of some rows, or null when there are none. */
export function latestYear(rows: ReadonlyArray<{ year: number }>): number | null {
  let latest: number | null = null;
  for (const r of rows) if (latest === null || r.year > latest) latest = r.year;
  return latest;
}

/** The year to show: the one asked for if the data has it, else the latest the data has. */
export function yearOrLatest(asked: number | null, years: readonly number[]): number | null {
  if (asked !== null && years.includes(asked)) return asked;
  return years.length ? years[years.length - 1]! : null;
}

/**
 * A year in the URL whose default is "the latest year in the data" (null): the default is decided
 * at runtime from the loaded rows, and a link without a year keeps following the newest survey.
 */
export function latestYearParam(): ParamSpec<number | null> {
  return {
    // Any four-digit year parses; whether the data has it is the view's check (with a notice).
    parse: (raw) => (/^\d{4}$/.test(raw) ? Number(raw) : undefined),
    format: (v) => (v === null ? '' : String(v)),
    defaultValue: null,
  };
}

/** The URL value for a chosen year: null (no parameter) when it is the latest. */
export function yearParamValue(year: number, years: readonly number[]): number | null {
  return year === years[years.length - 1] ? null : year;
}

/** The span of some years as written in titles: "first–last", one year alone, or "" for none. */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}
