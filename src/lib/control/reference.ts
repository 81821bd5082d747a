// The reference of the control-report forms (data/reference/control_rows.csv and control_checks.csv)
// as lookup tables for the validator: per form version, each code's row and the codes that add up
// to it. Pure: no DOM, no fetch; safe in a Web Worker.

import type { Locale } from '../i18n/locale.ts';
import type { DatasetError } from '../data/schema.ts';
import type { DatasetRow } from '../data/datasets.ts';

/** The app's locale (one definition, lib/i18n/locale.ts). */
export type ControlLocale = Locale;
export type MonthRule = 'sum' | 'sum_warn' | 'stock' | 'none';

/** A row of data/reference/control_rows.csv, the columns the validator uses (types from datapackage.json). */
export type ControlRowInput = Pick<
  DatasetRow<'reference/control_rows.csv'>,
  'form_id' | 'code' | 'printed' | 'parent_code' | 'unit' | 'periods' | 'applicant_split' | 'service_dim' | 'month_rule' | 'label_kk' | 'label_ru' | 'label_en'
>;

/** The columns of a row of data/reference/control_forms.csv that the validator reads: a form version is valid from its `version` date. */
export interface ControlFormInput {
  form_id: string;
  version: string;
  valid_to?: string | null;
}

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
  /** First and last day the form version is valid ("YYYY-MM-DD"; '' when open or not known). */
  validFrom: string;
  validTo: string;
}

export type ControlReference = Map<string, FormRef>;

const MONTH_RULES: readonly MonthRule[] = ['sum', 'sum_warn', 'stock', 'none'];

const ROWS_FILE = 'reference/control_rows.csv';
const CHECKS_FILE = 'reference/control_checks.csv';

/** Thrown by buildReference: the files contradict themselves; `error` names the file and what. */
export class ReferenceContradiction extends Error {
  constructor(readonly error: DatasetError) {
    super(`control reference: ${error.file}: ${JSON.stringify(error.problem)}`);
  }
}

/**
 * buildReference for rows read from the published files: a contradiction is an error naming the
 * file (shown by the view like any broken file), never an exception that leaves a view loading.
 */
export function referenceFromFiles(rows: readonly ControlRowInput[], checks: readonly ControlCheckInput[] = [], versions: readonly ControlFormInput[] = []): { ok: true; reference: ControlReference } | { ok: false; error: DatasetError } {
  try {
    return { ok: true, reference: buildReference(rows, checks, versions) };
  } catch (e) {
    if (e instanceof ReferenceContradiction) return { ok: false, error: e.error };
    throw e;
  }
}

export function buildReference(rows: readonly ControlRowInput[], checks: readonly ControlCheckInput[] = [], versions: readonly ControlFormInput[] = []): ControlReference {
  const forms: ControlReference = new Map();
  for (const r of rows) {
    let form = forms.get(r.form_id);
    if (!form) {
      form = { id: r.form_id, periods: r.periods === 'quarter' ? 'quarter' : 'months_quarter', rows: new Map(), checksByCode: new Map(), validFrom: '', validTo: '' };
      forms.set(r.form_id, form);
    }
    if (form.rows.has(r.code)) throw new ReferenceContradiction({ file: ROWS_FILE, line: null, problem: { code: 'rowTwice', form: r.form_id, row: r.code } });
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
      if (!parent) throw new ReferenceContradiction({ file: ROWS_FILE, line: null, problem: { code: 'unknownParent', form: form.id, row: row.code, parent: row.parent } });
      parent.parts.push(row.code);
    }
  }
  for (const v of versions) {
    const form = forms.get(v.form_id);
    if (!form) continue;
    form.validFrom = v.version ?? '';
    form.validTo = v.valid_to ?? '';
  }
  for (const c of checks) {
    const form = forms.get(c.form_id);
    if (!form || !form.rows.has(c.code) || !form.rows.has(c.other_code)) throw new ReferenceContradiction({ file: `${CHECKS_FILE} ↔ ${ROWS_FILE}`, line: null, problem: { code: 'checkUnknownRow', check: c.check_id, form: c.form_id } });
    const list = form.checksByCode.get(c.code) ?? [];
    list.push({ id: c.check_id, kind: c.kind === 'eq' ? 'eq' : 'le', code: c.code, other: c.other_code });
    form.checksByCode.set(c.code, list);
  }
  return forms;
}
