// Hand-written reference: the five aspects the ambulance section (2.62) rates instead of the 8
// criteria (tables 191 and 192). Kazakh names as printed in table 191; Russian and English are ours.
import type { Names } from './criteria.ts';

export const ASPECT_IDS = ['call_speed', 'dispatcher_politeness', 'staff_competence', 'staff_promptness', 'staff_attentiveness'] as const;
export type AspectId = (typeof ASPECT_IDS)[number];

export const ASPECT_NAMES: Readonly<Record<AspectId, Names>> = {
  call_speed: { nameKk: '«103» пультіне қоңырау шалу жылдамдығы', nameRu: 'Скорость дозвона на пульт «103»', nameEn: 'Speed of getting through to 103' },
  dispatcher_politeness: { nameKk: 'Сөйлесу кезінде диспетчердің сыпайылығы, әдептілігі, ықыластылығы', nameRu: 'Вежливость, тактичность и доброжелательность диспетчера', nameEn: "The dispatcher's politeness, tact and goodwill" },
  staff_competence: { nameKk: 'Қызметкерлер құзыретті, сұрақтарды нақты қояды', nameRu: 'Сотрудники компетентны, задают точные вопросы', nameEn: 'Staff are competent and ask precise questions' },
  staff_promptness: { nameKk: 'Қызметкерлер оперативті', nameRu: 'Сотрудники оперативны', nameEn: 'Staff act promptly' },
  staff_attentiveness: { nameKk: 'Қызметкерлер сыпайы және менің қажеттіліктеріме мұқият қарайды', nameRu: 'Сотрудники вежливы и внимательны к моим потребностям', nameEn: 'Staff are polite and attentive to my needs' },
};

/** An aspect from a row or column label of tables 191–192 (the two tables word call speed differently). */
export function aspectFromLabel(key: string): AspectId | null {
  if (/103.* қоңырау шалу жылдамдығы/.test(key)) return 'call_speed';
  if (/диспетчердің сыпайылығы/.test(key)) return 'dispatcher_politeness';
  if (/қызметкерлер құзыретті/.test(key)) return 'staff_competence';
  if (/қызметкерлер оперативті/.test(key)) return 'staff_promptness';
  if (/қызметкерлер сыпайы .*мұқият/.test(key)) return 'staff_attentiveness';
  return null;
}
