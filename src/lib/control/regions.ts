// The region code list of reports (data/reference/regions.csv) with each region's period of
// existence: a report's region_id must be a region that existed in its period. Regions split or
// created later (Abai, Zhetysu and Ulytau since 8 June 2022) are valid from their date only; a
// region's name given instead of its id, in any language, any case or spacing, is matched so the
// finding can suggest the id. Pure: read as data, safe in the Web Worker.

/** The columns of a row of reference/regions.csv that the check reads (empty cells may come as null). */
export interface RegionInput {
  region_id: string;
  name_kk: string;
  name_ru: string;
  name_en: string;
  valid_from?: string | null;
  valid_to?: string | null;
}

export interface RegionCodes {
  /** id → first and last day ("YYYY-MM-DD"; '' when open). */
  periods: Map<string, { from: string; to: string }>;
  /** A name or id, folded (see foldName) → the id. */
  names: Map<string, string>;
}

/** A name compared without case, spacing or the dots of abbreviations ("г. Алматы" = "Г Алматы"). */
export function foldName(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/[.\s_-]+/g, ' ').trim();
}

export function buildRegionCodes(rows: readonly RegionInput[]): RegionCodes {
  const periods = new Map<string, { from: string; to: string }>();
  const names = new Map<string, string>();
  for (const r of rows) {
    periods.set(r.region_id, { from: r.valid_from ?? '', to: r.valid_to ?? '' });
    for (const name of [r.region_id, r.name_kk, r.name_ru, r.name_en]) if (name) names.set(foldName(name), r.region_id);
  }
  return { periods, names };
}

/** Whether a region existed on any day from `first` to `last` (days as "YYYY-MM-DD"). */
export function regionValidIn(codes: RegionCodes, id: string, first: string, last: string): boolean {
  const p = codes.periods.get(id);
  if (!p) return false;
  return (p.from === '' || p.from <= last) && (p.to === '' || p.to >= first);
}

/** The ids of the regions that existed in the days given, in the file's order. */
export function regionsValidIn(codes: RegionCodes, first: string, last: string): string[] {
  return [...codes.periods.keys()].filter((id) => regionValidIn(codes, id, first, last));
}

/** The id a value names, when it is a region's name (or its id in another case or spacing). */
export function suggestRegion(codes: RegionCodes, value: string): string | undefined {
  const id = codes.names.get(foldName(value));
  return id === value ? undefined : id;
}
