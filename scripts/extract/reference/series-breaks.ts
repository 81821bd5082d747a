// data/reference/series_breaks.csv: the points in time across which a series is not comparable
// (breaks), method notes that do not break a series (annotations) and renamings that change a
// region's label but not its series (names). The app reads this file instead of year literals.
//
// Every fact is derived here from the report's text or from the extracted tables, and its source
// (the report line quoted, or the table and column) is written next to it. A statement that can no
// longer be found stops the extraction rather than writing an unsupported row.
import type { Datasets } from '../../schema/datapackage.ts';

export interface SeriesBreakRow {
  break_id: string;
  /** break: no line or change across it; annotation: a mark only; name: the entity's label changed. */
  kind: 'break' | 'annotation' | 'name';
  /** 'all' every series; 'region' the region of entity_id. */
  applies_to: 'all' | 'region';
  entity_id: string | null;
  /** First survey year on the new side: the break lies between first_year − 1 and first_year. */
  first_year: number;
  /** The date of the change where the source gives one (ISO). */
  date: string | null;
  /** For names: the key of the label used before first_year. */
  old_name: string | null;
  source: string;
}

/** The 1-based line of the first line matching `pattern`; throws when the report no longer says it. */
function lineOf(lines: readonly string[], pattern: RegExp, what: string): number {
  const i = lines.findIndex((l) => pattern.test(l));
  if (i < 0) throw new Error(`series breaks: the report no longer states ${what} (${pattern})`);
  return i + 1;
}

export function buildSeriesBreaks(text: string, d: Pick<Datasets, 'national' | 'refRegions'>): SeriesBreakRow[] {
  const lines = text.split(/\r?\n/);
  const national = [...d.national].sort((a, b) => Number(a.year) - Number(b.year));
  const rows: SeriesBreakRow[] = [];

  // Rating scale: table 6 gives scale_max per year; its footnote says the early years used 10 points.
  const scaleLine = lineOf(lines, /10 балдық шкаласы қолданылған/, 'the 10-point scale footnote of table 6');
  for (let i = 1; i < national.length; i++) {
    const prev = national[i - 1]!;
    const cur = national[i]!;
    if (prev.scale_max !== cur.scale_max) {
      rows.push({
        break_id: 'scale_change', kind: 'break', applies_to: 'all', entity_id: null, first_year: Number(cur.year), date: null, old_name: null,
        source: `monitoring/national.csv scale_max ${String(prev.scale_max)} → ${String(cur.scale_max)}; 2020 report, table 6 footnote (line ${scaleLine})`,
      });
    }
  }

  // Shymkent became a region (reference/regions.csv valid_from); the rest of South Kazakhstan oblast
  // was renamed Turkistan. The year of the split is the first survey year of the new region.
  const shymkent = d.refRegions.find((r) => r.region_id === 'shymkent');
  const from = typeof shymkent?.valid_from === 'string' ? shymkent.valid_from : '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) throw new Error('series breaks: reference/regions.csv gives no valid_from for shymkent');
  const splitYear = Number(from.slice(0, 4));
  const splitSource = `reference/regions.csv valid_from of shymkent (${from})`;
  rows.push({ break_id: 'turkistan_shymkent_split', kind: 'break', applies_to: 'region', entity_id: 'turkistan', first_year: splitYear, date: from, old_name: null, source: splitSource });
  rows.push({ break_id: 'turkistan_renamed', kind: 'name', applies_to: 'region', entity_id: 'turkistan', first_year: splitYear, date: from, old_name: 'south_kazakhstan', source: splitSource });

  // The capital's names (Astana, Nur-Sultan, Astana) are in reference/region_names.csv: a renaming
  // changes a label, not a series, and that file dates each name.

  // The report's own survey, partly carried out online: the latest year of table 6.
  const onlineLine = lineOf(lines, /онлайн сауалнама/, 'the online survey method');
  const latest = national[national.length - 1];
  if (!latest) throw new Error('series breaks: table 6 has no years');
  rows.push({ break_id: 'online_survey', kind: 'annotation', applies_to: 'all', entity_id: null, first_year: Number(latest.year), date: null, old_name: null, source: `2020 report, survey methods: online survey (line ${onlineLine})` });

  return rows.sort((a, b) => a.first_year - b.first_year || a.break_id.localeCompare(b.break_id));
}

