// Loaded lazily by the overview, so the CSV parser stays out of the first page load.
import { loadDatasets } from '../../lib/data/datasets.ts';
import { headline, overviewExtremes } from '../../lib/insights/overview.ts';

export async function loadHeadline() {
  const r = await loadDatasets(['monitoring/national.csv', 'reference/services.csv'] as const);
  if (!r.ok) return r;
  const [national, serviceRef] = r.data;
  return { ok: true as const, national, headline: headline(national, serviceRef) };
}

export async function loadExtremes(year: number) {
  const r = await loadDatasets([
    'monitoring/bodies.csv',
    'reference/bodies.csv',
    'monitoring/services.csv',
    'reference/services.csv',
    'monitoring/regions.csv',
    'reference/regions.csv',
    'monitoring/region_samples.csv',
  ] as const);
  if (!r.ok) return r;
  const [bodies, bodyRef, services, serviceRef, regions, regionRef, samples] = r.data;
  return { ok: true as const, bodyRef, serviceRef, regionRef, extremes: overviewExtremes({ bodies, services, serviceRef, regions, samples }, year) };
}

export type HeadlineData = Extract<Awaited<ReturnType<typeof loadHeadline>>, { ok: true }>;
export type ExtremesData = Extract<Awaited<ReturnType<typeof loadExtremes>>, { ok: true }>;
