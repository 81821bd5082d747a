// The reference of the control-report forms (data/reference/control_rows.csv and control_checks.csv)
// as lookup tables for the validator: per form version, each code's row and the codes that add up
// to it. Pure: no DOM, no fetch; safe in a Web Worker.

import type { Locale } from '../i18n/locale.ts';
import type { DatasetRow } from '../data/datasets.ts';

/** The app's locale (one definition, lib/i18n/locale.ts). */
export type ControlLocale = Locale;
export type MonthRule = 'sum' | 'sum_warn' | 'stock' | 'none';

/** A row of data/reference/control_rows.csv, the columns the validator uses (types from datapackage.json). */
export type ControlRowInput = Pick<
  DatasetRow<'reference/control_rows.csv'>,
  'form_id' | 'code' | 'printed' | 'parent_code' | 'unit' | 'periods' | 'applicant_split' | 'service_dim' | 'month_rule' | 'label_kk' | 'label_ru' | 'label_en'
>;

/** A row of data/reference/control_checks.csv, the columns the validator uses (types from datapackage.json). */
export type ControlCheckInput = Pick<DatasetRow<'reference/control_checks.csv'>, 'form_id' | 'check_id' | 'kind' | 'code' | 'other_code'>;

export interface RowRef {
  code: string;
  printed: string;
  parent: string;
  unit: string;
  applicantSplit: boolean;
  /** '' when the row has no service sub-rows. */
  serviceDim: string;
  monthRule: MonthRule;
  labels: Record<ControlLocale, string>;
  /** Codes whose values add up to this row's value (empty when none). */
  parts: string[];
}

export interface CheckRef {
  id: string;
  kind: 'le' | 'eq';
  code: string;
  other: string;
}

export interface FormRef {
  id: string;
  /** 'months_quarter': YYYY-MM and YYYY-Qn; 'quarter': YYYY-Qn only. */
  periods: 'months_quarter' | 'quarter';
  rows: Map<string, RowRef>;
  /** Checks whose first code is the key. */
  checksByCode: Map<string, CheckRef[]>;
}

export type ControlReference = Map<string, FormRef>;

const MONTH_RULES: readonly MonthRule[] = ['sum', 'sum_warn', 'stock', 'none'];

export function buildReference(rows: readonly ControlRowInput[], checks: readonly ControlCheckInput[] = []): ControlReference {
  const forms: ControlReference = new Map();
  for (const r of rows) {
    let form = forms.get(r.form_id);
    if (!form) {
      form = { id: r.form_id, periods: r.periods === 'quarter' ? 'quarter' : 'months_quarter', rows: new Map(), checksByCode: new Map() };
      forms.set(r.form_id, form);
    }
    if (form.rows.has(r.code)) throw new Error(`control reference: ${r.form_id} lists ${r.code} twice`);
    const monthRule = (MONTH_RULES as readonly string[]).includes(r.month_rule) ? (r.month_rule as MonthRule) : 'sum';
    form.rows.set(r.code, {
      code: r.code,
      printed: r.printed,
      parent: r.parent_code ?? '',
      unit: r.unit,
      applicantSplit: r.applicant_split,
      serviceDim: r.service_dim ?? '',
      monthRule,
      labels: { kk: r.label_kk, ru: r.label_ru, en: r.label_en },
      parts: [],
    });
  }
  for (const form of forms.values()) {
    for (const row of form.rows.values()) {
      if (row.parent === '') continue;
      const parent = form.rows.get(row.parent);
      if (!parent) throw new Error(`control reference: ${form.id} ${row.code} has an unknown parent ${row.parent}`);
      parent.parts.push(row.code);
    }
  }
  for (const c of checks) {
    const form = forms.get(c.form_id);
    if (!form || !form.rows.has(c.code) || !form.rows.has(c.other_code)) throw new Error(`control reference: check ${c.check_id} names a row ${c.form_id} does not have`);
    const list = form.checksByCode.get(c.code) ?? [];
    list.push({ id: c.check_id, kind: c.kind === 'eq' ? 'eq' : 'le', code: c.code, other: c.other_code });
    form.checksByCode.set(c.code, list);
  }
  return forms;
}
