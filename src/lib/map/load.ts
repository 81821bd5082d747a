// The files the map and region pages read, loaded together (first failure wins).
import { loadDatasets } from '../data/datasets.ts';
import { notesSlice } from '../data/slices.ts';

export const MAP_FILES = [
  'reference/regions.csv',
  'monitoring/regions.csv',
  'monitoring/service_regions.csv',
  'monitoring/region_samples.csv',
  'reference/services.csv',
  'monitoring/services.csv',
  'monitoring/national.csv',
  'monitoring/providers.csv',
  // The notes of the regional datasets (notesForView, notesForRegion), not the whole notes file.
  notesSlice('monitoring/regions'),
  notesSlice('monitoring/service_regions'),
  notesSlice('monitoring/region_samples'),
] as const;

export async function loadMapData() {
  const result = await loadDatasets(MAP_FILES);
  if (!result.ok) return result;
  const [regions, regionValues, serviceRegions, samples, serviceRefs, services, national, providers, regionNotes, serviceRegionNotes, sampleNotes] = result.data;
  const notes = [...regionNotes, ...serviceRegionNotes, ...sampleNotes];
  return { ok: true as const, data: { regions, regionValues, serviceRegions, samples, serviceRefs, services, national, providers, notes } };
}

export type MapData = Extract<Awaited<ReturnType<typeof loadMapData>>, { ok: true }>['data'];
