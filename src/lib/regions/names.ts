// The names a region had while its id stayed (data/reference/region_names.csv, written by the
// extractor: the capital's Astana, Nur-Sultan, Astana). Bundled like series_breaks.csv
// (lib/stats/breaks.ts): every view that labels a survey year needs it, synchronously.
import namesCsv from '../../../data/reference/region_names.csv?raw';
import { SCHEMAS } from '../data/datasets.ts';
import { parseCsv } from '../data/parse-csv.ts';
import { inLocale } from '../data/in-locale.ts';
import type { Locale } from '../i18n/locale.ts';
import { nameRowOn, surveyDay, type RegionNameRow } from './periods.ts';

let rows: RegionNameRow[] | undefined;
/** The rows of region_names.csv, parsed on first use. */
export function regionNameRows(): RegionNameRow[] {
  if (rows) return rows;
  const parsed = parseCsv(namesCsv, SCHEMAS['reference/region_names.csv'], 'reference/region_names.csv');
  if (!parsed.ok) throw new Error(`reference/region_names.csv: ${JSON.stringify(parsed.error)}`);
  return (rows = parsed.rows);
}

/** A region's name at the end of a survey year, or null when regions.csv's name holds for it. */
export function nameInYear(regionId: string, year: number, locale: Locale, names: readonly RegionNameRow[] = regionNameRows()): string | null {
  const row = nameRowOn(names, regionId, surveyDay(year));
  return row ? inLocale(row, 'name', locale) : null;
}

/**
 * A namer that gives each region the name it had at the end of `year` (the capital's "Nur-Sultan
 * city" for 2019–2021), falling back to `name` (reference/regions.csv, today's names).
 */
export function namesInYear(name: (id: string) => string, year: number | null | undefined, locale: Locale, names?: readonly RegionNameRow[]): (id: string) => string {
  if (year === null || year === undefined || !Number.isFinite(year)) return name;
  return (id) => nameInYear(id, year, locale, names) ?? name(id);
}
