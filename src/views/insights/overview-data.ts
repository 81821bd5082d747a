// Loaded lazily by the overview, so the CSV parser stays out of the first page load.
import { loadDatasets } from '../../lib/data/datasets.ts';
import { namesSlice } from '../../lib/data/slices.ts';
import type { Locale } from '../../lib/i18n/locale.ts';
import { namesInYear } from '../../lib/regions/names.ts';
import { headline, overviewExtremes } from '../../lib/insights/overview.ts';

// Names in the language shown (the start page is remounted when it changes).
export async function loadHeadline(lang: Locale) {
  const r = await loadDatasets(['monitoring/national.csv', namesSlice('reference/services.csv', lang), 'monitoring/published_since.csv'] as const);
  if (!r.ok) return r;
  const [national, serviceRef, since] = r.data;
  return { ok: true as const, national, since, headline: headline(national, serviceRef) };
}

export async function loadExtremes(year: number, lang: Locale) {
  const r = await loadDatasets([
    'monitoring/bodies.csv',
    namesSlice('reference/bodies.csv', lang),
    'monitoring/services.csv',
    namesSlice('reference/services.csv', lang),
    'monitoring/regions.csv',
    namesSlice('reference/regions.csv', lang),
    'monitoring/region_samples.csv',
  ] as const);
  if (!r.ok) return r;
  const [bodies, bodyRef, services, serviceRef, regions, regionRef, samples] = r.data;
  // The regions' names of the year shown (the capital was Nur-Sultan in 2019–2021): here, not in
  // the page, so the names by period (and their CSV parser) stay out of the first load.
  const inYear = (name: (id: string) => string, locale: Locale) => namesInYear(name, year, locale);
  return { ok: true as const, bodyRef, serviceRef, regionRef, inYear, extremes: overviewExtremes({ bodies, services, serviceRef, regions, samples }, year) };
}

export type HeadlineData = Extract<Awaited<ReturnType<typeof loadHeadline>>, { ok: true }>;
export type ExtremesData = Extract<Awaited<ReturnType<typeof loadExtremes>>, { ok: true }>;
