import type { Locale } from '../i18n/locale.ts';

// The `source` column of the datasets is written in English ("2020 report, table 11"). These
// rules render it in the reader's language without losing a reference; anything not matched is
// shown as it is.
const RULES: Record<Exclude<Locale, 'en'>, Array<[RegExp, string]>> = {
  kk: [
    [/(\d{4}) report/g, '$1 жылғы баяндама'],
    [/tables? (\d+)/g, '$1-кесте'],
    [/section (\d+(?:\.\d+)*)/g, '$1-бөлім'],
    [/appendix A/g, 'А қосымшасы'],
    [/appendix B/g, 'Б қосымшасы'],
    [/\(text\)/g, '(мәтін)'],
    [/\(no mass survey\)/g, '(жаппай сауалнамасыз)'],
    [/respondents:/g, 'респонденттер:'],
  ],
  ru: [
    [/(\d{4}) report/g, 'Отчёт $1 г.'],
    [/table (\d+)/g, 'таблица $1'],
    [/section (\d+(?:\.\d+)*)/g, 'раздел $1'],
    [/appendix A/g, 'приложение А'],
    [/appendix B/g, 'приложение Б'],
    [/\(text\)/g, '(текст)'],
    [/\(no mass survey\)/g, '(без массового опроса)'],
    [/respondents:/g, 'респонденты:'],
  ],
};

export function sourceLabel(source: string, locale: Locale): string {
  if (locale === 'en') return source;
  return RULES[locale].reduce((s, [re, to]) => s.replace(re, to), source);
}
