// CSV for people who open it in Excel: UTF-8 with BOM (or Cyrillic breaks), ';' and a decimal
// comma for kk/ru (what Russian/Kazakh Excel expects), ',' and a dot for en, CRLF line ends,
// and OWASP formula-injection escaping for text cells. Numbers stay numbers.
import type { Locale } from '../i18n/locale.ts';

export type ExportValue = string | number | null | undefined;

export interface ExportColumn<R> {
  header: string;
  value: (row: R) => ExportValue;
}

export const BOM = '\uFEFF';

export function delimiterFor(locale: Locale): ';' | ',' {
  return locale === 'en' ? ',' : ';';
}

// A cell Excel could read as a formula: starts with = + - @ tab or CR, possibly after spaces.
const FORMULA_LEAD = /^[\s]*[=+\-@\t\r]/;

/** Make a text cell safe: a leading apostrophe stops Excel from evaluating it. */
export function escapeFormula(text: string): string {
  return FORMULA_LEAD.test(text) ? `'${text}` : text;
}

function quote(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatExportNumber(value: number, locale: Locale): string {
  // No thousands separators: Excel would read "9 181" as text.
  const s = String(Number(value.toPrecision(12)));
  return locale === 'en' ? s : s.replace('.', ',');
}

export function exportCell(value: ExportValue, locale: Locale): string {
  const delimiter = delimiterFor(locale);
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? formatExportNumber(value, locale) : '';
  return quote(escapeFormula(value), delimiter);
}

export function toExcelCsv<R>(rows: readonly R[], columns: readonly ExportColumn<R>[], locale: Locale): string {
  const delimiter = delimiterFor(locale);
  const lines = [columns.map((c) => exportCell(c.header, locale)).join(delimiter)];
  for (const row of rows) lines.push(columns.map((c) => exportCell(c.value(row), locale)).join(delimiter));
  return BOM + lines.join('\r\n') + '\r\n';
}

/** A file name safe on every OS: "sapa-map-leb-2020-kk.csv". */
export function exportFileName(parts: ReadonlyArray<string | number>): string {
  return `${['sapa', ...parts].map((p) => String(p).toLowerCase().replace(/[^a-z0-9_-]+/g, '-')).join('-')}.csv`;
}
