// The files the map and region pages read, loaded together (first failure wins).
import { loadDatasets } from '../data/datasets.ts';

export const MAP_FILES = [
  'reference/regions.csv',
  'monitoring/regions.csv',
  'monitoring/service_regions.csv',
  'monitoring/region_samples.csv',
  'reference/services.csv',
  'monitoring/services.csv',
  'monitoring/national.csv',
  'monitoring/providers.csv',
  'monitoring/notes.csv',
] as const;

export async function loadMapData() {
  const result = await loadDatasets(MAP_FILES);
  if (!result.ok) return result;
  const [regions, regionValues, serviceRegions, samples, serviceRefs, services, national, providers, notes] = result.data;
  return { ok: true as const, data: { regions, regionValues, serviceRegions, samples, serviceRefs, services, national, providers, notes } };
}

export type MapData = Extract<Awaited<ReturnType<typeof loadMapData>>, { ok: true }>['data'];
