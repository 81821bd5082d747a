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

// A cell Excel could read as a formula: starts with = + - @ tab or CR, or their full-width forms
// ＝ ＋ － ＠ (Excel in an East Asian locale reads those as operators too), possibly after spaces or
// zero-width characters (invisible, so a reader would never see why the cell was evaluated).
const FORMULA_LEAD = /^[\s\u200B-\u200D\u2060\uFEFF]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Make a text cell safe: a leading apostrophe stops Excel from evaluating it. */
export function escapeFormula(text: string): string {
  return FORMULA_LEAD.test(text) ? `'${text}` : text;
}

// Quoted when it holds either separator, not only this file's: a file saved with ';' is often
// reopened with ',' (or the reverse) by another program, and a stray comma would split the cell.
function quote(text: string): string {
  return /[;,"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatExportNumber(value: number, locale: Locale): string {
  // No thousands separators: Excel would read "9 181" as text.
  const s = String(Number(value.toPrecision(12)));
  return locale === 'en' ? s : s.replace('.', ',');
}

export function exportCell(value: ExportValue, locale: Locale): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? formatExportNumber(value, locale) : '';
  return quote(escapeFormula(value));
}

/** One line of the block above the table: a label and its value ("Source", "2020 report, table 11"). */
export type MetaLine = readonly [label: string, value: string];

/**
 * The table as CSV. With `meta`, a block of "label;value" lines comes first, then one empty line,
 * then the table: the file says what it is, where it comes from and when it was made wherever it
 * travels (see lib/export/meta.ts for why a block and not a README beside it).
 */
export function toExcelCsv<R>(rows: readonly R[], columns: readonly ExportColumn<R>[], locale: Locale, meta: readonly MetaLine[] = []): string {
  const delimiter = delimiterFor(locale);
  const lines = meta.map(([label, value]) => [exportCell(label, locale), exportCell(value, locale)].join(delimiter));
  if (lines.length > 0) lines.push('');
  lines.push(columns.map((c) => exportCell(c.header, locale)).join(delimiter));
  for (const row of rows) lines.push(columns.map((c) => exportCell(c.value(row), locale)).join(delimiter));
  return BOM + lines.join('\r\n') + '\r\n';
}

/** A file name safe on every OS: "sapa-map-leb-2020-kk.csv". */
export function exportFileName(parts: ReadonlyArray<string | number>): string {
  return `${['sapa', ...parts].map((p) => String(p).toLowerCase().replace(/[^a-z0-9_-]+/g, '-')).join('-')}.csv`;
}
