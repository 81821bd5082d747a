// Hand-written reference: Russian and English names and validity periods of the 17 regions.
// The Kazakh names are taken from table 4 of the report at extraction time.
import type { RegionId } from '../lib/regions.ts';

export interface RegionNames {
  kind: 'oblast' | 'city';
  nameRu: string;
  nameEn: string;
  /** ISO date the region came into existence in its current form; empty = before the series. */
  validFrom: string;
  validTo: string;
}

export const REGION_NAMES: Readonly<Record<RegionId, RegionNames>> = {
  akmola: { kind: 'oblast', nameRu: 'Акмолинская область', nameEn: 'Akmola Region', validFrom: '', validTo: '' },
  aktobe: { kind: 'oblast', nameRu: 'Актюбинская область', nameEn: 'Aktobe Region', validFrom: '', validTo: '' },
  almaty_region: { kind: 'oblast', nameRu: 'Алматинская область', nameEn: 'Almaty Region', validFrom: '', validTo: '' },
  atyrau: { kind: 'oblast', nameRu: 'Атырауская область', nameEn: 'Atyrau Region', validFrom: '', validTo: '' },
  east_kazakhstan: { kind: 'oblast', nameRu: 'Восточно-Казахстанская область', nameEn: 'East Kazakhstan Region', validFrom: '', validTo: '' },
  zhambyl: { kind: 'oblast', nameRu: 'Жамбылская область', nameEn: 'Zhambyl Region', validFrom: '', validTo: '' },
  west_kazakhstan: { kind: 'oblast', nameRu: 'Западно-Казахстанская область', nameEn: 'West Kazakhstan Region', validFrom: '', validTo: '' },
  karaganda: { kind: 'oblast', nameRu: 'Карагандинская область', nameEn: 'Karaganda Region', validFrom: '', validTo: '' },
  kostanay: { kind: 'oblast', nameRu: 'Костанайская область', nameEn: 'Kostanay Region', validFrom: '', validTo: '' },
  kyzylorda: { kind: 'oblast', nameRu: 'Кызылординская область', nameEn: 'Kyzylorda Region', validFrom: '', validTo: '' },
  mangystau: { kind: 'oblast', nameRu: 'Мангистауская область', nameEn: 'Mangystau Region', validFrom: '', validTo: '' },
  pavlodar: { kind: 'oblast', nameRu: 'Павлодарская область', nameEn: 'Pavlodar Region', validFrom: '', validTo: '' },
  north_kazakhstan: { kind: 'oblast', nameRu: 'Северо-Казахстанская область', nameEn: 'North Kazakhstan Region', validFrom: '', validTo: '' },
  // Before 19 June 2018 this row stands for South Kazakhstan oblast (then including Shymkent).
  turkistan: { kind: 'oblast', nameRu: 'Туркестанская область', nameEn: 'Turkistan Region', validFrom: '', validTo: '' },
  // The capital: Astana until March 2019, Nur-Sultan 2019–2022, Astana again since September 2022.
  astana: { kind: 'city', nameRu: 'г. Нур-Султан', nameEn: 'Nur-Sultan city', validFrom: '', validTo: '' },
  almaty_city: { kind: 'city', nameRu: 'г. Алматы', nameEn: 'Almaty city', validFrom: '', validTo: '' },
  shymkent: { kind: 'city', nameRu: 'г. Шымкент', nameEn: 'Shymkent city', validFrom: '2018-06-19', validTo: '' },
};

/**
 * Names for note texts: Kazakh from table 4 (the same names reference/regions.csv gets), Russian and
 * English from the list above. A region table 4 does not name stops the extraction rather than fall
 * back to the id.
 */
export function regionNamer(namesKk: ReadonlyMap<string, string>): (id: RegionId) => { kk: string; ru: string; en: string } {
  return (id) => {
    const kk = namesKk.get(id);
    if (!kk) throw new Error(`table 4 has no row for region ${id}`);
    return { kk, ru: REGION_NAMES[id].nameRu, en: REGION_NAMES[id].nameEn };
  };
}
