// Turning codes into the reader's words for the map views. Measures (labels, values, changes) are
// named and formatted by lib/measures/registry.ts.
import type { TranslationFunctions } from '../../i18n/i18n-types.ts';
import { historicName, isScope, yearsOf, type MapInputs, type Scope } from '../../lib/map/select.ts';
import { yearSpan } from '../../lib/years/survey-years.ts';

/** The words of each scope of lib/map/select.ts SCOPES: a new scope there is a type error here until named. */
const SCOPE_WORDS: Record<Scope, { dataset: (t: TranslationFunctions, years: string) => string; scope: (t: TranslationFunctions) => string }> = {
  leb: { dataset: (t, years) => t.map.datasetLeb({ years }), scope: (t) => t.common.scopeLeb() },
  all_providers: { dataset: (t, years) => t.map.datasetAllProviders({ years }), scope: (t) => t.common.scopeAllProviders() },
  appendix_b: { dataset: (t, years) => t.map.datasetAppendixB({ years }), scope: (t) => t.common.scopeAppendixB() },
};

/** A dataset's name; the regional tables' names carry the years they cover in the data. */
export function datasetLabel(dataset: string, t: TranslationFunctions, serviceName: (id: string) => string, inputs: Pick<MapInputs, 'regionValues' | 'serviceRegions'>): string {
  return isScope(dataset) ? SCOPE_WORDS[dataset].dataset(t, yearSpan(yearsOf(dataset, inputs))) : serviceName(dataset);
}

export function scopeLabel(dataset: string, t: TranslationFunctions, serviceName: (id: string) => string): string {
  return isScope(dataset) ? t.map.scope({ scope: SCOPE_WORDS[dataset].scope(t) }) : t.map.scopeService({ service: serviceName(dataset) });
}

/** A region's name as it was that year: "Nur-Sultan city (in 2018: Astana city)". */
export function regionNameIn(regionId: string, year: number | null, name: (id: string) => string, t: TranslationFunctions): string {
  const base = name(regionId);
  const old = year === null ? null : historicName(regionId, year);
  if (old === null || year === null) return base;
  return t.map.nameWas({ name: base, year: String(year), old: old === 'astana' ? t.map.nameAstana() : t.map.nameSouthKazakhstan() });
}
