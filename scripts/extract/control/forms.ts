// The rows of the quarterly control-report forms (Rules of state control, order No. 78, version of
// 01.07.2021) with a stable code per row, and the layout of the filed report (seed 000). Written
// from ../shared/control/FORMS.md and checked against the seeds: ru labels from 003, kk labels
// from 001 (or from 000 where 001 lacks the row), en labels from FORMS.md. A code is tied to a
// meaning, never to a printed number: codes are added, never renamed.

export type FormId = '1-mk' | '2-mk' | '3-mk' | '4-mk' | 's000';
export type Unit = 'events' | 'objects' | 'persons' | 'services' | 'types' | 'acts' | 'recs';
/** How the quarter relates to the months: a flow sums (error), persons may double-count (warning), a stock is the last month. */
export type MonthRule = 'sum' | 'sum_warn' | 'stock' | 'none';
/** The free sub-rows a row carries: none; services; services with their information system; 3-мк/4-мк hierarchies. */
export type ServiceDim = '' | 'service' | 'service_is' | 'provider_service' | 'form_provider_service';

export interface FormDef {
  form_id: FormId;
  form: string;
  version: string;
  appendix: string;
  reporter: 'csb' | 'leb' | 'informatization' | 'provider';
  due_day: number | null;
  periods: 'months_quarter' | 'quarter';
  source: string;
  name_kk: string;
  name_ru: string;
  name_en: string;
}

export const FORMS: FormDef[] = [
  { form_id: '1-mk', form: '1-мк', version: '2021-07-01', appendix: '1', reporter: 'csb', due_day: 10, periods: 'months_quarter', source: '003:895-1600', name_kk: 'Орталық мемлекеттік органның ішкі бақылау есебі (1-мк)', name_ru: 'Отчет центрального государственного органа о внутреннем контроле (1-мк)', name_en: 'Internal-control report of a central state body (1-мк)' },
  { form_id: '2-mk', form: '2-мк', version: '2021-07-01', appendix: '2', reporter: 'leb', due_day: 10, periods: 'months_quarter', source: '003:1678-2333', name_kk: 'Жергілікті атқарушы органның ішкі бақылау есебі (2-мк)', name_ru: 'Отчет местного исполнительного органа о внутреннем контроле (2-мк)', name_en: 'Internal-control report of a local executive body (2-мк)' },
  { form_id: '3-mk', form: '3-мк', version: '2021-07-01', appendix: '3', reporter: 'informatization', due_day: 25, periods: 'quarter', source: '003:2396-2530', name_kk: 'Мемлекеттік корпорация арқылы көрсетілген қызметтер (3-мк)', name_ru: 'Государственные услуги, оказанные через Государственную корпорацию (3-мк)', name_en: 'Services delivered through the State Corporation (3-мк)' },
  { form_id: '4-mk', form: '4-мк', version: '2021-07-01', appendix: '4', reporter: 'informatization', due_day: 25, periods: 'quarter', source: '003:2645-2772', name_kk: 'Электрондық түрде көрсетілген қызметтер (4-мк)', name_ru: 'Государственные услуги, оказанные в электронном виде (4-мк)', name_en: 'Services delivered electronically (4-мк)' },
  { form_id: 's000', form: '1-мк/2-мк (filed)', version: '2021-Q3', appendix: '', reporter: 'provider', due_day: 10, periods: 'months_quarter', source: '000', name_kk: 'Тапсырылған есептің пішімі (2021 ж. 3-тоқсан)', name_ru: 'Макет поданного отчета (3 квартал 2021 г.)', name_en: 'Layout of the filed report (Q3 2021)' },
];

export interface RowDef {
  code: string;
  parent: string;
  section: string;
  unit: Unit;
  applicant_split: boolean;
  service_dim: ServiceDim;
  month_rule: MonthRule;
  label_kk: string;
  label_ru: string;
  label_en: string;
  /** Printed row (1-мк, 2-мк, s000) or printed column (3-мк, 4-мк); absent = not in that version. */
  printed: Partial<Record<FormId, string>>;
}

type Opt = Partial<Pick<RowDef, 'applicant_split' | 'service_dim' | 'month_rule'>>;
function row(code: string, parent: string, section: string, unit: Unit, printed: RowDef['printed'], kk: string, ru: string, en: string, opt: Opt = {}): RowDef {
  const month_rule = opt.month_rule ?? (unit === 'persons' ? 'sum_warn' : 'sum');
  return { code, parent, section, unit, applicant_split: opt.applicant_split ?? false, service_dim: opt.service_dim ?? '', month_rule, label_kk: kk, label_ru: ru, label_en: en, printed };
}
/** The same printed number in 1-мк, 2-мк and the filed report. */
const all3 = (n: string) => ({ '1-mk': n, '2-mk': n, s000: n });
const IL: Opt = { applicant_split: true };
const ILS: Opt = { applicant_split: true, service_dim: 'service' };
const ILSI: Opt = { applicant_split: true, service_dim: 'service_is' };

export const ROWS: RowDef[] = [
  // Section 1: results of control measures [003:955]
  row('control.measures.total', '', '1', 'events', all3('1'), 'Өткізілген бақылау іс-шараларының саны, барлығы', 'Количество проведенных контрольных мероприятий, всего', 'Control measures conducted, total'),
  row('control.measures.planned', 'control.measures.total', '1', 'events', all3('1.1'), 'бекітілген жылдық бақылау жоспарына сәйкес', 'согласно утвержденному годовому плану контрольных мероприятий', 'under the approved annual plan'),
  row('control.measures.monitoring', 'control.measures.total', '1', 'events', all3('1.2'), 'мемлекеттік қызмет көрсету сапасының мониторингі нәтижелері бойынша', 'по результатам мониторинга качества оказания государственных услуг', 'triggered by quality monitoring'),
  row('control.objects.total', '', '1', 'objects', all3('2'), 'Бақылау іс-шаралары объектілерінің саны, барлығы', 'Количество объектов контрольных мероприятий, всего', 'Objects of control measures, total'),
  row('control.objects.units', 'control.objects.total', '1', 'objects', all3('2.1'), 'құрылымдық бөлімшелер / жергілікті атқарушы органдар', 'структурных подразделений и ведомств ЦГО (1-мк) / местных исполнительных органов (2-мк)', 'CSB units and agencies (1-мк) / local executive bodies (2-мк)'),
  row('control.objects.subordinate', 'control.objects.total', '1', 'objects', all3('2.2'), 'ведомстволық бағынысты ұйымдар', 'подведомственных организаций', 'subordinate organisations'),
  row('control.objects.individual_providers', 'control.objects.total', '1', 'objects', all3('2.3'), 'мемлекеттік қызмет көрсететін жеке тұлғалар', 'физических лиц, оказывающих государственные услуги', 'individuals who provide services'),
  row('control.objects.legal_providers', 'control.objects.total', '1', 'objects', all3('2.4'), 'мемлекеттік қызмет көрсететін заңды тұлғалар (мемлекеттік органдар немесе бағынысты ұйымдар емес)', 'юридических лиц, оказывающих государственные услуги (не являющихся госорганами или подведомственными организациями)', 'legal entities that provide services (not state bodies or subordinate organisations)'),
  row('violations.total', '', '1', 'events', all3('3'), 'Анықталған бұзушылықтардың саны, барлығы', 'Количество выявленных нарушений, всего', 'Violations detected, total'),
  row('violations.deadline', 'violations.total', '1', 'events', all3('3.1'), 'қызмет көрсету мерзімдерін бұзу фактілері', 'факты нарушений сроков оказания государственных услуг', 'service deadline breached'),
  row('violations.refusal_deadline', 'violations.total', '1', 'events', all3('3.2'), 'қызмет көрсетуден бас тарту мерзімдерін бұзу фактілері', 'факты нарушений сроков отказов оказания государственных услуг', 'refusal deadline breached'),
  row('violations.incomplete_package', 'violations.total', '1', 'events', all3('3.3'), 'құжаттардың толық пакеті болмаған кезде қызмет көрсету', 'оказание услуг при отсутствии полного пакета документов по стандарту', 'service delivered without the complete document package'),
  row('violations.extra_documents', 'violations.total', '1', 'events', all3('3.4'), 'стандартта көзделмеген құжаттарды талап ету', 'истребование документов, не предусмотренных стандартом', 'documents demanded that the standard does not require'),
  row('violations.documents_from_is', 'violations.total', '1', 'events', all3('3.5'), 'ақпараттық жүйелерден алуға болатын құжаттарды талап ету', 'истребование документов, которые возможно получить из информационных систем', 'documents demanded that are available from information systems'),
  row('violations.procedure', 'violations.total', '1', 'events', all3('3.6'), 'рәсімдерді (бизнес-процестерді) бұзу', 'нарушения процедур (бизнес-процессов) оказания услуг', 'procedure (business process) breached'),
  row('violations.unjustified_refusal', 'violations.total', '1', 'events', all3('3.7'), 'негізсіз бас тарту', 'необоснованные отказы в оказании услуг', 'unjustified refusal'),
  row('violations.schedule', 'violations.total', '1', 'events', all3('3.8'), 'жұмыс кестесін сақтамау', 'несоблюдение графика работы', 'working schedule not kept'),
  row('violations.paid_free_service', 'violations.total', '1', 'events', all3('3.9'), 'тегін қызметті ақылы негізде көрсету', 'платное оказание услуги, бесплатность которой гарантирована законом', 'fee charged for a service that is free by law'),
  row('violations.other', 'violations.total', '1', 'events', all3('3.10'), 'заңнаманың өзге де талаптарын бұзу', 'нарушения иных требований законодательства', 'other breaches of the law'),
  row('violations.rights_measures', '', '1', 'events', all3('4'), 'Қызмет алушылардың құқықтарын қалпына келтіру шаралары қабылданған бұзушылықтар саны', 'Количество нарушений, по итогам которых приняты меры по восстановлению нарушенных прав услугополучателей', 'Violations after which measures were taken to restore recipients’ rights'),
  row('control.rights_restored_persons', '', '1', 'persons', all3('5'), 'Бұзылған құқықтары қалпына келтірілген тұлғалар саны (1-бөлім)', 'Количество лиц, восстановивших нарушенные права (раздел 1)', 'Persons whose violated rights were restored (section 1)'),
  row('violations.complaint_deadline_control', '', '1', 'events', all3('6'), 'Бақылау барысында анықталған шағымдарды қарау мерзімдерін бұзу саны', 'Количество выявленных в ходе контрольных мероприятий нарушений сроков рассмотрения жалоб', 'Complaint-review deadline breaches found by control measures'),
  row('sanctions.total', '', '1', 'events', all3('7'), 'Қолданылған тәртіптік жазалар саны, барлығы', 'Количество наложенных дисциплинарных взысканий, всего', 'Disciplinary sanctions imposed, total'),
  row('sanctions.remark', 'sanctions.total', '1', 'events', all3('7.1'), 'ескерту', 'замечание', 'remark'),
  row('sanctions.reprimand', 'sanctions.total', '1', 'events', all3('7.2'), 'сөгіс', 'выговор', 'reprimand'),
  row('sanctions.severe_reprimand', 'sanctions.total', '1', 'events', all3('7.3'), 'қатаң сөгіс', 'строгий выговор', 'severe reprimand'),
  row('sanctions.fitness_warning', 'sanctions.total', '1', 'events', all3('7.4'), 'қызметке толық сәйкес еместігі туралы ескерту', 'предупреждение о неполном служебном соответствии', 'warning of incomplete fitness for office'),
  row('sanctions.demotion', 'sanctions.total', '1', 'events', all3('7.5'), 'лауазымын төмендету', 'понижение в должности', 'demotion'),
  row('sanctions.dismissal', 'sanctions.total', '1', 'events', all3('7.6'), 'лауазымынан босату', 'увольнение с занимаемой должности', 'dismissal'),
  row('disciplined.total', '', '1', 'persons', all3('8'), 'Тәртіптік жауапкершілікке тартылған адамдар саны, барлығы', 'Количество лиц, привлеченных к дисциплинарной ответственности, всего', 'Persons disciplined, total'),
  row('disciplined.state_body_staff', 'disciplined.total', '1', 'persons', all3('8.1'), 'мемлекеттік органның қызметкерлері', 'сотрудники местных исполнительных органов (так в тексте 003)', 'staff of the state body'),
  row('disciplined.subordinate_staff', 'disciplined.total', '1', 'persons', all3('8.2'), 'ведомстволық бағынысты ұйымдардың қызметкерлері', 'сотрудники подведомственных организаций', 'staff of subordinate organisations'),
  row('disciplined.other', 'disciplined.total', '1', 'persons', all3('8.3'), 'өзге адамдар', 'иные лица', 'other persons'),
  row('recommendations.total', '', '1', 'recs', all3('9'), 'Әзірленген ұсынымдар саны, барлығы', 'Количество выработанных рекомендаций, всего', 'Recommendations issued, total'),
  row('recommendations.implemented', 'recommendations.total', '1', 'recs', all3('9.1'), 'орындалған', 'исполненных', 'implemented'),
  row('recommendations.not_implemented', 'recommendations.total', '1', 'recs', all3('9.2'), 'орындалмаған', 'неисполненных', 'not implemented'),
  // Section 2: results of quality monitoring [003:1057]
  row('register.service_types', '', '2', 'types', { '1-mk': '10', '2-mk': '10' }, 'Тізілімдегі мемлекеттік қызмет түрлерінің жалпы саны', 'Общее количество видов государственных услуг в Реестре, всего', 'Service types in the Register (a stock)', { service_dim: 'service', month_rule: 'stock' }),
  row('register.service_types_added', '', '2', 'types', { '1-mk': '10.1', '2-mk': '10.1' }, 'есептік кезеңде Тізілімге енгізілген', 'включенных в Реестр в отчетном периоде', 'service types added to the Register in the period', { service_dim: 'service' }),
  row('bylaws.approved', '', '2', 'acts', { '1-mk': '11' }, 'Қызмет көрсету тәртібін айқындайтын бекітілген заңға тәуелді НҚА саны', 'Общее количество утвержденных подзаконных НПА, определяющих порядок оказания услуг', 'By-laws approved that define service procedures', { service_dim: 'service', month_rule: 'stock' }),
  // Section 2.1: services delivered
  row('delivered.total', '', '2.1', 'services', { '1-mk': '12', '2-mk': '11', s000: '12' }, 'Көрсетілген мемлекеттік қызметтердің саны, барлығы', 'Количество оказанных государственных услуг – всего', 'Services delivered, total', IL),
  row('delivered.channel.office_paper', 'delivered.total', '2.1', 'services', { '1-mk': '12.1', '2-mk': '11.1', s000: '12.1' }, 'қызмет берушілер қағаз түрінде көрсеткен (Мемлекеттік корпорациядан басқа)', 'оказанных услугодателями через канцелярию в бумажной форме (за исключением ГК)', 'on paper at the provider’s office (excl. the State Corporation)', ILS),
  row('delivered.channel.office_paper_alt', 'delivered.total', '2.1', 'services', { '1-mk': '12.2', '2-mk': '11.2', s000: '12.2' }, 'қағаз түрінде баламалы негізде (egov немесе МК арқылы ұсынылуы мүмкін)', 'на альтернативной основе в бумажной форме, хотя могли быть оказаны через портал ЭП и (или) ГК', 'on paper “on an alternative basis” although e-gov or the State Corporation were available', ILS),
  row('delivered.channel.provider_is_remote', 'delivered.total', '2.1', 'services', { '1-mk': '12.3', '2-mk': '11.3' }, 'қызмет берушінің АЖ арқылы тікелей байланыссыз электрондық түрде', 'в электронном виде через ИС услугодателя без прямого контакта (за исключением egov.kz, elicense.kz)', 'electronically through the provider’s IS, no direct contact', ILSI),
  row('delivered.channel.provider_is_contact', 'delivered.total', '2.1', 'services', { '1-mk': '12.4', '2-mk': '11.4' }, 'қызмет берушінің АЖ арқылы тікелей байланыс және өтінімді қолмен енгізу', 'через ИС услугодателя путем прямого контакта и ручного ввода заявки', 'through the provider’s IS with direct contact and manual entry', ILSI),
  row('delivered.channel.provider_is', 'delivered.total', '2.1', 'services', { s000: '12.3' }, 'қызмет берушінің ақпараттық жүйелері арқылы электрондық нысанда (egov.kz, elicense.kz қоспағанда)', 'в электронном виде через ИС услугодателя (без уточнения «без прямого контакта»)', 'electronically through the provider’s IS (contact not specified)', ILSI),
  row('delivered.channel.state_corp', 'delivered.total', '2.1', 'services', { s000: '12.4' }, 'Мемлекеттік корпорация арқылы көрсетілетін', 'через Государственную корпорацию', 'through the State Corporation', ILS),
  row('delivered.channel.egov', 'delivered.total', '2.1', 'services', { s000: '12.5' }, '«электрондық үкіметтің» www.egov.kz веб-порталы арқылы', 'через веб-портал «электронного правительства» www.egov.kz', 'through the e-gov portal', ILS),
  row('refusals.total', '', '2.1', 'events', { '1-mk': '13', '2-mk': '12', s000: '13' }, 'Мемлекеттік қызмет көрсетуден бас тарту саны, барлығы', 'Количество отказов в оказании государственных услуг, всего', 'Refusals, total', IL),
  row('refusals.electronic', 'refusals.total', '2.1', 'events', { '1-mk': '13.1', '2-mk': '12.1', s000: '13.1' }, 'электрондық нысанда берілген (egov.kz, elicense.kz қоспағанда)', 'выданных в электронном виде (за исключением egov.kz, elicense.kz)', 'issued electronically (outside the portal)', IL),
  row('refusals.paper', 'refusals.total', '2.1', 'events', { '1-mk': '13.2', '2-mk': '12.2', s000: '13.2' }, 'қағаз түрінде берілген', 'выданных в бумажном виде', 'issued on paper', IL),
  // Section 2.2: deadline breaches [003:1182]
  row('late.total', '', '2.2', 'services', { '1-mk': '14', '2-mk': '13', s000: '14' }, 'Мерзімдерді бұза отырып көрсетілген қызметтер саны, барлығы', 'Количество государственных услуг, оказанных с нарушением установленных сроков, всего', 'Services delivered late, total', IL),
  row('late.channel.office_paper', 'late.total', '2.2', 'services', { '1-mk': '14.1', '2-mk': '13.1', s000: '14.1' }, 'қағаз түрінде (Мемлекеттік корпорациядан басқа)', 'через канцелярию в бумажном виде (за исключением ГК)', 'late, on paper at the office', ILS),
  row('late.channel.egov_elicense', 'late.total', '2.2', 'services', { '1-mk': '14.2', '2-mk': '13.2', s000: '14.2' }, 'электрондық түрде egov.kz, elicense.kz арқылы', 'в электронном виде через веб-портал ЭП www.egov.kz, www.elicense.kz', 'late, through egov.kz / elicense.kz', ILS),
  row('late.channel.provider_is', 'late.total', '2.2', 'services', { '1-mk': '14.3', '2-mk': '13.3', s000: '14.3' }, 'ақпараттық жүйелер арқылы электрондық түрде (порталдан басқа)', 'в электронном виде через ИС (за исключением портала)', 'late, through the provider’s IS', ILSI),
  row('late.channel.state_corp', 'late.total', '2.2', 'services', { '1-mk': '14.4', '2-mk': '13.4', s000: '14.4' }, 'Мемлекеттік корпорация арқылы', 'через Государственную корпорацию', 'late, through the State Corporation', ILS),
  row('refusals_late.total', '', '2.2', 'events', { '1-mk': '15', '2-mk': '14', s000: '15' }, 'Бас тарту мерзімдерін бұзу саны, барлығы', 'Количество нарушений сроков отказов, всего', 'Refusals issued late, total', IL),
  row('refusals_late.channel.office_paper', 'refusals_late.total', '2.2', 'events', { '1-mk': '15.1', '2-mk': '14.1', s000: '15.1' }, 'қағаз жеткізгіште', 'через канцелярию в бумажном виде', 'late refusals, on paper at the office', ILS),
  row('refusals_late.channel.egov_elicense', 'refusals_late.total', '2.2', 'events', { '1-mk': '15.2', '2-mk': '14.2', s000: '15.2' }, 'egov.kz, elicense.kz арқылы электрондық түрде', 'в электронном виде через www.egov.kz, www.elicense.kz', 'late refusals, through egov.kz / elicense.kz', ILS),
  row('refusals_late.channel.provider_is', 'refusals_late.total', '2.2', 'events', { '1-mk': '15.3', '2-mk': '14.3', s000: '15.3' }, 'ақпараттық жүйелер арқылы электрондық түрде', 'в электронном виде через ИС (за исключением портала)', 'late refusals, through the provider’s IS', ILSI),
  row('refusals_late.channel.state_corp', 'refusals_late.total', '2.2', 'events', { '1-mk': '15.4', '2-mk': '14.4', s000: '15.4' }, 'Мемлекеттік корпорация арқылы', 'через Государственную корпорацию', 'late refusals, through the State Corporation', ILS),
  // Section 2.3: complaints [003:1307]
  row('complaints.total', '', '2.3', 'events', { '1-mk': '16', '2-mk': '15', s000: '16' }, 'Қызметтердің сапасына шағымдар саны, барлығы', 'Количество жалоб на качество оказанных государственных услуг – всего', 'Complaints about quality, total'),
  row('complaints.channel.office_paper', 'complaints.total', '2.3', 'events', { '1-mk': '16.1', '2-mk': '15.1', s000: '16.1' }, 'қағаз түрінде көрсетілген', 'оказанных в бумажном виде через канцелярию', 'about services delivered on paper at the office', { service_dim: 'service' }),
  row('complaints.channel.electronic', 'complaints.total', '2.3', 'events', { '1-mk': '16.2', '2-mk': '15.2', s000: '16.2' }, 'электрондық нысанда көрсетілген', 'оказанных в электронном виде', 'about services delivered electronically', { service_dim: 'service' }),
  row('complaints.channel.state_corp', 'complaints.total', '2.3', 'events', { '1-mk': '16.3', '2-mk': '15.3', s000: '16.3' }, 'Мемлекеттік корпорация арқылы көрсетілген', 'оказанных через Государственную корпорацию', 'about services delivered through the State Corporation', { service_dim: 'service' }),
  row('complaints.source.total', '', '2.3', 'events', { '1-mk': '17', '2-mk': '16', s000: '17' }, 'Шағымдардың түсу көздері', 'Источники поступления жалоб', 'Complaint sources, total'),
  row('complaints.source.individuals', 'complaints.source.total', '2.3', 'events', { '1-mk': '17.1', '2-mk': '16.1', s000: '17.1' }, 'жеке тұлғалардан', 'от физических лиц', 'from individuals'),
  row('complaints.source.state_bodies', 'complaints.source.total', '2.3', 'events', { '1-mk': '17.2', '2-mk': '16.2', s000: '17.2' }, 'мемлекеттік органдардан', 'от государственных органов', 'from state bodies'),
  row('complaints.source.legal_entities', 'complaints.source.total', '2.3', 'events', { '1-mk': '17.3', '2-mk': '16.3', s000: '17.3' }, 'заңды тұлғалардан', 'от юридических лиц', 'from legal entities'),
  row('complaints.source.agency_instruction', 'complaints.source.total', '2.3', 'events', { '1-mk': '17.4', '2-mk': '16.4', s000: '17.4' }, 'уәкілетті органның тапсырмалары', 'поручения уполномоченного органа', 'instructions of the authorised body'),
  row('complaints.source.oblast_akimat', 'complaints.source.total', '2.3', 'events', { '1-mk': '17.5', '2-mk': '16.5', s000: '17.5' }, 'облыс әкімдігінен', 'от акимата области', 'from the oblast akimat'),
  row('complaints.source.media', 'complaints.source.total', '2.3', 'events', { '1-mk': '17.6', '2-mk': '16.6', s000: '17.6' }, 'бұқаралық ақпарат құралдарынан', 'из средств массовой информации', 'from the media'),
  row('complaints.source.other', 'complaints.source.total', '2.3', 'events', { '1-mk': '17.7', '2-mk': '16.7', s000: '17.7' }, 'басқа көздерден', 'из других источников', 'from other sources'),
  row('complaints_late.total', '', '2.3', 'events', { '1-mk': '18', '2-mk': '17', s000: '18' }, 'Шағымдарды қарау мерзімдерін бұзу саны, барлығы', 'Количество нарушений сроков рассмотрения жалоб, всего', 'Complaints reviewed late, total'),
  row('complaints_late.channel.office_paper', 'complaints_late.total', '2.3', 'events', { '1-mk': '18.1', '2-mk': '17.1', s000: '18.1' }, 'қағаз түрінде көрсетілген', 'оказанных в бумажном виде через канцелярию', 'late complaints, paper at the office', { service_dim: 'service' }),
  row('complaints_late.channel.electronic', 'complaints_late.total', '2.3', 'events', { '1-mk': '18.2', '2-mk': '17.2', s000: '18.2' }, 'электрондық нысанда көрсетілген', 'оказанных в электронном виде', 'late complaints, electronic', { service_dim: 'service' }),
  row('complaints_late.channel.state_corp', 'complaints_late.total', '2.3', 'events', { '1-mk': '18.3', '2-mk': '17.3', s000: '18.3' }, 'Мемлекеттік корпорация арқылы көрсетілген', 'оказанных через Государственную корпорацию', 'late complaints, State Corporation', { service_dim: 'service' }),
  // Section 2.4: rights restored and awareness work [003:1394]
  row('monitoring.rights_measures', '', '2.4', 'events', { s000: '19' }, 'Қызмет алушылардың құқықтарын қалпына келтіру шаралары қабылданған бұзушылықтар саны (2.4-бөлім)', 'Количество нарушений, по итогам которых приняты меры по восстановлению прав (повтор строки 4, только в s000)', 'Violations after which rights were restored (section 2.4; repeats row 4, filed report only)'),
  row('monitoring.rights_restored_persons', '', '2.4', 'persons', { '1-mk': '19', '2-mk': '18', s000: '20' }, 'Бұзылған құқықтары қалпына келтірілген тұлғалар саны (2.4-бөлім)', 'Количество лиц, восстановивших нарушенные права (раздел 2.4)', 'Persons whose rights were restored (section 2.4)'),
  row('outreach.events', '', '2.4', 'events', { '1-mk': '20', '2-mk': '19', s000: '21' }, 'Өткізілген түсіндіру іс-шараларының саны', 'Количество проведенных разъяснительных мероприятий', 'Awareness events held'),
  row('outreach.reach', '', '2.4', 'persons', { '1-mk': '21', '2-mk': '20', s000: '22' }, 'Түсіндіру шараларымен халықты қамту (адам саны)', 'Охват населения разъяснительными мероприятиями (количество человек)', 'People reached by awareness events'),
  row('training.persons', '', '2.4', 'persons', { '1-mk': '22', '2-mk': '21', s000: '23' }, 'Біліктілікті арттыру курстарынан өткен тұлғалар саны', 'Количество лиц, прошедших курсы повышения квалификации', 'Staff trained on service delivery'),
  // Form 3-мк (App. 3): printed columns; rows are ИТОГО → delivery form → provider → service [003:2432-2530]
  ...sc(),
  // Form 4-мк (App. 4): printed columns; rows are Итого → provider → service [003:2680-2772]
  ...ec(),
];

/**
 * A row of a form printed as columns (3-мк, 4-мк): its "printed number" is the column number, it has no months,
 * and the form's section is the form itself.
 */
function columnRow(form: '3-mk' | '4-mk', service_dim: ServiceDim) {
  const o: Opt = { service_dim, month_rule: 'none' };
  return (code: string, parent: string, col: string, unit: Unit, kk: string, ru: string, en: string) =>
    row(code, parent, form, unit, { [form]: col }, kk, ru, en, o);
}

function sc(): RowDef[] {
  const c = columnRow('3-mk', 'form_provider_service');
  return [
    c('sc.delivered', '', '1', 'services', 'Мемлекеттік корпорация арқылы көрсетілген қызметтер саны', 'Количество государственных услуг, оказанных через Государственную корпорацию', 'Services delivered through the State Corporation'),
    c('sc.results_issued', '', '2', 'services', 'Берілген нәтижелер саны', 'Количество выданных результатов оказания государственных услуг', 'Results issued to recipients'),
    c('sc.late.total', '', '3', 'services', 'Мерзімін бұзып көрсетілген қызметтер саны, барлығы', 'Количество услуг, оказанных с нарушением сроков: всего', 'Late, total'),
    c('sc.late.state_corp_staff', 'sc.late.total', '4', 'services', 'МК қызметкерінің кінәсінен', 'по вине работника Государственной корпорации', 'late: State Corporation staff at fault'),
    c('sc.late.provider_staff', 'sc.late.total', '5', 'services', 'қызмет берушінің қызметкерінің кінәсінен', 'по вине работника услугодателя', 'late: provider staff at fault'),
    c('sc.late.power_outage', 'sc.late.total', '6', 'services', 'электр энергиясының болмауы (актілермен расталған)', 'по причине отсутствия электроэнергии, подтвержденного актами', 'late: power outage (confirmed by acts)'),
    c('sc.late.network_failure', 'sc.late.total', '7', 'services', 'байланыстың/ЖЕЖ істен шығуы (расталған)', 'по причине сбоя связи/ЛВС, подтвержденного актами', 'late: communications / LAN failure (confirmed)'),
    c('sc.late.is_technical', 'sc.late.total', '8', 'services', 'АЖ техникалық ақаулары (расталған)', 'по причине технических проблем ИС, подтвержденных актами', 'late: IS technical problems (confirmed)'),
    c('sc.late.postal', 'sc.late.total', '(unnumbered)', 'services', 'поштаны жеткізуге байланысты', 'в связи с доставкой почты', 'late: postal delivery'),
    c('sc.refusals.total', '', '9', 'events', 'Бас тартулар саны, барлығы', 'Количество отказов: всего', 'Refusals, total'),
    c('sc.refusals.incomplete_package', 'sc.refusals.total', '10', 'events', 'МК қызметкерінің кінәсінен (толық емес құжаттар топтамасы)', 'по вине работника ГК (принял неполный пакет документов)', 'State Corporation staff accepted an incomplete package'),
    c('sc.refusals.provider_unjustified', 'sc.refusals.total', '11', 'events', 'қызмет берушілердің негізсіз бас тартуы', 'необоснованные отказы услугодателями', 'unjustified refusals by providers'),
    c('sc.refusals.encumbrance', 'sc.refusals.total', '12', 'events', 'ауыртпалықтар, шектеулер, тыйым салулар бар', 'имеются обременения, ограничения, арест, запреты', 'encumbrance, restriction, arrest or ban'),
    c('sc.refusals.other_justified', 'sc.refusals.total', '13', 'events', 'қызмет беруші негіздеген өзге себептер', 'иные причины, обоснованные услугодателем', 'other reasons justified by the provider'),
  ];
}

function ec(): RowDef[] {
  const c = columnRow('4-mk', 'provider_service');
  return [
    c('e.delivered.total', '', '1', 'services', 'Электрондық түрде көрсетілген қызметтер саны, барлығы', 'Количество государственных услуг, оказанных в электронном виде: всего', 'E-services delivered, total'),
    c('e.delivered.egov', 'e.delivered.total', '2', 'services', '«электрондық үкімет» веб-порталы арқылы', 'через веб-портал «электронного правительства»', 'through the e-gov portal'),
    c('e.delivered.elicense', 'e.delivered.total', '3', 'services', '«Е-лицензиялау» АЖ арқылы', 'через ИС «Государственная база данных „Е-лицензирование“»', 'through E-licensing'),
    c('e.refusals.total', '', '4', 'events', 'оның ішінде бас тартулар, барлығы', 'из них, общее количество отказов: всего', 'of which refusals, total'),
    c('e.refusals.egov', 'e.refusals.total', '5', 'events', 'портал арқылы', 'через веб-портал «электронного правительства»', 'refusals through the portal'),
    c('e.refusals.elicense', 'e.refusals.total', '6', 'events', '«Е-лицензиялау» арқылы', 'через Е-лицензирование', 'refusals through E-licensing'),
    c('e.late.total', '', '7', 'services', 'оның ішінде мерзімін бұзып көрсетілгені, барлығы', 'из них, количество услуг, оказанных с нарушением сроков: всего', 'of which late, total'),
    c('e.late.technical', 'e.late.total', '8', 'services', 'техникалық себептер', 'технические причины', 'late: technical reasons'),
    c('e.late.provider_fault', 'e.late.total', '9', 'services', 'қызмет берушінің кінәсінен', 'по вине услугодателя', 'late: provider at fault'),
  ];
}

/** The same label in two sections (FORMS.md §1; the filed report repeats row 4 as row 19). */
export interface CheckDef {
  check_id: string;
  forms: FormId[];
  kind: 'le' | 'eq';
  code: string;
  other: string;
  source: string;
}
const MK: FormId[] = ['1-mk', '2-mk', 's000'];
export const CHECKS: CheckDef[] = [
  { check_id: 'w1_sources_vs_complaints', forms: MK, kind: 'eq', code: 'complaints.source.total', other: 'complaints.total', source: 'FORMS.md W1' },
  { check_id: 'w2_rights_measures', forms: MK, kind: 'le', code: 'violations.rights_measures', other: 'violations.total', source: 'FORMS.md W2' },
  { check_id: 'w2_disciplined', forms: MK, kind: 'le', code: 'disciplined.total', other: 'sanctions.total', source: 'FORMS.md W2' },
  { check_id: 'w2_late_total', forms: MK, kind: 'le', code: 'late.total', other: 'delivered.total', source: 'FORMS.md W2' },
  { check_id: 'w2_late_office_paper', forms: MK, kind: 'le', code: 'late.channel.office_paper', other: 'delivered.channel.office_paper', source: 'FORMS.md W2' },
  { check_id: 'w2_late_provider_is', forms: ['s000'], kind: 'le', code: 'late.channel.provider_is', other: 'delivered.channel.provider_is', source: 'FORMS.md W2' },
  { check_id: 'w2_late_state_corp', forms: ['s000'], kind: 'le', code: 'late.channel.state_corp', other: 'delivered.channel.state_corp', source: 'FORMS.md W2' },
  { check_id: 'w2_refusals_late', forms: MK, kind: 'le', code: 'refusals_late.total', other: 'refusals.total', source: 'FORMS.md W2' },
  { check_id: 'w2_complaints_late', forms: MK, kind: 'le', code: 'complaints_late.total', other: 'complaints.total', source: 'FORMS.md W2' },
  { check_id: 'w2_recommendations', forms: MK, kind: 'le', code: 'recommendations.implemented', other: 'recommendations.total', source: 'FORMS.md W2' },
  { check_id: 'same_label_rights_persons', forms: MK, kind: 'eq', code: 'monitoring.rights_restored_persons', other: 'control.rights_restored_persons', source: 'FORMS.md §1 (two rows with the same label)' },
  { check_id: 'same_label_rights_measures', forms: ['s000'], kind: 'eq', code: 'monitoring.rights_measures', other: 'violations.rights_measures', source: 'FORMS.md §5 (row 19 repeats row 4)' },
  { check_id: 'sc_late_le_delivered', forms: ['3-mk'], kind: 'le', code: 'sc.late.total', other: 'sc.delivered', source: 'FORMS.md §2' },
  { check_id: 'e_refusals_le_delivered', forms: ['4-mk'], kind: 'le', code: 'e.refusals.total', other: 'e.delivered.total', source: 'FORMS.md §3' },
  { check_id: 'e_refusals_egov_le', forms: ['4-mk'], kind: 'le', code: 'e.refusals.egov', other: 'e.delivered.egov', source: 'FORMS.md §3' },
  { check_id: 'e_refusals_elicense_le', forms: ['4-mk'], kind: 'le', code: 'e.refusals.elicense', other: 'e.delivered.elicense', source: 'FORMS.md §3' },
  { check_id: 'e_late_le_delivered', forms: ['4-mk'], kind: 'le', code: 'e.late.total', other: 'e.delivered.total', source: 'FORMS.md §3' },
];
