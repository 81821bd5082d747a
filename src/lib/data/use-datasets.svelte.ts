// A view's dataset files as reactive load state (see use-load.svelte.ts, and
// components/Loaded.svelte to render it).
import { loadDatasets, type DatasetFile, type DatasetRow } from './datasets.ts';
import { useLoad, type LoadState } from './use-load.svelte.ts';

/** A view's dataset files, loaded together (the first failure wins). */
export function useDatasets<const F extends readonly DatasetFile[]>(files: F): LoadState<{ [I in keyof F]: DatasetRow<F[I]>[] }> {
  return useLoad(() => loadDatasets(files));
}
