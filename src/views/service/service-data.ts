// What a service page reads: the service's rows in one bundle (lib/data/slices.ts, about 2 KB
// gzip) and the small shared reference files, instead of 13 whole files (46 KB gzip).
import { loadDatasets } from '../../lib/data/datasets.ts';
import { loadJsonObject } from '../../lib/data/load.ts';
import { SERVICE_INDEX_PATH, serviceSlice } from '../../lib/data/slices.ts';

function sources(id: string) {
  return [
    serviceSlice(id, 'reference/services.csv'),
    serviceSlice(id, 'reference/bodies.csv'),
    'reference/regions.csv',
    'reference/providers.csv',
    'reference/criteria.csv',
    'reference/channels.csv',
    // Whole: the page counts the ranked services and finds the latest survey year.
    'monitoring/services.csv',
    serviceSlice(id, 'monitoring/service_criteria.csv'),
    serviceSlice(id, 'monitoring/service_channels.csv'),
    serviceSlice(id, 'monitoring/service_providers.csv'),
    serviceSlice(id, 'monitoring/service_regions.csv'),
    serviceSlice(id, 'monitoring/service_callcentre.csv'),
    serviceSlice(id, 'monitoring/notes.csv'),
  ] as const;
}

/** The page's data; for an id that names no service (none in the index), every list is empty and the page says so. */
export async function loadServicePage(id: string) {
  const index = await loadJsonObject(SERVICE_INDEX_PATH);
  if (!index.ok) return { ok: false as const, error: index.error };
  const ids = index.parts.ids;
  if (!Array.isArray(ids)) return { ok: false as const, error: { file: SERVICE_INDEX_PATH, line: null, problem: { code: 'parse' as const, detail: 'ids' } } };
  if (!ids.includes(id)) {
    const empty = sources(id).map(() => []) as unknown as Extract<Awaited<ReturnType<typeof loadDatasets<ReturnType<typeof sources>>>>, { ok: true }>['data'];
    return { ok: true as const, data: empty };
  }
  return loadDatasets(sources(id));
}
