// Turning codes into the reader's words for the map views. Measures (labels, values, changes) are
// named and formatted by lib/measures/registry.ts.
import type { TranslationFunctions } from '../../i18n/i18n-types.ts';
import { historicName, isScope, yearsOf, type MapInputs, type Scope } from '../../lib/map/select.ts';
import { yearSpan } from '../../lib/years/survey-years.ts';
import { nameInYear, regionNameRows } from '../../lib/regions/names.ts';
import { inLocale } from '../../lib/data/in-locale.ts';
import { formatDate } from '../../lib/i18n/format.ts';
import type { Locale } from '../../lib/i18n/locale.ts';

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

/** A region's name at the end of a survey year (reference/region_names.csv), else its name. */
export function periodName(regionId: string, year: number | null, name: (id: string) => string, locale: Locale): string {
  return (year !== null && Number.isFinite(year) ? nameInYear(regionId, year, locale) : null) ?? name(regionId);
}

/**
 * A region's name with the one it had that year: "Astana city (in 2019: Nur-Sultan city)",
 * "Turkistan Region (in 2017: South Kazakhstan)".
 */
export function regionNameIn(regionId: string, year: number | null, name: (id: string) => string, t: TranslationFunctions, locale: Locale): string {
  const base = name(regionId);
  if (year === null) return base;
  const then = periodName(regionId, year, name, locale);
  if (then !== base) return t.map.nameWas({ name: base, year: String(year), old: then });
  const old = historicName(regionId, year);
  if (old === null) return base;
  return t.map.nameWas({ name: base, year: String(year), old: t.map.nameSouthKazakhstan() });
}

/** "Astana city until 2019-03-22; Nur-Sultan city 2019-03-23 – 2022-09-16; Astana city since 2022-09-17" from region_names.csv. */
export function nameHistory(regionId: string, t: TranslationFunctions, locale: Locale): string {
  const day = (iso: string) => formatDate(new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))), locale);
  return regionNameRows()
    .filter((r) => r.region_id === regionId)
    .map((r) => {
      const name = inLocale(r, 'name', locale);
      if (r.valid_from && r.valid_to) return t.map.nameBetween({ name, from: day(r.valid_from), to: day(r.valid_to) });
      if (r.valid_to) return t.map.nameUntil({ name, date: day(r.valid_to) });
      if (r.valid_from) return t.map.nameSince({ name, date: day(r.valid_from) });
      return name;
    })
    .join('; ');
}
