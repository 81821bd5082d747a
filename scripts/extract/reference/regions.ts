// Hand-written reference: Russian and English names and validity periods of the 17 regions of the
// 2020 report (the Kazakh names are taken from its table 4 at extraction time), the three regions
// created on 8 June 2022, which region each split from, and the capital's names by period.
import type { RegionId } from '../lib/regions.ts';

export interface RegionNames {
  kind: 'oblast' | 'city';
  nameRu: string;
  nameEn: string;
  /** ISO date the region came into existence in its current form; empty = before the series. */
  validFrom: string;
  validTo: string;
  /** The region whose territory it was carved from (empty: none in the series). */
  splitFrom?: RegionId;
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
  // The capital, named as in the report (2020): reference/regions.csv takes its latest name from
  // NAME_PERIODS below, and notes about the report's years keep this one.
  astana: { kind: 'city', nameRu: 'г. Нур-Султан', nameEn: 'Nur-Sultan city', validFrom: '', validTo: '' },
  almaty_city: { kind: 'city', nameRu: 'г. Алматы', nameEn: 'Almaty city', validFrom: '', validTo: '' },
  // Carved out of South Kazakhstan oblast, whose rest became Turkistan region (19 June 2018).
  shymkent: { kind: 'city', nameRu: 'г. Шымкент', nameEn: 'Shymkent city', validFrom: '2018-06-19', validTo: '', splitFrom: 'turkistan' },
};

/** Ids of the regions created after the 2020 report: not in its tables, so not in REGION_IDS. */
export const LATER_REGION_IDS = ['abai', 'zhetysu', 'ulytau'] as const;
export type LaterRegionId = (typeof LATER_REGION_IDS)[number];

/** Where a later region's names come from (cited in reference/regions.csv's documentation). */
export const LATER_REGIONS_SOURCE =
  'geokz 1.0.2 (A. Rodionov, after the Bureau of National Statistics of Kazakhstan, CC BY 4.0), kaz_admbnda_adm1_2024: fields ADM1_KK, ADM1_RU, ADM1_EN';

/**
 * The three oblasts of 8 June 2022 (Abai from East Kazakhstan, Zhetysu from Almaty region, Ulytau
 * from Karaganda). Their names are the geokz shapefile's ADM1_KK / ADM1_RU / ADM1_EN (LATER_REGIONS_SOURCE)
 * with the word for "region" the other oblasts' names carry; `npm run geo:build` checks that they
 * still match the shapefile.
 */
export const LATER_REGIONS: Readonly<Record<LaterRegionId, RegionNames & { nameKk: string; splitFrom: RegionId }>> = {
  abai: { kind: 'oblast', nameKk: 'Абай облысы', nameRu: 'Абайская область', nameEn: 'Abay Region', validFrom: '2022-06-08', validTo: '', splitFrom: 'east_kazakhstan' },
  zhetysu: { kind: 'oblast', nameKk: 'Жетісу облысы', nameRu: 'Жетысуская область', nameEn: 'Zhetysu Region', validFrom: '2022-06-08', validTo: '', splitFrom: 'almaty_region' },
  ulytau: { kind: 'oblast', nameKk: 'Ұлытау облысы', nameRu: 'Улытауская область', nameEn: 'Ulytau Region', validFrom: '2022-06-08', validTo: '', splitFrom: 'karaganda' },
};

export interface NamePeriod {
  nameKk: string;
  nameRu: string;
  nameEn: string;
  /** First and last day of the name (ISO; empty: open). */
  validFrom: string;
  validTo: string;
  source: string;
}

/**
 * Names that changed while the region (its id) stayed the same. The capital: Astana until
 * 22 March 2019; Nur-Sultan from the constitutional amendment signed on 23 March 2019; Astana again
 * from the one signed on 17 September 2022. The Nur-Sultan names must equal the report's (table 4
 * in Kazakh, checked at extraction); reference/regions.csv carries the latest name.
 */
export const NAME_PERIODS: Readonly<Partial<Record<RegionId, readonly NamePeriod[]>>> = {
  astana: [
    { nameKk: 'Астана қ.', nameRu: 'г. Астана', nameEn: 'Astana city', validFrom: '', validTo: '2019-03-22', source: 'hand-written reference: the capital\'s name until the constitutional amendment of 23 March 2019' },
    { nameKk: 'Нұр-Сұлтан қ.', nameRu: 'г. Нур-Султан', nameEn: 'Nur-Sultan city', validFrom: '2019-03-23', validTo: '2022-09-16', source: 'constitutional amendment of 23 March 2019 (Astana renamed Nur-Sultan); the 2020 report, table 4' },
    { nameKk: 'Астана қ.', nameRu: 'г. Астана', nameEn: 'Astana city', validFrom: '2022-09-17', validTo: '', source: 'constitutional amendment of 17 September 2022 (Nur-Sultan renamed Astana)' },
  ],
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
