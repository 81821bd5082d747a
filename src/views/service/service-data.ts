// What a service page reads: the service's rows in one bundle (lib/data/slices.ts, about 2 KB
// gzip) and the small shared reference files, instead of 13 whole files (46 KB gzip).
import { loadDatasets } from '../../lib/data/datasets.ts';
import { loadJsonObject } from '../../lib/data/load.ts';
import { namesSlice, SERVICE_INDEX_PATH, serviceSlice } from '../../lib/data/slices.ts';
import type { Locale } from '../../lib/i18n/locale.ts';

// Names and notes in the language shown (the page is remounted when it changes).
function sources(id: string, lang: Locale) {
  return [
    serviceSlice(id, 'reference/services.csv', lang),
    serviceSlice(id, 'reference/bodies.csv', lang),
    namesSlice('reference/regions.csv', lang),
    namesSlice('reference/providers.csv', lang),
    namesSlice('reference/criteria.csv', lang),
    namesSlice('reference/channels.csv', lang),
    // Whole: the page counts the ranked services and finds the latest survey year.
    'monitoring/services.csv',
    serviceSlice(id, 'monitoring/service_criteria.csv', lang),
    serviceSlice(id, 'monitoring/service_channels.csv', lang),
    serviceSlice(id, 'monitoring/service_providers.csv', lang),
    serviceSlice(id, 'monitoring/service_regions.csv', lang),
    serviceSlice(id, 'monitoring/service_callcentre.csv', lang),
    serviceSlice(id, 'monitoring/notes.csv', lang),
  ] as const;
}

/** The page's data; for an id that names no service (none in the index), every list is empty and the page says so. */
export async function loadServicePage(id: string, lang: Locale) {
  const index = await loadJsonObject(SERVICE_INDEX_PATH);
  if (!index.ok) return { ok: false as const, error: index.error };
  const ids = index.parts.ids;
  if (!Array.isArray(ids)) return { ok: false as const, error: { file: SERVICE_INDEX_PATH, line: null, problem: { code: 'parse' as const, detail: 'jsonShape' as const } } };
  if (!ids.includes(id)) {
    const empty = sources(id, lang).map(() => []) as unknown as Extract<Awaited<ReturnType<typeof loadDatasets<ReturnType<typeof sources>>>>, { ok: true }>['data'];
    return { ok: true as const, data: empty };
  }
  return loadDatasets(sources(id, lang));
}
