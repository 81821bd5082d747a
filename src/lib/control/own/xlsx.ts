// A loaded .xlsx goes the way of a CSV: the rows of the sheet holding a template or an
// interchange table go straight to the report reader (loadReportFile), so an Excel file gives the
// same interchange rows and the same findings as the same table saved as CSV, with the sheet's row
// numbers as lines and its columns as columns. Imported by the worker only when a file starts like
// a zip, so no one else loads the unzipper and the XML parser.
import { isCompoundFile } from './decode.ts';
import type { ControlLocale, ControlReference } from '../reference.ts';
import { FileError, ReportReader } from './interchange.ts';
import { loadReportFile, type LoadContext, type LoadOutcome, type SheetInput } from './load.ts';
import { readWorkbook, XlsxError, type XlsxReason, type XlsxSheet } from './xlsx-read.ts';

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

export type XlsxInput = { ok: true; input: SheetInput } | { ok: false; problem: XlsxProblem | { kind: 'zip' } };

/** The report sheet of a workbook, its rows of cells as the report reader takes them. */
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
  return { ok: true, input: { sheet: sheet.name, rows: sheet.rows } };
}

/** Load a workbook as loadReportFile loads a CSV; lines in findings and problems are the sheet's rows, columns its columns. */
export async function loadXlsx(file: Blob, reference: ControlReference, locale: ControlLocale, onProgress: (fraction: number) => void = () => {}, context: LoadContext = {}): Promise<LoadOutcome> {
  const x = await xlsxInput(file);
  if (!x.ok) return { ok: false, problem: x.problem };
  return loadReportFile(x.input, reference, locale, onProgress, context);
}
