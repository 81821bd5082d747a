import type { Locale } from '../i18n/locale.ts';
import type { Named } from '../data/names.ts';
import { inLocale } from '../data/in-locale.ts';
import { compareText, sortByText } from '../i18n/collate.ts';

export interface CatalogueService extends Named {
  service_id: string;
  body_id: string | null;
  surveyed: boolean;
}

/** Lowercased, ё→е, spaces squeezed: search that forgives case and spelling of quotes. */
export function searchKey(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[«»"“”]/g, '').replace(/\s+/g, ' ').trim();
}

/** Services whose name in any language contains every word of the query. */
export function searchServices<S extends CatalogueService>(services: readonly S[], query: string): S[] {
  const words = searchKey(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...services];
  return services.filter((s) => {
    const hay = searchKey(`${s.name_kk} ${s.name_ru} ${s.name_en} ${s.service_id}`);
    return words.every((w) => hay.includes(w));
  });
}

/** Group services by responsible body, groups and services ordered by name in the reader's language. */
export function groupByBody<S extends CatalogueService>(
  services: readonly S[],
  bodyName: (id: string) => string,
  locale: Locale,
): Array<{ bodyId: string; bodyName: string; services: S[] }> {
  const groups = new Map<string, S[]>();
  for (const s of services) {
    const key = s.body_id ?? '';
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups]
    .map(([bodyId, list]) => ({ bodyId, bodyName: bodyName(bodyId), services: sortByText(list, (s) => inLocale(s, 'name', locale)) }))
    .sort((a, b) => compareText(a.bodyName, b.bodyName));
}
