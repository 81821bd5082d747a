// Notes on the source's own inconsistencies and series breaks, in Kazakh, Russian and English.
// Texts are hand-written; the figures inside them come from the parsed tables (never typed in).
import type { Finding, Measure } from './core/crosschecks.ts';
import { findingNoteId } from './core/crosschecks.ts';
import { datasetLabel, type DatasetName } from '../schema/datapackage.ts';

export interface Note { note_id: string; dataset: string; key: string; kind: string; text_kk: string; text_ru: string; text_en: string }
interface Texts { kk: string; ru: string; en: string }

const note = (note_id: string, dataset: DatasetName, key: string, kind: string, t: Texts): Note =>
  ({ note_id, dataset: datasetLabel(dataset), key, kind, text_kk: t.kk, text_ru: t.ru, text_en: t.en });

/** Number as the report prints it in each language: decimal comma in kk/ru, dot in en. */
const fmt = (v: number | null, lang: 'kk' | 'ru' | 'en'): string =>
  v === null ? '—' : lang === 'en' ? String(v) : String(v).replace('.', ',');

const MEASURE: Record<Measure, Texts> = {
  avg_score: { kk: 'орташа балл', ru: 'средний балл', en: 'average score' },
  satisfaction_pct: { kk: 'қанағаттану деңгейі, %', ru: 'уровень удовлетворённости, %', en: 'satisfaction, %' },
  rank: { kk: 'рейтингтегі орны', ru: 'место в рейтинге', en: 'rank' },
  respondents: { kk: 'респонденттер саны', ru: 'число респондентов', en: 'respondents' },
  services: { kk: 'қызметтер саны', ru: 'число услуг', en: 'number of services' },
  share_pct: { kk: 'үлесі, %', ru: 'доля, %', en: 'share, %' },
};

/** Translate the English "against" phrases used by the cross-checks. */
function against(a: string): Texts {
  const table = /^table (\d+)$/.exec(a);
  if (table) return { kk: `${table[1]}-кесте`, ru: `таблица ${table[1]}`, en: a };
  const sum = /^sum of (the rows of )?table (\d+)$/.exec(a);
  if (sum) return { kk: `${sum[2]}-кесте жолдарының қосындысы`, ru: `сумма строк таблицы ${sum[2]}`, en: a };
  const mean = /^recomputed as the mean of (\d+) published years$/.exec(a);
  if (mean) return { kk: `жарияланған ${mean[1]} жылдың орташасы ретінде қайта есептелген мән`, ru: `пересчёт как среднее ${mean[1]} опубликованных лет`, en: a };
  if (a === 'recomputed from the 2019 and 2020 values') return { kk: '2019 және 2020 жылдардың жарияланған мәндерінен есептелген айырма', ru: 'разность, рассчитанная по опубликованным значениям 2019 и 2020 гг.', en: a };
  if (a === 'services listed in table 1') return { kk: '1-кестедегі қызметтер саны', ru: 'число услуг в таблице 1', en: a };
  return { kk: a, ru: a, en: a };
}

const WHAT: Record<Finding['check'], Texts> = {
  headline_vs_table8: { kk: 'Бөлімнің негізгі көрсеткіші', ru: 'Заголовочный показатель раздела', en: "The section's headline figure" },
  national_totals: { kk: 'Жалпы ұлттық көрсеткіш (6-кесте)', ru: 'Общенациональный показатель (таблица 6)', en: 'The national figure (table 6)' },
  published_change: { kk: 'Жарияланған 2019–2020 өзгеріс', ru: 'Опубликованное изменение 2019–2020', en: 'The published 2019–2020 change' },
  published_mean: { kk: 'Жарияланған көпжылдық орташа мән', ru: 'Опубликованное многолетнее среднее', en: 'The published multi-year mean' },
  appendix_b_vs_table12: { kk: 'Б қосымшасындағы өңір көрсеткіші', ru: 'Показатель региона в приложении Б', en: "The region's figure in appendix B" },
  channel_totals: { kk: '7-кестедегі қызмет көрсетуші көрсеткіші', ru: 'Показатель услугодателя в таблице 7', en: "The provider's figure in table 7" },
  sample_sum: { kk: '4-кестедегі жиынтық', ru: 'Итог таблицы 4', en: 'The total of table 4' },
};

/** A note for one cross-check finding. */
export function noteForFinding(f: Finding): Note {
  const m = MEASURE[f.measure];
  const w = WHAT[f.check];
  const a = against(f.against);
  const kind = f.check === 'published_change' || f.check === 'published_mean' || f.check === 'sample_sum' ? 'calculation' : 'disagreement';
  // A change recomputed from rounded values can differ from one computed on unrounded data by one
  // unit of the last printed digit; say so rather than suggest an error.
  const unit = f.measure === 'avg_score' ? 0.01 : 0.1;
  const rounding =
    f.check === 'published_change' && typeof f.value === 'number' && typeof f.expected === 'number' && Math.abs(f.value - f.expected) <= unit + 1e-9
      ? {
          kk: ' Соңғы таңбадағы бір бірлік айырма дөңгелектеуден болуы мүмкін.',
          ru: ' Разница в одну единицу последнего знака может объясняться округлением.',
          en: ' A difference of one unit in the last digit may come from rounding.',
        }
      : { kk: '', ru: '', en: '' };
  return note(findingNoteId(f), f.dataset, f.key, kind, {
    kk: `${w.kk} (${m.kk}): ${fmt(f.value, 'kk')}; ${a.kk}: ${fmt(f.expected, 'kk')}.${rounding.kk} Деректер жарияланған күйінде көрсетілген.`,
    ru: `${w.ru} (${m.ru}): ${fmt(f.value, 'ru')}; ${a.ru}: ${fmt(f.expected, 'ru')}.${rounding.ru} Данные показаны так, как опубликованы.`,
    en: `${w.en} (${m.en}) is ${fmt(f.value, 'en')}; ${a.en}: ${fmt(f.expected, 'en')}.${rounding.en} Shown as published.`,
  });
}

/** A score printed with one decimal ("4,7"): probably 4.70 with the zero dropped, but not certain. */
export function oneDecimalNote(dataset: DatasetName, key: string, table: string, value: number): Note {
  return note(`one_decimal__${datasetLabel(dataset).replace(/\W+/g, '_')}__${key.replace(/\W+/g, '_')}`, dataset, key, 'precision', {
    kk: `${table}: орташа балл бір ондық таңбамен басылған (${fmt(value, 'kk')}); басқа мәндер екі таңбамен берілген.`,
    ru: `${table.replace(/^(\d+)-кесте$/, 'таблица $1')}: средний балл напечатан с одним знаком после запятой (${fmt(value, 'ru')}), остальные — с двумя.`,
    en: `${table.replace(/^(\d+)-кесте$/, 'table $1')}: the average score is printed with one decimal (${fmt(value, 'en')}); other scores have two.`,
  });
}

/** A table row split over a page break and joined by the extractor. */
export function splitRowNote(dataset: DatasetName, key: string, table: number, lines: readonly number[]): Note {
  const where = lines.join(', ');
  return note(`split_row__${datasetLabel(dataset).replace(/\W+/g, '_')}__${key.replace(/\W+/g, '_')}`, dataset, key, 'split_row', {
    kk: `${table}-кестенің бұл жолы беттің шетінде екіге бөлінген (мәтін файлының ${where} жолдары); екі бөлігі біріктірілді.`,
    ru: `Эта строка таблицы ${table} разорвана переносом страницы (строки ${where} текстового файла); части объединены.`,
    en: `This row of table ${table} is split across a page break (lines ${where} of the text file); the parts were joined.`,
  });
}

/** A body abbreviation that contradicts another table; the attribution used is explained. */
export function bodyAbbrNote(key: string, printed: string, table: number, used: string, other: string, otherTable: number): Note {
  return note(`body_abbr__t${table}__${key.replace(/\W+/g, '_')}`, 'refServices', key, 'misprint', {
    kk: `${table}-кестеде қызметтің органы «${printed}» деп басылған, ал ${otherTable}-кестеде «${other}». Қызмет «${used}» органына жатқызылды.`,
    ru: `В таблице ${table} орган услуги обозначен «${printed}», а в таблице ${otherTable} — «${other}». Услуга отнесена к органу «${used}».`,
    en: `Table ${table} prints the body of this service as "${printed}", table ${otherTable} as "${other}". The service is attributed to "${used}".`,
  });
}

/** A published value that differs between table 9 and the 2020 column of table 10. */
export function table9vs10Note(key: string, measure: Measure, t9: number | null, t10: number | null): Note {
  const m = MEASURE[measure];
  return note(`table9_vs_table10__${key.replace(/\W+/g, '_')}__${measure}`, 'bodies', key, 'disagreement', {
    kk: `9-кесте (${m.kk}): ${fmt(t9, 'kk')}; 10-кестенің 2020 бағаны: ${fmt(t10, 'kk')}. 9-кестенің мәні көрсетілген.`,
    ru: `Таблица 9 (${m.ru}): ${fmt(t9, 'ru')}; столбец 2020 таблицы 10: ${fmt(t10, 'ru')}. Показано значение таблицы 9.`,
    en: `Table 9 (${m.en}) gives ${fmt(t9, 'en')}; the 2020 column of table 10 gives ${fmt(t10, 'en')}. Table 9's value is shown.`,
  });
}

/** Hand-written notes that are not the result of a numeric comparison. */
export interface NonNumericChange { dataset: DatasetName; key: string; table: number; nameKk: string; raw: string }

export interface IdenticalYears { dataset: DatasetName; key: string; table: number; nameKk: string; years: [number, number] }

export function fixedNotes(ctx: { identicalYears: readonly IdenticalYears[]; nonNumericChanges: readonly NonNumericChange[] }): Note[] {
  const notes: Note[] = [
    note('scale_10_point_2014', 'national', '2014', 'series_break', {
      kk: '2014–2015 жылдары 10 балдық шкала қолданылған (6-кестенің ескертпесі): бұл мәндерді 2016 жылдан кейінгі 5 балдық мәндермен салыстыруға болмайды.',
      ru: 'В 2014–2015 гг. применялась 10-балльная шкала (примечание к таблице 6): эти значения нельзя сравнивать с 5-балльными значениями с 2016 г.',
      en: 'A 10-point scale was used in 2014–2015 (footnote to table 6): these values cannot be compared with the 5-point values from 2016 on.' }),
    note('scale_10_point_2015', 'national', '2015', 'series_break', {
      kk: '2015 жылы 10 балдық шкала қолданылған: 2015→2016 өзгерісін есептеуге болмайды.',
      ru: 'В 2015 г. применялась 10-балльная шкала: изменение 2015→2016 не вычисляется.',
      en: 'A 10-point scale was used in 2015: no change can be computed across 2015→2016.' }),
    note('turkistan_before_2018_2016', 'regions', 'turkistan:2016:leb', 'series_break', {
      kk: '2018 жылдың 19 маусымына дейін бұл жол Оңтүстік Қазақстан облысын (Шымкент қаласымен бірге) білдіреді.',
      ru: 'До 19 июня 2018 г. эта строка означает Южно-Казахстанскую область (вместе с г. Шымкент).',
      en: 'Before 19 June 2018 this row stands for South Kazakhstan oblast (then including Shymkent city).' }),
    note('turkistan_before_2018_2017', 'regions', 'turkistan:2017:leb', 'series_break', {
      kk: '2018 жылдың 19 маусымына дейін бұл жол Оңтүстік Қазақстан облысын (Шымкент қаласымен бірге) білдіреді.',
      ru: 'До 19 июня 2018 г. эта строка означает Южно-Казахстанскую область (вместе с г. Шымкент).',
      en: 'Before 19 June 2018 this row stands for South Kazakhstan oblast (then including Shymkent city).' }),
    note('two_all_provider_region_rankings', 'regions', '', 'disagreement', {
      kk: 'Есепте 2020 жылғы барлық қызмет көрсетушілерді қамтитын өңірлердің екі рейтингі бар: 12-кесте және Б қосымшасы. Олардың мәндері мен орындары сәйкес келмейді; екеуі де жарияланған күйінде берілген.',
      ru: 'В отчёте два рейтинга регионов 2020 г. с учётом всех услугодателей: таблица 12 и приложение Б. Их значения и места не совпадают; оба приведены как опубликованы.',
      en: 'The report has two 2020 "all providers" rankings of the regions: table 12 and appendix B. Their values and ranks disagree; both are given as published.' }),
    note('abbreviation_variants', 'refBodies', '', 'label_variant', {
      kk: 'Кестелерде органдардың қысқартулары әртүрлі жазылған: «МҚИА» (тізімде «МҚІА»), «ИИМ» (тізімде «ІІМ»); 1-кестеде Қаржы министрлігі «ҚМ» деп белгіленген, ал тізімде «ҚМ» — Қорғаныс министрлігі.',
      ru: 'Аббревиатуры органов в таблицах пишутся по-разному: «МҚИА» (в списке «МҚІА»), «ИИМ» (в списке «ІІМ»); в таблице 1 Министерство финансов обозначено «ҚМ», хотя в списке сокращений «ҚМ» — Министерство обороны.',
      en: 'Body abbreviations vary between tables: "МҚИА" (list: "МҚІА"), "ИИМ" (list: "ІІМ"); table 1 marks the Ministry of Finance "ҚМ", which the list of abbreviations uses for the Ministry of Defence.' }),
    note('state_corp_counted_as_central_body', 'bodies', '', 'scope', {
      kk: '9-, 10-кестелер мен А қосымшасы «24 ОМО» деп атайтын тізімге «Азаматтарға арналған үкімет» мемлекеттік корпорациясы да кіреді (23 орталық орган + Мемлекеттік корпорация).',
      ru: 'В список «24 ЦГО» таблиц 9, 10 и приложения А входит и Госкорпорация «Правительство для граждан» (23 центральных органа + Госкорпорация).',
      en: 'The "24 central bodies" of tables 9, 10 and appendix A include the State Corporation "Government for Citizens" (23 central bodies + the State Corporation).' }),
  ];
  for (const c of ctx.identicalYears) {
    notes.push(note(`identical_years__${c.key.replace(/\W+/g, '_')}`, c.dataset, c.key, 'suspicious', {
      kk: `${c.table}-кестеде ${c.nameKk}: ${c.years[0]} және ${c.years[1]} жылдардың мәндері бірдей (орташа балл да, қанағаттану деңгейі де) — көшіру қатесі болуы мүмкін. Жарияланған күйінде көрсетілген.`,
      ru: `В таблице ${c.table} (${c.nameKk}) значения ${c.years[0]} и ${c.years[1]} гг. совпадают (и средний балл, и удовлетворённость) — возможна ошибка копирования. Показано как опубликовано.`,
      en: `In table ${c.table} (${c.nameKk}) the ${c.years[0]} and ${c.years[1]} values are identical (both score and satisfaction): possibly a copying error. Shown as published.` }));
  }
  for (const c of ctx.nonNumericChanges) {
    notes.push(note(`change_not_a_number__${c.key.replace(/\W+/g, '_')}`, c.dataset, c.key, 'missing_value', {
      kk: `${c.table}-кестеде ${c.nameKk}: 2019–2020 қанағаттану деңгейінің өзгерісі «${c.raw}» деп басылған (сан жоқ).`,
      ru: `В таблице ${c.table} (${c.nameKk}) изменение удовлетворённости 2019–2020 напечатано как «${c.raw}» (числа нет).`,
      en: `In table ${c.table} (${c.nameKk}) the 2019–2020 change in satisfaction is printed as "${c.raw}" (no figure).` }));
  }
  return notes;
}
