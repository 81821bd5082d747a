// The data page's list of files (data/catalogue.json, made at build time by scripts/publish/bundle.ts).
import type { LoadResult } from './use-load.svelte.ts';
import type { Catalogue } from './data-catalogue.ts';
import { DATA_BASE, parseJsonText } from './load.ts';

export const CATALOGUE_FILE = 'catalogue.json';

export async function loadCatalogue(fetcher: (url: string) => Promise<Response> = (u) => fetch(u)): Promise<LoadResult<Catalogue>> {
  const fail = (status: string): LoadResult<Catalogue> => ({ ok: false, error: { file: CATALOGUE_FILE, line: null, problem: { code: 'network', status } } });
  try {
    const response = await fetcher(DATA_BASE + CATALOGUE_FILE);
    if (!response.ok) return fail(String(response.status));
    const json = parseJsonText(await response.text());
    if (!json.ok) return { ok: false, error: { file: CATALOGUE_FILE, line: null, problem: json.problem } };
    const catalogue = json.value as Catalogue;
    if (!catalogue || !Array.isArray(catalogue.files)) return { ok: false, error: { file: CATALOGUE_FILE, line: null, problem: { code: 'parse', detail: 'jsonShape' } } };
    return { ok: true, data: catalogue };
  } catch {
    return fail('—');
  }
}
