// The few published national control figures (../shared/control/PUBLISHED.md, section A), each
// with its page, the sentence as printed, the year, what it counts and a trust grade. `printed`
// is the figure exactly as the sentence prints it: the build fails unless the sentence contains
// it, so a value can only enter the data together with its evidence.
import { columnsOf } from '../../schema/datapackage.ts';
import { toCsv } from '../lib/csv.ts';

type Qualifier = 'exact' | 'more_than' | 'approx';
interface Figure {
  figure_id: string;
  year: number;
  measure: string;
  value: number;
  printed: string;
  qualifier: Qualifier;
  unit: 'events' | 'persons' | 'services' | 'million_services';
  part_of: string;
  label_kk: string;
  label_ru: string;
  label_en: string;
  source: 'agency_2016' | 'timesca_2025' | 'ngkz_2025';
  sentence: string;
  note: '' | 'contradiction_2016' | 'rounded';
}

const SOURCES = {
  agency_2016: { url: 'http://anticorruption.gov.kz/en/pages/results-quality-control-audits-state-services-2016', publisher_en: 'Agency for Civil Service Affairs and Anti-Corruption (former website, English version)', publisher_kk: 'Мемлекеттік қызмет істері және сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі (бұрынғы сайт, ағылшынша нұсқасы)', publisher_ru: 'Агентство по делам государственной службы и противодействию коррупции (прежний сайт, английская версия)', trust: 'A' },
  timesca_2025: { url: 'https://timesca.com/kazakh-civil-servants-fined-nearly-100000-for-poor-public-services', publisher_en: 'The Times of Central Asia, citing the Agency', publisher_kk: 'The Times of Central Asia, Агенттікке сілтеме жасап', publisher_ru: 'The Times of Central Asia со ссылкой на Агентство', trust: 'C' },
  ngkz_2025: { url: 'https://www.ng.kz/modules/news/article.php?storyid=58687', publisher_en: 'Nasha Gazeta (Kostanay), citing inbusiness.kz and the Agency’s 2025 report', publisher_kk: '«Наша газета» (Қостанай), inbusiness.kz пен Агенттіктің 2025 жылғы есебіне сілтеме жасап', publisher_ru: '«Наша газета» (Костанай) со ссылкой на inbusiness.kz и отчёт Агентства за 2025 год', trust: 'C' },
} as const;

const S16_MEASURES = 'In 2016, the Agency and its territorial subdivisions carried out supervisory functions for compliance with the legislation in the amount of 1,586 control measures, of which 1956 were selective (according to plan), 1,391 (unscheduled) (according to requests - 115, on instructions of the prosecutor\'s office - 1 276).';
const S16_VIOLATIONS = 'As a result of these inspections, more than 800 thousand violations were identified and 874 employees of state bodies and their subordinate organizations were brought to disciplinary responsibility.';
const S25_VIOL = 'Over the course of the year, more than 478,000 violations in the provision of public services were identified: 130,751 in central government bodies and 347,692 at the local level.';
const S25_DISC = 'In addition to financial penalties, 1,636 public employees faced disciplinary measures, 1,331 from local administrations and 305 from ministries and central agencies.';

const L = (kk: string, ru: string, en: string) => ({ label_kk: kk, label_ru: ru, label_en: en });
const MEASURES = L('Агенттіктің бақылау іс-шаралары', 'Контрольные мероприятия Агентства', 'Control measures by the Agency');
const VIOLATIONS = L('Анықталған бұзушылықтар', 'Выявленные нарушения', 'Violations identified');
const DISCIPLINED = L('Тәртіптік жауапкершілікке тартылған қызметкерлер', 'Сотрудники, привлеченные к дисциплинарной ответственности', 'Employees disciplined');

export const FIGURES: Figure[] = [
  { figure_id: '2016_measures_total', year: 2016, measure: 'control.measures.total', value: 1586, printed: '1,586', qualifier: 'exact', unit: 'events', part_of: '', ...MEASURES, source: 'agency_2016', sentence: S16_MEASURES, note: 'contradiction_2016' },
  { figure_id: '2016_measures_planned', year: 2016, measure: 'control.measures.planned', value: 1956, printed: '1956', qualifier: 'exact', unit: 'events', part_of: '2016_measures_total', ...L('оның ішінде жоспарлы', 'из них плановые («выборочные»)', 'of which planned (“selective”)'), source: 'agency_2016', sentence: S16_MEASURES, note: 'contradiction_2016' },
  { figure_id: '2016_measures_unscheduled', year: 2016, measure: 'control.measures.unscheduled', value: 1391, printed: '1,391', qualifier: 'exact', unit: 'events', part_of: '2016_measures_total', ...L('оның ішінде жоспардан тыс', 'из них внеплановые', 'of which unscheduled'), source: 'agency_2016', sentence: S16_MEASURES, note: 'contradiction_2016' },
  { figure_id: '2016_measures_requests', year: 2016, measure: 'control.measures.on_requests', value: 115, printed: '115', qualifier: 'exact', unit: 'events', part_of: '2016_measures_unscheduled', ...L('өтініштер бойынша', 'по обращениям', 'on requests'), source: 'agency_2016', sentence: S16_MEASURES, note: '' },
  { figure_id: '2016_measures_prosecutor', year: 2016, measure: 'control.measures.prosecutor', value: 1276, printed: '1 276', qualifier: 'exact', unit: 'events', part_of: '2016_measures_unscheduled', ...L('прокуратураның тапсырмасы бойынша', 'по поручениям прокуратуры', 'on prosecutors’ instructions'), source: 'agency_2016', sentence: S16_MEASURES, note: '' },
  { figure_id: '2016_violations_total', year: 2016, measure: 'violations.total', value: 800000, printed: 'more than 800 thousand', qualifier: 'more_than', unit: 'events', part_of: '', ...VIOLATIONS, source: 'agency_2016', sentence: S16_VIOLATIONS, note: '' },
  { figure_id: '2016_disciplined_total', year: 2016, measure: 'disciplined.total', value: 874, printed: '874', qualifier: 'exact', unit: 'persons', part_of: '', ...DISCIPLINED, source: 'agency_2016', sentence: S16_VIOLATIONS, note: '' },
  { figure_id: '2025_measures_total', year: 2025, measure: 'control.measures.total', value: 4316, printed: '4,316', qualifier: 'exact', unit: 'events', part_of: '', ...MEASURES, source: 'timesca_2025', sentence: 'In total, the agency carried out 4,316 control measures in 2025.', note: '' },
  { figure_id: '2025_violations_total', year: 2025, measure: 'violations.total', value: 478000, printed: 'more than 478,000', qualifier: 'more_than', unit: 'events', part_of: '', ...VIOLATIONS, source: 'timesca_2025', sentence: S25_VIOL, note: '' },
  { figure_id: '2025_violations_central', year: 2025, measure: 'violations.central', value: 130751, printed: '130,751', qualifier: 'exact', unit: 'events', part_of: '2025_violations_total', ...L('орталық мемлекеттік органдарда', 'в центральных государственных органах', 'in central government bodies'), source: 'timesca_2025', sentence: S25_VIOL, note: '' },
  { figure_id: '2025_violations_local', year: 2025, measure: 'violations.local', value: 347692, printed: '347,692', qualifier: 'exact', unit: 'events', part_of: '2025_violations_total', ...L('жергілікті деңгейде', 'на местном уровне', 'at the local level'), source: 'timesca_2025', sentence: S25_VIOL, note: '' },
  { figure_id: '2025_violations_deadline', year: 2025, measure: 'violations.deadline', value: 147105, printed: '147,105', qualifier: 'exact', unit: 'events', part_of: '2025_violations_total', ...L('оның ішінде мерзімдерді бұзу', 'из них нарушения сроков', 'of which missed deadlines'), source: 'timesca_2025', sentence: 'These included 147,105 instances of missed deadlines.', note: '' },
  { figure_id: '2025_rights_restored', year: 2025, measure: 'control.rights_restored_persons', value: 12340, printed: '12,340', qualifier: 'exact', unit: 'persons', part_of: '', ...L('Құқықтары қалпына келтірілген қызмет алушылар', 'Услугополучатели, чьи права восстановлены', 'Service recipients whose rights were restored'), source: 'timesca_2025', sentence: 'The rights of 12,340 service recipients were restored as a result of investigations.', note: '' },
  { figure_id: '2025_complaints', year: 2025, measure: 'complaints.total', value: 2737, printed: '2,737', qualifier: 'exact', unit: 'events', part_of: '', ...L('Агенттікке түскен сапа туралы шағымдар', 'Жалобы на качество, поступившие в Агентство', 'Complaints about service quality received by the Agency'), source: 'timesca_2025', sentence: 'The ACSA also received 2,737 complaints related to public service quality.', note: '' },
  { figure_id: '2025_disciplined_total', year: 2025, measure: 'disciplined.total', value: 1636, printed: '1,636', qualifier: 'exact', unit: 'persons', part_of: '', ...DISCIPLINED, source: 'timesca_2025', sentence: S25_DISC, note: '' },
  { figure_id: '2025_disciplined_local', year: 2025, measure: 'disciplined.local', value: 1331, printed: '1,331', qualifier: 'exact', unit: 'persons', part_of: '2025_disciplined_total', ...L('жергілікті әкімдіктерден', 'из местных администраций', 'from local administrations'), source: 'timesca_2025', sentence: S25_DISC, note: '' },
  { figure_id: '2025_disciplined_central', year: 2025, measure: 'disciplined.central', value: 305, printed: '305', qualifier: 'exact', unit: 'persons', part_of: '2025_disciplined_total', ...L('министрліктер мен орталық органдардан', 'из министерств и центральных ведомств', 'from ministries and central agencies'), source: 'timesca_2025', sentence: S25_DISC, note: '' },
  { figure_id: '2025_services_delivered', year: 2025, measure: 'delivered.total', value: 292.5, printed: '292,5 млн', qualifier: 'approx', unit: 'million_services', part_of: '', ...L('Көрсетілген мемлекеттік қызметтер, млн', 'Оказанные госуслуги, млн', 'Public services delivered, million'), source: 'ngkz_2025', sentence: 'За 2025 год из 292,5 млн госуслуг, оказанных населению, 94% были предоставлены в электронном формате.', note: 'rounded' },
];

export function publishedFile(): Map<string, string> {
  const rows = FIGURES.map((f) => {
    if (!f.sentence.includes(f.printed)) throw new Error(`published figure ${f.figure_id}: "${f.printed}" is not in its sentence`);
    const s = SOURCES[f.source];
    return { ...f, geography: 'kz', source_url: s.url, publisher_kk: s.publisher_kk, publisher_ru: s.publisher_ru, publisher_en: s.publisher_en, trust: s.trust };
  });
  const ids = new Set<string>();
  for (const r of rows) {
    if (ids.has(r.figure_id)) throw new Error(`published figure ${r.figure_id} twice`);
    ids.add(r.figure_id);
  }
  return new Map([['control/published.csv', toCsv(columnsOf('controlPublished'), rows)]]);
}
