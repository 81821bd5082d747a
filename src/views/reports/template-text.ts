// The words of a template (title, key labels, column headings, applicant names) in the reader's
// language, for the blank templates, the worked example and the consolidated report alike.
import type { TranslationFunctions } from '../../i18n/i18n-types.ts';
import { inLocale } from '../../lib/data/in-locale.ts';
import type { Locale } from '../../lib/i18n/locale.ts';
import type { TemplateText } from '../../lib/control/own/template.ts';

export type FormRow = { form_id: string; form: string; name_kk: string; name_ru: string; name_en: string };

/** The printed form number ("1-МК") of a form id, or the id. */
export const formNumber = (forms: readonly FormRow[], id: string) => forms.find((x) => x.form_id === id)?.form ?? id;

/** `title`: the sheet's first line when it is not the blank template's ("Template of form 1-МК: its name"). */
export function templateText(tr: TranslationFunctions, forms: readonly FormRow[], id: string, lang: Locale, title?: string): TemplateText {
  const o = tr.own.template;
  const f = forms.find((x) => x.form_id === id);
  const name = f ? inLocale(f, 'name', lang) : id;
  return {
    title: title ?? `${o.title({ form: f?.form ?? id })}: ${name}`,
    keys: { form: o.form(), reporter: o.reporter(), region_id: o.region(), quarter: o.quarter() },
    columns: { printed: o.printed(), label: o.label(), service: o.service(), m1: o.m1(), m2: o.m2(), m3: o.m3(), q: o.q(), code: o.code(), applicant: o.applicant() },
    applicant: { individual: o.individual(), legal: o.legal() },
    language: lang,
  };
}
