// Data shaped for the routes: slices of the published CSVs, written at build time by
// scripts/slices/build.ts (never committed) and precached by the service worker. A slice holds the
// rows of one published file that a route shows, under that file's header, so it is checked
// against the same schema; the published CSVs stay whole for download.
//   - a service page reads one bundle, data/slices/service/<id>.json: for each file, the CSV text
//     of the service's rows (a service page's data drops from 13 files, 46 KB gzip, to about 6);
//     data/slices/service/index.json lists the services that have one, so an unknown id is told
//     apart without a failed request;
//   - the notes of one dataset (data/slices/notes/<dataset>.<locale>.csv) instead of all notes;
//   - a reference file's names in one language (data/slices/names/<file>.<locale>.csv).
// Text is per language: a slice for a locale keeps, of each column with a sibling per language
// (name_kk, name_ru, name_en), only the locale's one (columnsInLocale), so a route fetches the
// text of the language it shows; its rows are checked against the schema of those columns.
import type { NoteRow } from './notes.ts';
import { notesFor } from './notes.ts';
import { LOCALES, type Locale } from '../i18n/locale.ts';
import type { ColumnSpec, Schema } from './schema.ts';

export const SLICES_DIR = 'slices/';

/** A published file's rows for one route: a CSV of its own, or a part of a JSON bundle. */
export interface Slice<F extends string = string> {
  /** The published file the rows come from (and whose schema they follow). */
  readonly file: F;
  /** Where the slice is, relative to data/. */
  readonly path: string;
  /** The path is a bundle ({ [file]: csv text }) and this slice is its `file` part. */
  readonly bundled?: true;
  /**
   * The slice holds the text of this language only: its rows have no other-language columns
   * (read text through inLocale with this locale; never search them across languages).
   */
  readonly locale?: Locale;
}

/** A column's field and language when it is one of a set per language: "name_ru" → ["name", "ru"]. */
function languageOf(column: string, columns: readonly string[]): [string, string] | null {
  const lang = LOCALES.find((l) => column.endsWith(`_${l}`));
  if (lang === undefined) return null;
  const field = column.slice(0, -lang.length - 1);
  // abbr_kk alone is a Kazakh abbreviation, not one of a set: it stays in every language.
  const siblings = LOCALES.filter((l) => columns.includes(`${field}_${l}`));
  return siblings.length > 1 ? [field, lang] : null;
}

/** The columns a locale's slice keeps: all but the other languages' versions of a text. */
export function columnsInLocale(columns: readonly string[], locale: Locale): string[] {
  return columns.filter((c) => {
    const lang = languageOf(c, columns);
    return lang === null || lang[1] === locale;
  });
}

/** A file's schema narrowed to the columns of a locale's slice. */
export function schemaInLocale(schema: Schema, locale: Locale): Schema {
  const keep = new Set(columnsInLocale(Object.keys(schema), locale));
  return Object.fromEntries(Object.entries(schema).filter(([c]) => keep.has(c))) as Readonly<Record<string, ColumnSpec>>;
}

/** Files of which a service page shows only the service's rows, bundled per service. */
export const SERVICE_BUNDLE_FILES = [
  'reference/services.csv',
  'reference/bodies.csv',
  'monitoring/service_criteria.csv',
  'monitoring/service_channels.csv',
  'monitoring/service_providers.csv',
  'monitoring/service_regions.csv',
  'monitoring/service_callcentre.csv',
  'monitoring/notes.csv',
] as const;
export type ServiceBundleFile = (typeof SERVICE_BUNDLE_FILES)[number];

/** The datasets whose notes a service page shows (ServicePage.svelte). */
export const SERVICE_NOTE_DATASETS = ['services', 'service_headlines', 'service_criteria', 'service_channels', 'service_providers', 'service_regions', 'service_callcentre'] as const;

/** The ids of the services that have a bundle: { "ids": [...] }. */
export const SERVICE_INDEX_PATH = `${SLICES_DIR}service/index.json`;

/** A service's bundle in one language (an id that names no service names a file that does not exist). */
export function serviceBundlePath(id: string, locale: Locale): string {
  return `${SLICES_DIR}service/${encodeURIComponent(id)}.${locale}.json`;
}

/** One file's part of a service's bundle. */
export function serviceSlice<F extends ServiceBundleFile>(id: string, file: F, locale: Locale): Slice<F> {
  return { file, path: serviceBundlePath(id, locale), bundled: true, locale };
}

/** Reference files whose names views show in one language (search views read the whole file). */
export const NAME_SLICE_FILES = ['reference/regions.csv', 'reference/bodies.csv', 'reference/services.csv', 'reference/providers.csv', 'reference/criteria.csv', 'reference/channels.csv'] as const;
export type NameSliceFile = (typeof NAME_SLICE_FILES)[number];

/** A reference file with its names in one language. */
export function namesSlice<F extends NameSliceFile>(file: F, locale: Locale): Slice<F> {
  return { file, path: `${SLICES_DIR}names/${file.replace('/', '.').replace(/\.csv$/, '')}.${locale}.csv`, locale };
}

/** Datasets whose notes get a slice of their own (the ones views show notes of). */
export const NOTE_SLICE_DATASETS = [
  'monitoring/national',
  'monitoring/bodies',
  'monitoring/regions',
  'monitoring/region_samples',
  'monitoring/service_regions',
  'monitoring/services',
  'monitoring/service_headlines',
  'monitoring/providers',
  'reference/services',
] as const;
export type NoteSliceDataset = (typeof NOTE_SLICE_DATASETS)[number];

/** The notes concerning one dataset (as notesFor(notes, dataset) selects them), in one language. */
export function notesSlice(dataset: NoteSliceDataset, locale: Locale): Slice<'monitoring/notes.csv'> {
  return { file: 'monitoring/notes.csv', path: `${SLICES_DIR}notes/${dataset.replace('/', '.')}.${locale}.csv`, locale };
}

/** Which notes a service's bundle keeps: those its page shows. */
export function isServiceNote(note: NoteRow, id: string): boolean {
  return SERVICE_NOTE_DATASETS.some((ds) => notesFor([note], ds, id).length > 0);
}
