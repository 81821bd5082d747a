// The one CSV writer: every download, the interchange file, the report templates, the extractor's
// data/ files and the build's slices are written here, on Papa.unparse. What differs between them
// (separator, line end, BOM, decimal comma, formula escaping) is a named dialect below, so a rule
// is decided once: a change to the formula guard reaches every file that a spreadsheet may open.
import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvDialect {
  readonly delimiter: ',' | ';';
  readonly newline: '\n' | '\r\n';
  /** A UTF-8 byte order mark first: Excel reads the file as Windows-1251 without it, and Cyrillic breaks. */
  readonly bom: boolean;
  /** Numbers written with a decimal comma (what Kazakh and Russian Excel read as a number). */
  readonly decimalComma: boolean;
  /** Text that Excel could evaluate gets a leading apostrophe (OWASP CSV injection). */
  readonly escapeFormulae: boolean;
  /**
   * Text holding either separator is quoted, not only this file's: a file saved with ';' is often
   * reopened with ',' (or the reverse) by another program, and a stray comma would split the cell.
   */
  readonly quoteBothSeparators: boolean;
  /** What a NaN or an infinity becomes: nothing (a blank cell) or an error (data/ must not hold one). */
  readonly nonFinite: 'blank' | 'throw';
}

/** The published files in data/: machine-first, diff-friendly, byte-identical for the same rows. */
export const DATA_DIALECT: CsvDialect = { delimiter: ',', newline: '\n', bom: false, decimalComma: false, escapeFormulae: false, quoteBothSeparators: false, nonFinite: 'throw' };

/** The tidy interchange file of "Your reports": read back by the app, opened in Excel by people. */
export const INTERCHANGE_DIALECT: CsvDialect = { delimiter: ',', newline: '\r\n', bom: true, decimalComma: false, escapeFormulae: true, quoteBothSeparators: false, nonFinite: 'blank' };

/** A download for a spreadsheet in the reader's language: ';' and a decimal comma unless English. */
export function excelDialect(locale: string): CsvDialect {
  const en = locale === 'en';
  return { delimiter: en ? ',' : ';', newline: '\r\n', bom: true, decimalComma: !en, escapeFormulae: true, quoteBothSeparators: true, nonFinite: 'blank' };
}

export const BOM = '\uFEFF';

// A cell that reads as a plain number ("-0,19", "+7", "1e-7") or the Rules' dash for "nothing" is a
// value to Excel, never a formula, so it is written bare: numbers stay numbers. Anything else that
// starts with = + - @ tab or CR, or their full-width forms ＝ ＋ － ＠ (Excel in an East Asian
// locale reads those as operators too), possibly after spaces or zero-width characters (invisible,
// so a reader would never see why the cell was evaluated), is escaped.
const PLAIN_NUMBER = /^(?:-|[-+]?\d+(?:[.,]\d+)?(?:[eE][-+]?\d+)?)$/;
const FORMULA = /^(?!(?:-|[-+]?\d+(?:[.,]\d+)?(?:[eE][-+]?\d+)?)$)[\s\u200B-\u200D\u2060\uFEFF]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Whether a text cell is one that Excel could evaluate (and the writer escapes). */
export function isFormulaLike(text: string): boolean {
  return FORMULA.test(text);
}

/** A number as a spreadsheet reads it: no thousands separators (Excel would read "9 181" as text), no float noise. */
export function formatCsvNumber(value: number, decimalComma: boolean): string {
  // toPrecision(12) drops noise such as 0.30000000000000004 while keeping every printed digit.
  const s = String(Number(value.toPrecision(12)));
  return decimalComma ? s.replace('.', ',') : s;
}

function cellText(value: CsvCell, dialect: CsvDialect): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return formatCsvNumber(value, dialect.decimalComma);
    if (dialect.nonFinite === 'throw') throw new Error(`non-finite number in CSV: ${value}`);
    return null;
  }
  return String(value);
}

function unparseConfig(dialect: CsvDialect): Papa.UnparseConfig {
  return {
    delimiter: dialect.delimiter,
    newline: dialect.newline,
    escapeFormulae: dialect.escapeFormulae ? FORMULA : false,
    quotes: dialect.quoteBothSeparators ? (value: unknown) => typeof value === 'string' && /[;,]/.test(value) && !PLAIN_NUMBER.test(value) : false,
  };
}

/** Lines of cells as CSV text, each line ended (the last too), BOM first if the dialect wants one. */
export function writeCsv(rows: ReadonlyArray<readonly CsvCell[]>, dialect: CsvDialect): string {
  if (rows.length === 0) return dialect.bom ? BOM : '';
  const text = Papa.unparse(rows.map((r) => r.map((v) => cellText(v, dialect))), unparseConfig(dialect));
  return (dialect.bom ? BOM : '') + text + dialect.newline;
}

/** One line of cells, without its line end: for a file written line by line (the interchange stream). */
export function csvLine(cells: readonly CsvCell[], dialect: CsvDialect): string {
  // An empty line would make Papa write nothing, not one empty cell; both are '' anyway.
  return Papa.unparse([cells.map((v) => cellText(v, dialect))], unparseConfig(dialect));
}

/** Records under a fixed column order (the extractor's tables): header line, then one line per record. */
export function writeCsvRecords(columns: readonly string[], records: ReadonlyArray<Readonly<Record<string, CsvCell>>>, dialect: CsvDialect): string {
  return writeCsv([columns, ...records.map((r) => columns.map((c) => r[c]))], dialect);
}
