// Data shaped for the routes: slices of the published CSVs, written at build time by
// scripts/slices/build.ts (never committed) and precached by the service worker. A slice holds the
// rows of one published file that a route shows, under that file's header, so it is checked
// against the same schema; the published CSVs stay whole for download.
//   - a service page reads one bundle, data/slices/service/<id>.json: for each file, the CSV text
//     of the service's rows (a service page's data drops from 13 files, 46 KB gzip, to about 6);
//     data/slices/service/index.json lists the services that have one, so an unknown id is told
//     apart without a failed request;
//   - the notes of one dataset (data/slices/notes/<dataset>.csv) instead of all notes.
import type { NoteRow } from './notes.ts';
import { notesFor } from './notes.ts';

export const SLICES_DIR = 'slices/';

/** A published file's rows for one route: a CSV of its own, or a part of a JSON bundle. */
export interface Slice<F extends string = string> {
  /** The published file the rows come from (and whose schema they follow). */
  readonly file: F;
  /** Where the slice is, relative to data/. */
  readonly path: string;
  /** The path is a bundle ({ [file]: csv text }) and this slice is its `file` part. */
  readonly bundled?: true;
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

/** A service's bundle (an id that names no service names a file that does not exist). */
export function serviceBundlePath(id: string): string {
  return `${SLICES_DIR}service/${encodeURIComponent(id)}.json`;
}

/** One file's part of a service's bundle. */
export function serviceSlice<F extends ServiceBundleFile>(id: string, file: F): Slice<F> {
  return { file, path: serviceBundlePath(id), bundled: true };
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

/** The notes concerning one dataset (as notesFor(notes, dataset) selects them). */
export function notesSlice(dataset: NoteSliceDataset): Slice<'monitoring/notes.csv'> {
  return { file: 'monitoring/notes.csv', path: `${SLICES_DIR}notes/${dataset.replace('/', '.')}.csv` };
}

/** Which notes a service's bundle keeps: those its page shows. */
export function isServiceNote(note: NoteRow, id: string): boolean {
  return SERVICE_NOTE_DATASETS.some((ds) => notesFor([note], ds, id).length > 0);
}
