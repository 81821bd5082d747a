// Hand-written reference: the 23 central state bodies ranked in 2020 (tables 9, 10, appendix A),
// the State Corporation (which the report ranks among them, hence "24 ОМО") and the local
// executive bodies (akimats) as a provider. Kazakh names/abbreviations follow the report's list of
// abbreviations (lines 128–159); ru/en are the official names of 2020.
import { nameKey } from '../lib/text.ts';

export interface BodyRef {
  id: string;
  abbrKk: string;
  /** Other abbreviations the report uses for this body (spelling variants, see notes). */
  abbrVariants: readonly string[];
  /** Stems that identify the body's full Kazakh name in tables 9, 10 and appendix A. */
  nameStems: readonly string[];
  nameKk: string;
  nameRu: string;
  nameEn: string;
  /** 'central' = counted among the ranked central bodies; 'leb' = local executive bodies. */
  kind: 'central' | 'state_corp' | 'leb';
}

export const BODIES: readonly BodyRef[] = [
  { id: 'civil_service_agency', abbrKk: 'МҚІА', abbrVariants: ['МҚИА'], nameStems: ['мемлекеттік қызмет істері'], kind: 'central',
    nameKk: 'Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі', nameRu: 'Агентство Республики Казахстан по делам государственной службы', nameEn: 'Agency for Civil Service Affairs' },
  { id: 'national_bank', abbrKk: 'ҰБ', abbrVariants: [], nameStems: ['ұлттық банк'], kind: 'central',
    nameKk: 'Қазақстан Республикасының Ұлттық Банкі', nameRu: 'Национальный Банк Республики Казахстан', nameEn: 'National Bank of Kazakhstan' },
  { id: 'financial_market_agency', abbrKk: 'ҚНРДА', abbrVariants: [], nameStems: ['қаржы нарығын'], kind: 'central',
    nameKk: 'Қазақстан Республикасы Қаржы нарығын реттеу және дамыту агенттігі', nameRu: 'Агентство Республики Казахстан по регулированию и развитию финансового рынка', nameEn: 'Agency for Regulation and Development of the Financial Market' },
  { id: 'national_security', abbrKk: 'ҰҚК', abbrVariants: [], nameStems: ['ұлттық қауіпсіздік'], kind: 'central',
    nameKk: 'Қазақстан Республикасы Ұлттық қауіпсіздік комитеті', nameRu: 'Комитет национальной безопасности Республики Казахстан', nameEn: 'National Security Committee' },
  { id: 'supreme_court', abbrKk: 'ЖС', abbrVariants: [], nameStems: ['жоғарғы сот'], kind: 'central',
    nameKk: 'Қазақстан Республикасының Жоғарғы Соты', nameRu: 'Верховный Суд Республики Казахстан', nameEn: 'Supreme Court' },
  { id: 'prosecutor_general', abbrKk: 'БП', abbrVariants: [], nameStems: ['бас прокуратура'], kind: 'central',
    nameKk: 'Қазақстан Республикасының Бас прокуратурасы', nameRu: 'Генеральная прокуратура Республики Казахстан', nameEn: "Prosecutor General's Office" },
  { id: 'digital_development', abbrKk: 'ЦДИФӨМ', abbrVariants: [], nameStems: ['цифрлық даму'], kind: 'central',
    nameKk: 'Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі', nameRu: 'Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан', nameEn: 'Ministry of Digital Development, Innovation and Aerospace Industry' },
  { id: 'foreign_affairs', abbrKk: 'СІМ', abbrVariants: [], nameStems: ['сыртқы істер'], kind: 'central',
    nameKk: 'Қазақстан Республикасы Сыртқы істер министрлігі', nameRu: 'Министерство иностранных дел Республики Казахстан', nameEn: 'Ministry of Foreign Affairs' },
  { id: 'defence', abbrKk: 'ҚМ', abbrVariants: [], nameStems: ['қорғаныс'], kind: 'central',
    nameKk: 'Қазақстан Республикасы Қорғаныс министрлігі', nameRu: 'Министерство обороны Республики Казахстан', nameEn: 'Ministry of Defence' },
  { id: 'information', abbrKk: 'АҚДМ', abbrVariants: [], nameStems: ['ақпарат және қоғамдық'], kind: 'central',
    nameKk: 'Қазақстан Республикасы Ақпарат және қоғамдық даму министрлігі', nameRu: 'Министерство информации и общественного развития Республики Казахстан', nameEn: 'Ministry of Information and Social Development' },
  { id: 'agriculture', abbrKk: 'АШМ', abbrVariants: [], nameStems: ['ауыл шаруашылығы'], kind: 'central',
    nameKk: 'Қазақстан Республикасы Ауыл шаруашылығы министрлігі', nameRu: 'Министерство сельского хозяйства Республики Казахстан', nameEn: 'Ministry of Agriculture' },
  { id: 'internal_affairs', abbrKk: 'ІІМ', abbrVariants: ['ИИМ'], nameStems: ['ішкі істер'], kind: 'central',
    nameKk: 'Қазақстан Республикасы Ішкі істер министрлігі', nameRu: 'Министерство внутренних дел Республики Казахстан', nameEn: 'Ministry of Internal Affairs' },
  { id: 'justice', abbrKk: 'ӘМ', abbrVariants: [], nameStems: ['әділет'], kind: 'central',
    nameKk: 'Қазақстан Республикасы Әділет министрлігі', nameRu: 'Министерство юстиции Республики Казахстан', nameEn: 'Ministry of Justice' },
  { id: 'education', abbrKk: 'БҒМ', abbrVariants: [], nameStems: ['білім және ғылым'], kind: 'central',
    nameKk: 'Қазақстан Республикасы Білім және ғылым министрлігі', nameRu: 'Министерство образования и науки Республики Казахстан', nameEn: 'Ministry of Education and Science' },
  { id: 'health', abbrKk: 'ДСМ', abbrVariants: [], nameStems: ['денсаулық сақтау'], kind: 'central',
    nameKk: 'Қазақстан Республикасы Денсаулық сақтау министрлігі', nameRu: 'Министерство здравоохранения Республики Казахстан', nameEn: 'Ministry of Healthcare' },
  { id: 'labour', abbrKk: 'ЕХӘҚМ', abbrVariants: [], nameStems: ['еңбек және халықты'], kind: 'central',
    nameKk: 'Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі', nameRu: 'Министерство труда и социальной защиты населения Республики Казахстан', nameEn: 'Ministry of Labour and Social Protection of the Population' },
  { id: 'finance', abbrKk: 'ҚРМ', abbrVariants: [], nameStems: ['қаржы министрлі'], kind: 'central',
    nameKk: 'Қазақстан Республикасы Қаржы министрлігі', nameRu: 'Министерство финансов Республики Казахстан', nameEn: 'Ministry of Finance' },
  { id: 'industry', abbrKk: 'ИИДМ', abbrVariants: [], nameStems: ['индустрия және инфрақұрылым'], kind: 'central',
    nameKk: 'Қазақстан Республикасы Индустрия және инфрақұрылымдық даму министрлігі', nameRu: 'Министерство индустрии и инфраструктурного развития Республики Казахстан', nameEn: 'Ministry of Industry and Infrastructure Development' },
  { id: 'culture_sports', abbrKk: 'МСМ', abbrVariants: [], nameStems: ['мәдениет және спорт'], kind: 'central',
    nameKk: 'Қазақстан Республикасы Мәдениет және спорт министрлігі', nameRu: 'Министерство культуры и спорта Республики Казахстан', nameEn: 'Ministry of Culture and Sports' },
  { id: 'trade', abbrKk: 'СИМ', abbrVariants: [], nameStems: ['сауда және интеграция'], kind: 'central',
    nameKk: 'Қазақстан Республикасы Сауда және интеграция министрлігі', nameRu: 'Министерство торговли и интеграции Республики Казахстан', nameEn: 'Ministry of Trade and Integration' },
  { id: 'national_economy', abbrKk: 'ҰЭМ', abbrVariants: [], nameStems: ['ұлттық экономика'], kind: 'central',
    nameKk: 'Қазақстан Республикасы Ұлттық экономика министрлігі', nameRu: 'Министерство национальной экономики Республики Казахстан', nameEn: 'Ministry of National Economy' },
  { id: 'ecology', abbrKk: 'ЭГТРМ', abbrVariants: [], nameStems: ['экология геология'], kind: 'central',
    nameKk: 'Қазақстан Республикасы Экология, геология және табиғи ресурстар министрлігі', nameRu: 'Министерство экологии, геологии и природных ресурсов Республики Казахстан', nameEn: 'Ministry of Ecology, Geology and Natural Resources' },
  { id: 'energy', abbrKk: 'ЭМ', abbrVariants: [], nameStems: ['энергетика министрлі'], kind: 'central',
    nameKk: 'Қазақстан Республикасы Энергетика министрлігі', nameRu: 'Министерство энергетики Республики Казахстан', nameEn: 'Ministry of Energy' },
  { id: 'state_corp', abbrKk: 'Мемлекеттік корпорация', abbrVariants: [], nameStems: ['азаматтарға арналған үкімет', 'мемлекеттік корпорация'], kind: 'state_corp',
    nameKk: '«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ', nameRu: 'НАО «Государственная корпорация «Правительство для граждан»', nameEn: 'State Corporation "Government for Citizens"' },
  { id: 'leb', abbrKk: 'ЖАО', abbrVariants: [], nameStems: ['жергілікті атқарушы'], kind: 'leb',
    nameKk: 'Жергілікті атқарушы органдар', nameRu: 'Местные исполнительные органы (акиматы)', nameEn: 'Local executive bodies (akimats)' },
];

const BY_ABBR = new Map<string, BodyRef>();
for (const b of BODIES) {
  BY_ABBR.set(nameKey(b.abbrKk), b);
  for (const v of b.abbrVariants) BY_ABBR.set(nameKey(v), b);
}

/** Body for an abbreviation as printed (including the variants the report uses), or null. */
export function bodyFromAbbr(abbr: string): BodyRef | null {
  return BY_ABBR.get(nameKey(abbr)) ?? null;
}

/** Body for a full name as printed in tables 9, 10 and appendix A, or null. */
export function bodyFromName(name: string): BodyRef | null {
  const key = nameKey(name);
  // Longer stems first so "қаржы нарығын" (agency) wins over "қаржы министрлі" (ministry).
  const candidates = BODIES.flatMap((b) => b.nameStems.map((s) => [s, b] as const)).sort((a, b) => b[0].length - a[0].length);
  for (const [stem, body] of candidates) if (key.includes(stem)) return body;
  return null;
}
