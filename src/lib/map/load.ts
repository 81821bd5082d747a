// The files the map and region pages read, loaded together (first failure wins).
import { loadDatasets } from '../data/datasets.ts';
import { namesSlice, notesSlice } from '../data/slices.ts';
import type { Locale } from '../i18n/locale.ts';
import { regionsOfYears } from '../regions/periods.ts';

/** The files, with names and notes in the language shown (the page is remounted when it changes). */
export const mapFiles = (lang: Locale) =>
  [
    namesSlice('reference/regions.csv', lang),
    'monitoring/regions.csv',
    'monitoring/service_regions.csv',
    'monitoring/region_samples.csv',
    namesSlice('reference/services.csv', lang),
    'monitoring/services.csv',
    'monitoring/national.csv',
    'monitoring/providers.csv',
    // The notes of the regional datasets (notesForView, notesForRegion), not the whole notes file.
    notesSlice('monitoring/regions', lang),
    notesSlice('monitoring/service_regions', lang),
    notesSlice('monitoring/region_samples', lang),
  ] as const;

export async function loadMapData(lang: Locale) {
  const result = await loadDatasets(mapFiles(lang));
  if (!result.ok) return result;
  const [regions, regionValues, serviceRegions, samples, serviceRefs, services, national, providers, regionNotes, serviceRegionNotes, sampleNotes] = result.data;
  const notes = [...regionNotes, ...serviceRegionNotes, ...sampleNotes];
  // The survey views list the regions of their years (the 17 of 2016–2020), not the later ones:
  // reference/regions.csv also holds the regions created since.
  const years = [...new Set([...regionValues, ...serviceRegions].map((r) => r.year))];
  const surveyRegions = regionsOfYears(regions, years);
  return { ok: true as const, data: { regions: surveyRegions, allRegions: regions, regionValues, serviceRegions, samples, serviceRefs, services, national, providers, notes } };
}

export type MapData = Extract<Awaited<ReturnType<typeof loadMapData>>, { ok: true }>['data'];
