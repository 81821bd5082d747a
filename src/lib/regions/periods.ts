// Regions as a code list with periods: which regions (and which of their names) were valid on a
// day, and the day a survey year stands for. Pure: the rows come from reference/regions.csv and
// reference/region_names.csv (written by the extractor); the map's boundaries follow the same rule.
import type { DatasetRow } from '../data/datasets.ts';

export type RegionRow = DatasetRow<'reference/regions.csv'>;
export type RegionNameRow = DatasetRow<'reference/region_names.csv'>;

/** An ISO day (YYYY-MM-DD). */
export type IsoDay = string;

/**
 * The day a survey year stands for: its last. A region counts in a year if it existed at the
 * year's end (Shymkent, separate from 19 June 2018, is one of the regions of the 2018 survey) and
 * a region is labelled with the name it had then (2019: Nur-Sultan, renamed on 23 March 2019).
 */
export function surveyDay(year: number): IsoDay {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/** Whether a row with an inclusive [valid_from, valid_to] period (empty = open) is valid on `day`. */
export function validOn(row: { valid_from: string | null; valid_to: string | null }, day: IsoDay): boolean {
  return (!row.valid_from || row.valid_from <= day) && (!row.valid_to || day <= row.valid_to);
}

/** The regions valid on a day, in the order given. */
export function regionsOn<R extends { valid_from: string | null; valid_to: string | null }>(regions: readonly R[], day: IsoDay): R[] {
  return regions.filter((r) => validOn(r, day));
}

/** The regions valid at the end of any of the survey years (the 17 regions of 2016–2020). */
export function regionsOfYears<R extends { valid_from: string | null; valid_to: string | null }>(regions: readonly R[], years: readonly number[]): R[] {
  return regions.filter((r) => years.some((y) => validOn(r, surveyDay(y))));
}

/** The name row of a region valid on a day, or null when its name never changed (regions.csv has it). */
export function nameRowOn(names: readonly RegionNameRow[], regionId: string, day: IsoDay): RegionNameRow | null {
  return names.find((n) => n.region_id === regionId && validOn(n, day)) ?? null;
}

/**
 * The periods a set of regions defines, newest first: a new period starts on every day a region
 * comes into being or ends. Each period lists the ids valid in it. With the 20 regions of
 * reference/regions.csv: from 2022-06-08 (20), 2018-06-19 – 2022-06-07 (17), before (16).
 */
export function regionPeriods(regions: ReadonlyArray<{ region_id: string; valid_from: string | null; valid_to: string | null }>): Array<{ from: IsoDay | null; to: IsoDay | null; ids: string[] }> {
  const starts = new Set<IsoDay>();
  for (const r of regions) {
    if (r.valid_from) starts.add(r.valid_from);
    if (r.valid_to) starts.add(nextDay(r.valid_to));
  }
  const sorted = [...starts].sort();
  const bounds: Array<IsoDay | null> = [null, ...sorted];
  return bounds
    .map((from, i) => {
      const next = sorted[i];
      const to = next === undefined ? null : previousDay(next);
      const probe = from ?? (next ? previousDay(next) : '0000-01-01');
      return { from, to, ids: regions.filter((r) => validOn(r, probe)).map((r) => r.region_id) };
    })
    .reverse();
}

function shiftDay(day: IsoDay, by: number): IsoDay {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
}
export const nextDay = (day: IsoDay): IsoDay => shiftDay(day, 1);
export const previousDay = (day: IsoDay): IsoDay => shiftDay(day, -1);
