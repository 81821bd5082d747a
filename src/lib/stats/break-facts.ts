// The pure part of the series breaks (no file read, so that the build's scripts can use it too):
// the rows of data/reference/series_breaks.csv as the app uses them, and the years the method
// notes name. breaks.ts loads the file for the app.
import type { DatasetRow } from '../data/datasets.ts';

export type SeriesBreakRow = DatasetRow<'reference/series_breaks.csv'>;
export type BreakReason = 'scale_change' | 'turkistan_shymkent_split';
export type AnnotationReason = 'online_survey';
export type OldName = NonNullable<SeriesBreakRow['old_name']>;

export interface SeriesBreak {
  /** The break lies between `after` and the next year. */
  after: number;
  reason: BreakReason;
  /** Which series it concerns. */
  applies: (series: SeriesRef) => boolean;
}

export type SeriesRef = { kind: 'national' } | { kind: 'region'; id: string } | { kind: 'body'; id: string } | { kind: 'service'; id: string };

export interface SeriesFacts {
  breaks: SeriesBreak[];
  annotations: Array<{ year: number; reason: AnnotationReason }>;
  /** Renamings: before `firstYear` the region was called `oldName`. */
  names: Array<{ regionId: string; firstYear: number; oldName: OldName }>;
}

const isBreakReason = (id: string): id is BreakReason => id === 'scale_change' || id === 'turkistan_shymkent_split';
const isAnnotationReason = (id: string): id is AnnotationReason => id === 'online_survey';

/** The rows of series_breaks.csv as the app uses them. Throws on a row it cannot honour. */
export function seriesFactsOf(rows: readonly SeriesBreakRow[]): SeriesFacts {
  const facts: SeriesFacts = { breaks: [], annotations: [], names: [] };
  for (const r of rows) {
    const applies = r.applies_to === 'all' ? () => true : (s: SeriesRef) => s.kind === 'region' && s.id === r.entity_id;
    if (r.kind === 'break' && isBreakReason(r.break_id)) facts.breaks.push({ after: r.first_year - 1, reason: r.break_id, applies });
    else if (r.kind === 'annotation' && isAnnotationReason(r.break_id)) facts.annotations.push({ year: r.first_year, reason: r.break_id });
    else if (r.kind === 'name' && r.entity_id && r.old_name) facts.names.push({ regionId: r.entity_id, firstYear: r.first_year, oldName: r.old_name });
    else throw new Error(`series_breaks.csv: cannot use ${r.break_id} (${r.kind})`);
  }
  return facts;
}

/** The years the method notes name, from the facts (never written into a dictionary). */
export interface MethodYears {
  /** The last year on the 10-point scale. */
  scaleLast: number;
  /** The year Shymkent split off and South Kazakhstan became Turkistan. */
  split: number;
  /** The survey year that was partly online. */
  online: number;
}

export function methodYears(facts: SeriesFacts): MethodYears {
  const breakYear = (reason: BreakReason) => {
    const b = facts.breaks.find((x) => x.reason === reason);
    if (!b) throw new Error(`series_breaks.csv has no ${reason}`);
    return b.after + 1;
  };
  const online = facts.annotations.find((a) => a.reason === 'online_survey');
  if (!online) throw new Error('series_breaks.csv has no online_survey');
  return { scaleLast: breakYear('scale_change') - 1, split: breakYear('turkistan_shymkent_split'), online: online.year };
}
