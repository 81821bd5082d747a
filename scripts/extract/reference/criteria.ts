// Hand-written reference: names of the 8 evaluation criteria (report, table 16 and the method
// chapter) and of the provider kinds. Ids come from lib/ids.ts.
import type { ChannelId, CriterionId, ProviderId } from '../lib/ids.ts';

export interface Names { nameKk: string; nameRu: string; nameEn: string }

export const CRITERION_NAMES: Readonly<Record<CriterionId, Names>> = {
  staff: { nameKk: 'Қызметкерлер / виртуалды ассистент', nameRu: 'Сотрудники / виртуальный ассистент', nameEn: 'Staff / virtual assistant' },
  accessibility: { nameKk: 'Қолжетімділік және ыңғайлылық', nameRu: 'Доступность и комфортность', nameEn: 'Accessibility and comfort' },
  information: { nameKk: 'Ақпарат және коммуникация', nameRu: 'Информация и коммуникация', nameEn: 'Information and communication' },
  procedure: { nameKk: 'Рәсім', nameRu: 'Процедура', nameEn: 'Procedure' },
  timeliness: { nameKk: 'Мерзімдер', nameRu: 'Сроки', nameEn: 'Timeliness' },
  costs: { nameKk: 'Шығындар', nameRu: 'Затраты', nameEn: 'Costs' },
  feedback: { nameKk: 'Кері байланыс', nameRu: 'Обратная связь', nameEn: 'Feedback' },
  result: { nameKk: 'Нәтиже', nameRu: 'Результат', nameEn: 'Result' },
};

export const PROVIDER_NAMES: Readonly<Record<ProviderId, Names>> = {
  state_corp: { nameKk: '«Азаматтарға арналған үкімет» мемлекеттік корпорациясы (барлығы)', nameRu: 'Госкорпорация «Правительство для граждан» (всего)', nameEn: 'State Corporation "Government for Citizens" (all)' },
  state_corp_manager: { nameKk: 'Мемлекеттік корпорация: менеджерге жүгіну', nameRu: 'Госкорпорация: обращение к менеджеру (операционный зал)', nameEn: 'State Corporation: service hall (via a manager)' },
  state_corp_self: { nameKk: 'Мемлекеттік корпорация: өзіне-өзі қызмет көрсету аймағы', nameRu: 'Госкорпорация: зона самообслуживания', nameEn: 'State Corporation: self-service zone' },
  egov_portal: { nameKk: '«Электрондық үкімет» порталы', nameRu: 'Портал «электронного правительства» (egov.kz)', nameEn: 'E-government portal (egov.kz)' },
  elicense_portal: { nameKk: '«Электрондық лицензиялау» порталы', nameRu: 'Портал «Е-лицензирование» (elicense.kz)', nameEn: 'E-licensing portal (elicense.kz)' },
  online_all: { nameKk: 'Электрондық ресурстар (elicense, egov және басқалары)', nameRu: 'Электронные ресурсы (е-лицензирование, egov и другие)', nameEn: 'Online resources (e-licensing, e-gov and others)' },
  central_body: { nameKk: 'Орталық мемлекеттік органның өз бөлімшелері', nameRu: 'Собственные подразделения центрального государственного органа', nameEn: "A central body's own offices" },
  leb: { nameKk: 'Жергілікті атқарушы органдар', nameRu: 'Местные исполнительные органы', nameEn: 'Local executive bodies (akimats)' },
  all: { nameKk: 'Барлық қызмет көрсетушілер', nameRu: 'Все услугодатели', nameEn: 'All providers' },
  subordinate_org: { nameKk: 'Органның ведомстволық ұйымы', nameRu: 'Подведомственная организация органа', nameEn: "A body's subordinate organisation" },
  telecom_operators: { nameKk: 'Байланыс операторлары', nameRu: 'Операторы связи', nameEn: 'Telecom operators' },
};

/** Channels of the per-service "criteria by channel" tables (ids in lib/ids.ts). */
export const CHANNEL_NAMES: Readonly<Record<ChannelId, Names>> = {
  state_corp: { nameKk: 'ХҚКО (Мемлекеттік корпорация)', nameRu: 'ЦОН (Госкорпорация)', nameEn: 'State Corporation service centre' },
  online: { nameKk: 'Онлайн, порталда өз бетінше', nameRu: 'Онлайн, самостоятельно на портале', nameEn: 'Online, self-service on a portal' },
  provider_office: { nameKk: 'Қызмет берушінің кеңсесі', nameRu: 'Офис услугодателя', nameEn: "The provider's office" },
  all: { nameKk: 'Барлық арналар', nameRu: 'Все каналы', nameEn: 'All channels' },
  state_corp_manager: { nameKk: 'ХҚКО, менеджерге жүгіну', nameRu: 'ЦОН, через менеджера', nameEn: 'State Corporation, via a manager' },
  state_corp_self: { nameKk: 'ХҚКО, өзіне-өзі қызмет көрсету аймағы', nameRu: 'ЦОН, зона самообслуживания', nameEn: 'State Corporation, self-service zone' },
  state_corp_self_or_provider: { nameKk: 'ХҚКО өзіне-өзі қызмет көрсету аймағы немесе қызмет берушінің кеңсесі', nameRu: 'ЦОН (самообслуживание) или офис услугодателя', nameEn: "State Corporation self-service zone or the provider's office" },
  state_corp_manager_or_provider: { nameKk: 'ХҚКО менеджері немесе қызмет берушінің кеңсесі', nameRu: 'ЦОН (менеджер) или офис услугодателя', nameEn: "State Corporation manager or the provider's office" },
  foreign_mission: { nameKk: 'Шетелдегі мекемелер', nameRu: 'Загранучреждения', nameEn: 'Embassies and consulates' },
  ambulance: { nameKk: 'Жедел жәрдем (103)', nameRu: 'Скорая помощь (103)', nameEn: 'Ambulance (103)' },
};
