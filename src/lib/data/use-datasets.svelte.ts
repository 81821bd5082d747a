// A view's datasets as reactive state: `data` once every file loaded and checked, `error` for the
// first file that failed (shown in that view with a retry), `reload()` for the retry button.
import { loadDatasets, type DatasetFile, type DatasetRow } from './datasets.ts';
import type { DatasetError } from './schema.ts';

export function useDatasets<const F extends readonly DatasetFile[]>(files: F) {
  type Data = { [I in keyof F]: DatasetRow<F[I]>[] };
  let data = $state.raw<Data | null>(null);
  let error = $state.raw<DatasetError | null>(null);
  async function reload(): Promise<void> {
    error = null;
    const result = await loadDatasets(files);
    if (result.ok) data = result.data;
    else error = result.error;
  }
  void reload();
  return {
    get data() {
      return data;
    },
    get error() {
      return error;
    },
    reload,
  };
}
