// The published datasets the views read. Their schemas are generated from data/datapackage.json
// (npm run schema:gen), the one schema that the extractor and data:check also follow; see
// data/README.md for meanings. Files are loaded on demand, once per page load; a broken file only
// affects the views using it. A view may read a slice of a file instead (slices.ts: the rows it
// shows, made at build time); a slice is checked against its file's schema.
import { yieldToMain } from '../schedule/yield-to-main.ts';
import { loadCsvCached, type Fetcher } from './load.ts';
import type { DatasetResult, RowOf } from './schema.ts';
import { SCHEMAS } from './schemas.generated.ts';
import { SLICES_DIR, schemaInLocale, type Slice } from './slices.ts';

export { SCHEMAS };

export type DatasetFile = keyof typeof SCHEMAS;
export type DatasetRow<F extends DatasetFile> = RowOf<(typeof SCHEMAS)[F]>;

/** A whole published file, or a slice of one. */
export type DatasetSource = DatasetFile | Slice<DatasetFile>;
/** The published file a source reads from. */
export type FileOf<S extends DatasetSource> = S extends Slice<infer F extends DatasetFile> ? F : S extends DatasetFile ? S : never;

export function loadDataset<S extends DatasetSource>(source: S, fetcher?: Fetcher): Promise<DatasetResult<DatasetRow<FileOf<S>>>> {
  const file: DatasetFile = typeof source === 'string' ? (source as DatasetFile) : source.file;
  const schema = typeof source !== 'string' && source.locale ? schemaInLocale(SCHEMAS[file], source.locale) : SCHEMAS[file];
  const loaded = typeof source === 'string' ? loadCsvCached(file, schema, fetcher) : loadCsvCached(file, schema, fetcher, source);
  return loaded.then((r) => (r.ok && r.rows.length === 0 && mustHaveRows(source) ? noRows(source) : r)) as Promise<DatasetResult<DatasetRow<FileOf<S>>>>;
}

/**
 * A published file, or the names of one, always has rows: a header alone is a broken file (cut
 * short, or emptied), named in the view rather than shown as a page with nothing on it. A slice of
 * a file's rows for one service or one dataset's notes may be empty.
 */
export function mustHaveRows(source: DatasetSource): boolean {
  return typeof source === 'string' || source.path.startsWith(`${SLICES_DIR}names/`);
}

function noRows(source: DatasetSource): DatasetResult<never> {
  const file = typeof source === 'string' ? source : `${source.file} (${source.path})`;
  return { ok: false, error: { file, line: null, problem: { code: 'noRows' } } };
}

/** Load several files; the first failure wins (the view shows it with a retry). */
export async function loadDatasets<const F extends readonly DatasetSource[]>(
  files: F,
): Promise<{ ok: true; data: { [I in keyof F]: DatasetRow<FileOf<F[I]>>[] } } | { ok: false; error: import('./schema.ts').DatasetError }> {
  // Each request is started in its own task: starting a fetch costs the main thread a little, and
  // ten of them at once add up to a long task on a slow phone.
  const pending: Promise<DatasetResult<unknown>>[] = [];
  for (const f of files) {
    if (pending.length > 0) await yieldToMain();
    pending.push(loadDataset(f));
  }
  const results = await Promise.all(pending);
  const failed = results.find((r) => !r.ok);
  if (failed && !failed.ok) return { ok: false, error: failed.error };
  return { ok: true, data: results.map((r) => (r.ok ? r.rows : [])) as { [I in keyof F]: DatasetRow<FileOf<F[I]>>[] } };
}
