// A loaded .xlsx goes the way of a CSV: the sheet holding a template or an interchange table is
// written out as CSV text (one line per sheet row) and read by loadReportFile, so an Excel file
// gives the same interchange rows and the same findings as the same table saved as CSV. Lines
// are then given back as the sheet's row numbers. Imported by the worker only when a file starts
// like a zip, so no one else loads the unzipper and the XML parser.
import { csvLine, DATA_DIALECT, type CsvDialect } from '../../csv/write.ts';
import { isCompoundFile } from './decode.ts';
import type { ControlLocale, ControlReference } from '../reference.ts';
import type { Finding } from '../validate.ts';
import { FileError, ReportReader } from './interchange.ts';
import { loadReportFile, type LoadInput, type LoadOutcome } from './load.ts';
import { readWorkbook, XlsxError, type SheetRow, type XlsxReason, type XlsxSheet } from './xlsx-read.ts';

export type XlsxProblem = { kind: 'xlsx_broken' } | { kind: 'xlsx_too_large' } | { kind: 'xlsx_no_report'; sheets: number } | { kind: 'xls' };


/** The zip is not a workbook at all (no workbook part): the reader is told it is a ZIP. */
const PROBLEM: Record<XlsxReason, XlsxProblem | { kind: 'zip' }> = { broken: { kind: 'xlsx_broken' }, not_workbook: { kind: 'zip' }, too_large: { kind: 'xlsx_too_large' } };

/** Whether a sheet holds something the report reader recognises (a template's #code row, the interchange header). */
function holdsReport(sheet: XlsxSheet): boolean {
  const probe = new ReportReader(
    () => {},
    () => true,
  );
  try {
    for (const r of sheet.rows) {
      probe.row(r.cells, r.row);
      if (probe.kind) return true;
    }
    probe.end();
  } catch (e) {
    // A template with a bad quarter is still a template: the real read names the problem.
    return e instanceof FileError && e.problem.kind !== 'unknown_kind' && e.problem.kind !== 'no_rows';
  }
  return false;
}

// The one CSV writer, plain (no escaping: the text is read back at once), quoting either separator
// because the reader sniffs which one the file uses.
const SHEET_DIALECT: CsvDialect = { ...DATA_DIALECT, quoteBothSeparators: true, nonFinite: 'blank' };

/** Rows as CSV text, and the sheet row each physical line of it comes from (a cell may hold a line break). */
export function rowsAsCsv(rows: SheetRow[]): { text: string; rowOfLine: number[] } {
  const lines: string[] = [];
  const rowOfLine = [0];
  for (const r of rows) {
    const line = csvLine(r.cells, SHEET_DIALECT);
    lines.push(line);
    const breaks = line.split('\n').length;
    for (let i = 0; i < breaks; i++) rowOfLine.push(r.row);
  }
  return { text: lines.join('\n') + '\n', rowOfLine };
}

export type XlsxInput = { ok: true; input: LoadInput; rowOfLine: number[]; sheet: string } | { ok: false; problem: XlsxProblem | { kind: 'zip' } };

/** The report sheet of a workbook as the input loadReportFile reads. */
export async function xlsxInput(file: Blob): Promise<XlsxInput> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isCompoundFile(bytes)) return { ok: false, problem: { kind: 'xls' } };
  let sheets: XlsxSheet[];
  try {
    sheets = readWorkbook(bytes);
  } catch (e) {
    if (e instanceof XlsxError) return { ok: false, problem: PROBLEM[e.reason] };
    throw e;
  }
  const sheet = sheets.find(holdsReport);
  if (!sheet) return { ok: false, problem: { kind: 'xlsx_no_report', sheets: sheets.length } };
  const { text, rowOfLine } = rowsAsCsv(sheet.rows);
  const csv = new TextEncoder().encode(text);
  const input: LoadInput = {
    size: csv.length,
    head: csv.subarray(0, 4096),
    chunks: async function* () {
      yield csv;
    },
  };
  return { ok: true, input, rowOfLine, sheet: sheet.name };
}

/** Load a workbook as loadReportFile loads a CSV; lines in findings and problems are the sheet's rows. */
export async function loadXlsx(file: Blob, reference: ControlReference, locale: ControlLocale, onProgress: (fraction: number) => void = () => {}): Promise<LoadOutcome> {
  const x = await xlsxInput(file);
  if (!x.ok) return { ok: false, problem: x.problem };
  const rowOf = (line: number) => x.rowOfLine[line] ?? line;
  const outcome = await loadReportFile(x.input, reference, locale, onProgress);
  if (!outcome.ok) {
    const p = outcome.problem;
    return 'line' in p && p.line !== undefined ? { ok: false, problem: { ...p, line: rowOf(p.line) } } : outcome;
  }
  const findings = JSON.parse(outcome.file.findingsJson) as Finding[];
  for (const f of findings) f.line = rowOf(f.line);
  return { ok: true, file: { ...outcome.file, findingsJson: JSON.stringify(findings) } };
}
