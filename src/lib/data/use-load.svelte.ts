// The one way a view loads its data: reactive state that is loading, loaded (`data`) or failed
// (`error`, the first file that failed), with `reload()` for the retry button. Views render it
// with components/Loaded.svelte, so the loading line, the error and the retry are the same on
// every page. This module imports no dataset code, so the start page can use it and still load
// the CSV parser lazily; use-datasets.svelte.ts is the shortcut for a list of dataset files.
import type { DatasetError } from './schema.ts';

/** What a loader resolves to: never a thrown error, a typed one for that view alone. */
export type LoadResult<T> = { ok: true; data: T } | { ok: false; error: DatasetError };

export interface LoadState<T> {
  /** The loaded data; null while loading or after a failure. */
  readonly data: T | null;
  readonly error: DatasetError | null;
  reload(): Promise<void>;
}

/** Run `load` now and on every reload; the result is kept raw (rows are replaced, never changed in place). */
export function useLoad<T>(load: () => Promise<LoadResult<T>>): LoadState<T> {
  // raw: a deep $state would wrap every row (and every map coordinate) in a proxy as views read them.
  let data = $state.raw<T | null>(null);
  let error = $state.raw<DatasetError | null>(null);
  let run = 0;
  async function reload(): Promise<void> {
    const mine = ++run;
    error = null;
    let result: LoadResult<T>;
    try {
      result = await load();
    } catch {
      // A loader that throws (its own lazily imported code did not arrive: offline, or a new
      // deploy removed the old chunk) is a network failure of that view, not an endless "loading".
      result = { ok: false, error: { file: '', line: null, problem: { code: 'network', status: '—' } } };
    }
    if (mine !== run) return; // a later reload owns the state
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
