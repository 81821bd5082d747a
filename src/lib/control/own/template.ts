// Blank templates of each form version, in its printed layout (row number, label, month and
// quarter columns), with trailing code columns (#code, #applicant) and a code row (#row, #m1…)
// so that a filled template is read by code, never by label. The same builder writes a filled
// template (the filed report as the worked example). CSV for Excel: BOM, ';' for kk/ru; or the
// same rows as an .xlsx sheet (xlsx-write.ts, loaded on demand).
import { excelDialect, writeCsv } from '../../csv/write.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { ControlReference } from '../reference.ts';
import { TEMPLATE_CODES } from './interchange.ts';
import type { WorkbookSheet } from './xlsx-write.ts';

export interface TemplateText {
  title: string;
  keys: { form: string; reporter: string; region_id: string; quarter: string };
  columns: { printed: string; label: string; service: string; m1: string; m2: string; m3: string; q: string; code: string; applicant: string };
  applicant: { individual: string; legal: string };
  language: Locale;
}

export interface TemplateFill {
  reporter: string;
  region_id: string;
  quarter: string;
  /** (code, applicant, service, slot m1|m2|m3|q) → value as filed. */
  value(code: string, applicant: string, service: string, slot: 'm1' | 'm2' | 'm3' | 'q'): string | undefined;
  /** Services of a code, in the order filed. */
  services(code: string, applicant: string): string[];
}

export function templateRows(reference: ControlReference, formId: string, text: TemplateText, fill?: TemplateFill): string[][] {
  const form = reference.get(formId);
  if (!form) throw new Error(`template: unknown form ${formId}`);
  const slots = form.periods === 'quarter' ? (['q'] as const) : (['m1', 'm2', 'm3', 'q'] as const);
  const c = text.columns;
  const width = 3 + slots.length + 2;
  const keyRow = (label: string, value: string, key: string) => {
    const row = Array<string>(width).fill('');
    row[0] = label;
    row[1] = value;
    row[width - 2] = `#${key}`;
    return row;
  };
  const rows: string[][] = [[text.title]];
  rows.push(keyRow(text.keys.form, formId, 'form'));
  rows.push(keyRow(text.keys.reporter, fill?.reporter ?? '', 'reporter'));
  rows.push(keyRow(text.keys.region_id, fill?.region_id ?? '', 'region_id'));
  rows.push(keyRow(text.keys.quarter, fill?.quarter ?? '', 'quarter'));
  rows.push([]);
  rows.push([c.printed, c.label, c.service, ...slots.map((s) => c[s]), c.code, c.applicant]);
  rows.push([TEMPLATE_CODES.printed, TEMPLATE_CODES.label, TEMPLATE_CODES.service, ...slots.map((s) => TEMPLATE_CODES[s]), TEMPLATE_CODES.code, TEMPLATE_CODES.applicant]);
  for (const def of form.rows.values()) {
    const applicants = def.applicantSplit ? (['individual', 'legal'] as const) : (['' as const]);
    for (const applicant of applicants) {
      const label = applicant === '' ? def.labels[text.language] : `${def.labels[text.language]} (${text.applicant[applicant]})`;
      const values = (service: string) => slots.map((s) => fill?.value(def.code, applicant, service, s) ?? '');
      rows.push([def.printed, label, '', ...values(''), def.code, applicant]);
      if (def.serviceDim !== '' && fill) for (const service of fill.services(def.code, applicant)) rows.push(['', '', service, ...values(service), def.code, applicant]);
    }
  }
  return rows;
}

/** Rows as Excel CSV text (the one writer's Excel dialect: numbers and the dash bare, text through the formula guard). */
export function templateCsv(rows: string[][], locale: Locale): string {
  return writeCsv(rows, excelDialect(locale));
}

/**
 * The same rows as one Excel sheet: title and column headings bold, the code row and the code
 * columns grey, widths from the longest cell. Everything else is in the rows themselves.
 */
export function templateSheet(rows: string[][], name: string): WorkbookSheet {
  const codeRow = rows.findIndex((r) => r.includes(TEMPLATE_CODES.code));
  const codes = rows[codeRow] ?? [];
  const codeCols = new Set([codes.indexOf(TEMPLATE_CODES.code), codes.indexOf(TEMPLATE_CODES.applicant)]);
  const widths: number[] = [];
  // The title runs across empty cells: it does not widen its column.
  for (const r of rows.slice(1)) r.forEach((v, c) => (widths[c] = Math.min(60, Math.max(widths[c] ?? 6, v.length + 2))));
  return {
    name,
    rows,
    widths,
    style: (r, c) => (r === codeRow || codeCols.has(c) || rows[r]?.[c]?.startsWith('#') ? 'code' : r === 0 || r === codeRow - 1 ? 'bold' : 'plain'),
  };
}

/** The same rows as an .xlsx Blob; the writer (and fflate) are loaded only now. */
export async function templateXlsx(rows: string[][], name: string): Promise<Blob> {
  const { writeXlsx, XLSX_TYPE } = await import('./xlsx-write.ts');
  // (zipSync's bytes are a fresh ArrayBuffer, never a shared one.)
  return new Blob([writeXlsx(templateSheet(rows, name)) as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE });
}
