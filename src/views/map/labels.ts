// Turning codes into the reader's words for the map views. Measures (labels, values, changes) are
// named and formatted by lib/measures/registry.ts.
import type { TranslationFunctions } from '../../i18n/i18n-types.ts';
import { historicName, yearsOf, type MapInputs } from '../../lib/map/select.ts';
import { yearSpan } from '../../lib/years/survey-years.ts';

/** A dataset's name; the regional tables' names carry the years they cover in the data. */
export function datasetLabel(dataset: string, t: TranslationFunctions, serviceName: (id: string) => string, inputs: Pick<MapInputs, 'regionValues' | 'serviceRegions'>): string {
  const years = yearSpan(yearsOf(dataset, inputs));
  if (dataset === 'leb') return t.map.datasetLeb({ years });
  if (dataset === 'all_providers') return t.map.datasetAllProviders({ years });
  if (dataset === 'appendix_b') return t.map.datasetAppendixB({ years });
  return serviceName(dataset);
}

export function scopeLabel(dataset: string, t: TranslationFunctions, serviceName: (id: string) => string): string {
  if (dataset === 'leb') return t.map.scope({ scope: t.common.scopeLeb() });
  if (dataset === 'all_providers') return t.map.scope({ scope: t.common.scopeAllProviders() });
  if (dataset === 'appendix_b') return t.map.scope({ scope: t.common.scopeAppendixB() });
  return t.map.scopeService({ service: serviceName(dataset) });
}

/** A region's name as it was that year: "Nur-Sultan city (in 2018: Astana city)". */
export function regionNameIn(regionId: string, year: number | null, name: (id: string) => string, t: TranslationFunctions): string {
  const base = name(regionId);
  const old = year === null ? null : historicName(regionId, year);
  if (old === null || year === null) return base;
  return t.map.nameWas({ name: base, year: String(year), old: old === 'astana' ? t.map.nameAstana() : t.map.nameSouthKazakhstan() });
}
