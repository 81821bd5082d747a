// A view's dataset files as reactive load state (see use-load.svelte.ts, and
// components/Loaded.svelte to render it).
import { loadDatasets, type DatasetRow, type DatasetSource, type FileOf } from './datasets.ts';
import { useLoad, type LoadState } from './use-load.svelte.ts';

/** A view's dataset files (or slices of them), loaded together (the first failure wins). */
export function useDatasets<const F extends readonly DatasetSource[]>(files: F): LoadState<{ [I in keyof F]: DatasetRow<FileOf<F[I]>>[] }> {
  return useLoad(() => loadDatasets(files));
}
