// The published datasets the views read. Their schemas are generated from data/datapackage.json
// (npm run schema:gen), the one schema that the extractor and data:check also follow; see
// data/README.md for meanings. Files are loaded on demand, once per page load; a broken file only
// affects the views using it.
import { yieldToMain } from '../schedule/yield-to-main.ts';
import { loadCsvCached, type Fetcher } from './load.ts';
import type { DatasetResult, RowOf } from './schema.ts';
import { SCHEMAS } from './schemas.generated.ts';

export { SCHEMAS };

export type DatasetFile = keyof typeof SCHEMAS;
export type DatasetRow<F extends DatasetFile> = RowOf<(typeof SCHEMAS)[F]>;

export function loadDataset<F extends DatasetFile>(file: F, fetcher?: Fetcher): Promise<DatasetResult<DatasetRow<F>>> {
  return loadCsvCached(file, SCHEMAS[file] as (typeof SCHEMAS)[F], fetcher) as Promise<DatasetResult<DatasetRow<F>>>;
}

/** Load several files; the first failure wins (the view shows it with a retry). */
export async function loadDatasets<const F extends readonly DatasetFile[]>(
  files: F,
): Promise<{ ok: true; data: { [I in keyof F]: DatasetRow<F[I]>[] } } | { ok: false; error: import('./schema.ts').DatasetError }> {
  // Each request is started in its own task: starting a fetch costs the main thread a little, and
  // ten of them at once add up to a long task on a slow phone.
  const pending: ReturnType<typeof loadDataset>[] = [];
  for (const f of files) {
    if (pending.length > 0) await yieldToMain();
    pending.push(loadDataset(f));
  }
  const results = await Promise.all(pending);
  const failed = results.find((r) => !r.ok);
  if (failed && !failed.ok) return { ok: false, error: failed.error };
  return { ok: true, data: results.map((r) => (r.ok ? r.rows : [])) as { [I in keyof F]: DatasetRow<F[I]>[] } };
}
