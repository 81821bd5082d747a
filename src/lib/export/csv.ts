// CSV for people who open it in Excel: UTF-8 with BOM (or Cyrillic breaks), ';' and a decimal
// comma for kk/ru (what Russian/Kazakh Excel expects), ',' and a dot for en, CRLF line ends,
// and OWASP formula-injection escaping for text cells. Numbers stay numbers. The rules themselves
// live in lib/csv/write.ts (excelDialect), the one writer every CSV goes through.
import { BOM, csvLine, excelDialect, formatCsvNumber, isFormulaLike, writeCsv } from '../csv/write.ts';
import type { Locale } from '../i18n/locale.ts';

export type ExportValue = string | number | null | undefined;

export interface ExportColumn<R> {
  header: string;
  value: (row: R) => ExportValue;
}

export { BOM };

export function delimiterFor(locale: Locale): ';' | ',' {
  return excelDialect(locale).delimiter;
}

/** Make a text cell safe: a leading apostrophe stops Excel from evaluating it (the rule is lib/csv/write.ts's). */
export function escapeFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

export function formatExportNumber(value: number, locale: Locale): string {
  return formatCsvNumber(value, excelDialect(locale).decimalComma);
}

/** One cell as the download writes it (escaped, quoted where needed). */
export function exportCell(value: ExportValue, locale: Locale): string {
  return csvLine([value], excelDialect(locale));
}

/** One line of the block above the table: a label and its value ("Source", "2020 report, table 11"). */
export type MetaLine = readonly [label: string, value: string];

/**
 * The table as CSV. With `meta`, a block of "label;value" lines comes first, then one empty line,
 * then the table: the file says what it is, where it comes from and when it was made wherever it
 * travels (see lib/export/meta.ts for why a block and not a README beside it).
 */
export function toExcelCsv<R>(rows: readonly R[], columns: readonly ExportColumn<R>[], locale: Locale, meta: readonly MetaLine[] = []): string {
  const lines: ExportValue[][] = meta.map(([label, value]) => [label, value]);
  if (lines.length > 0) lines.push([]);
  lines.push(columns.map((c) => c.header));
  for (const row of rows) lines.push(columns.map((c) => c.value(row)));
  return writeCsv(lines, excelDialect(locale));
}

/**
 * A file name safe on every OS: "sapa-map-leb-2020-kk.csv". Letters of any script stay (a search
 * for "паспорт" names the file by it, not by dashes); anything else becomes one dash, and a part
 * left with nothing is left out.
 */
export function exportFileName(parts: ReadonlyArray<string | number>): string {
  const slug = (p: string | number) => String(p).toLowerCase().replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '');
  return `${['sapa', ...parts].map(slug).filter((p) => p !== '').join('-')}.csv`;
}
