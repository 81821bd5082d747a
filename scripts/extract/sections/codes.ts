// Maps the labels printed in the section tables to stable ids. Label spellings vary a lot
// ("ҚОЛ ЖЕТІМДІЛІК ЖӘНЕ ҮЙ ҚАНАҚА", "ШЫҒЫҢДАР"…), so matching uses word stems, never full strings.
import type { ChannelId, CriterionId, ProviderId } from '../lib/ids.ts';
import { nameKey } from '../lib/text.ts';

/** Row label → criterion; 'average' is the per-channel average row ("Алу нысаны бойынша орташа мәні"). */
export function criterionFromLabel(label: string): CriterionId | 'average' | null {
  const k = nameKey(label);
  if (k === '') return null;
  if (/алу нысаны бойынша орташа|^барлығы$/.test(k)) return 'average';
  if (/^(қызметкерлер( \/ ?| )виртуалды|қызметкерлер$|виртуалды ассистент)/.test(k)) return 'staff';
  if (/^қол ?жетімділік/.test(k)) return 'accessibility';
  if (/^ақпарат/.test(k)) return 'information';
  if (/^рәсім/.test(k)) return 'procedure';
  if (/^мерзім/.test(k)) return 'timeliness';
  if (/^шығ/.test(k)) return 'costs';
  if (/^кері байланыс/.test(k)) return 'feedback';
  if (/^нәтиже/.test(k)) return 'result';
  return null;
}

/** Channel column header of a "criteria by channel" table → channel id (null: not a channel column). */
export function channelFromHeader(header: string): ChannelId | null {
  const k = nameKey(header);
  if (k === '' || /орташа бал|қанағаттану деңгейі|^%$/.test(k)) return null;
  if (/жедел жәрдем/.test(k)) return 'ambulance';
  if (/шет елдердегі мекеме/.test(k)) return 'foreign_mission';
  if (/өз бетінше|онлайн|портал/.test(k)) return 'online';
  const stateCorp = /хқко/.test(k);
  const manager = /менеджер/.test(k);
  const self = /өзіне өзі қызмет/.test(k);
  const provider = /қызмет көрсетушінің ғимарат|қызмет беруші|берушінің ғимарат|мемлекеттік органнан/.test(k);
  if (stateCorp && manager && provider) return 'state_corp_manager_or_provider';
  if (stateCorp && self && provider) return 'state_corp_self_or_provider';
  if (stateCorp && manager && self) return 'state_corp';
  if (stateCorp && manager) return 'state_corp_manager';
  if (stateCorp && self) return 'state_corp_self';
  if (stateCorp) return 'state_corp';
  if (provider) return 'provider_office';
  return null;
}

/** Provider row label → provider kind. Bodies' own offices (ministries, committees, agencies) → central_body. */
export function providerFromLabel(label: string): ProviderId | null {
  const k = nameKey(label);
  if (k === '') return null;
  const onlineResources = [/электрон\S* үкімет|электронного правительства|egov/, /электрон\S* лицензиялау|elicense/, /сайт/]
    .filter((re) => re.test(k)).length;
  // A row naming several online resources at once (e-gov + e-licensing, e-gov + a provider's site).
  if (onlineResources > 1) return 'online_all';
  if (/электрон\S* лицензиялау|elicense/.test(k)) return 'elicense_portal';
  if (/электрон\S* үкімет|электронного правительства|egov/.test(k)) return 'egov_portal';
  if (/азаматтарға арналған үкімет|правительство для граждан/.test(k)) {
    return /өзіне өзі қызмет/.test(k) ? 'state_corp_self' : 'state_corp';
  }
  if (/телеком|кар тел|kaztranscom/.test(k)) return 'telecom_operators';
  // State organisations that deliver a body's service: academies, archives, clinics, universities, centres.
  if (/академиясы|мұрағат|медициналық ұйым|білім беру ұйымы|бағдарламалар орталығы/.test(k)) return 'subordinate_org';
  if (/(^| )жао( |$)/.test(k)) return 'leb';
  if (/министрлі|комитет|агенттігі|прокуратура|ұлттық банк|департамент|полиция|^қр [^\s]+$|^қр /.test(k)) return 'central_body';
  return null;
}

/** Call centres appearing in the "1414 / 1411 …" tables. */
export const CALLCENTRE_CENTRES = {
  '1414': { kk: '1414 Бірыңғай байланыс орталығы', ru: 'Единый контакт-центр 1414', en: '1414 Unified Contact Centre' },
  '1411': { kk: '1411 байланыс орталығы', ru: 'Контакт-центр 1411', en: '1411 contact centre' },
  '109': { kk: '109 байланыс орталығы', ru: 'Контакт-центр 109', en: '109 contact centre' },
  '111': { kk: '111 байланыс орталығы', ru: 'Контакт-центр 111', en: '111 contact centre' },
  '1414_local': {
    kk: '1414 және жергілікті нөмір (бір жолда)',
    ru: '1414 и местный номер (одной строкой)',
    en: '1414 and a local number (one row)',
  },
  embassy: { kk: 'Елшілік нөмірі', ru: 'Номер посольства', en: 'Embassy phone line' },
  provider: { kk: 'Қызмет берушінің колл-орталығы', ru: 'Колл-центр услугодателя', en: "Provider's own call centre" },
} as const;
export type CallcentreCentre = keyof typeof CALLCENTRE_CENTRES;

/** Rated aspects of a call centre; 'overall' is the centre's own average printed on its first row. */
export const CALLCENTRE_PARAMS = {
  call_speed: { kk: 'Қоңырау шалу жылдамдығы', ru: 'Скорость дозвона', en: 'Speed of getting through' },
  competence: {
    kk: 'Оператор консультациясының құзыреттілігі',
    ru: 'Компетентность консультации оператора',
    en: "Competence of the operator's advice",
  },
  politeness: {
    kk: 'Оператордың сыпайылығы мен көмектесуге дайындығы',
    ru: 'Вежливость и готовность оператора помочь',
    en: "Operator's politeness and readiness to help",
  },
  overall: { kk: 'Орташа', ru: 'В среднем', en: 'Overall' },
} as const;
export type CallcentreParam = keyof typeof CALLCENTRE_PARAMS;

/** Item code used in SectionsResult.callcentre: `${centre}.${param}`, e.g. '1414.call_speed'. */
export const CALLCENTRE_ITEMS: readonly string[] = Object.keys(CALLCENTRE_CENTRES).flatMap((c) =>
  Object.keys(CALLCENTRE_PARAMS).map((p) => `${c}.${p}`),
);

export function callcentreFromLabel(label: string): CallcentreCentre | null {
  const k = nameKey(label);
  if (k === '') return null;
  if (/^1414 \+7/.test(k)) return '1414_local';
  if (/посольств|елшілік/.test(k)) return 'embassy';
  if (/колл орталығы/.test(k)) return 'provider'; // "Академияның колл-орталығы", "Салық басқармасының …"
  const m = /^(1414|1411|109|111)$/.exec(k);
  return m ? (m[1] as CallcentreCentre) : null;
}

export function callcentreParamFromLabel(label: string): Exclude<CallcentreParam, 'overall'> | null {
  const k = nameKey(label);
  if (/жылдамдығ/.test(k)) return 'call_speed';
  if (/құзырет/.test(k)) return 'competence';
  if (/сыпайы/.test(k)) return 'politeness';
  return null;
}

/**
 * Names for the ids this parser appended to lib/ids.ts, in the shape of reference/criteria.ts
 * ({ nameKk, nameRu, nameEn }), so the reference tables can include them by spreading.
 */
export const APPENDED_PROVIDER_NAMES = {
  subordinate_org: {
    nameKk: 'Ведомстволық бағынысты ұйым (академия, мұрағат, емхана, ЖОО)',
    nameRu: 'Подведомственная организация (академия, архив, поликлиника, вуз)',
    nameEn: 'Subordinate organisation (academy, archive, clinic, university)',
  },
  telecom_operators: {
    nameKk: 'Байланыс операторлары',
    nameRu: 'Операторы связи',
    nameEn: 'Telecom operators',
  },
} as const;

export const CHANNEL_NAMES = {
  state_corp: { nameKk: 'ХҚКО (менеджер және өзіне-өзі қызмет көрсету аймағы)', nameRu: 'ЦОН (менеджер и зона самообслуживания)', nameEn: 'State Corporation (manager and self-service zone)' },
  online: { nameKk: 'Өз бетінше, онлайн, портал', nameRu: 'Самостоятельно, онлайн, портал', nameEn: 'Online, on the portal' },
  provider_office: { nameKk: 'Қызмет берушінің ғимараты', nameRu: 'Здание услугодателя', nameEn: "Provider's office" },
  all: { nameKk: 'Барлық арналар', nameRu: 'Все каналы', nameEn: 'All channels' },
  state_corp_manager: { nameKk: 'ХҚКО менеджері', nameRu: 'Менеджер ЦОН', nameEn: 'State Corporation manager' },
  state_corp_self: { nameKk: 'ХҚКО өзіне-өзі қызмет көрсету аймағы', nameRu: 'Зона самообслуживания ЦОН', nameEn: 'State Corporation self-service zone' },
  state_corp_self_or_provider: {
    nameKk: 'ХҚКО өзіне-өзі қызмет көрсету аймағы немесе қызмет берушінің ғимараты',
    nameRu: 'Зона самообслуживания ЦОН или здание услугодателя',
    nameEn: "State Corporation self-service zone or provider's office",
  },
  state_corp_manager_or_provider: {
    nameKk: 'ХҚКО менеджері немесе қызмет берушінің қызметкері',
    nameRu: 'Менеджер ЦОН или сотрудник услугодателя',
    nameEn: "State Corporation manager or provider's staff",
  },
  foreign_mission: { nameKk: 'ҚР шет елдердегі мекемелері', nameRu: 'Загранучреждения РК', nameEn: 'Kazakhstan embassies and consulates' },
  ambulance: { nameKk: 'Жедел жәрдем шақыру', nameRu: 'Вызов скорой помощи', nameEn: 'Ambulance call' },
} as const satisfies Record<ChannelId, { nameKk: string; nameRu: string; nameEn: string }>;
