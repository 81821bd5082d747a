// The example set as files a user could have loaded: one interchange CSV per reporter, written by
// the one interchange writer, so that "Try with example reports" goes the same way as a user's
// own files (blob → worker → IndexedDB). Its inputs come from the published data: the regions and
// their periods (reference/regions.csv) and the filed report's monthly "services delivered"
// (control/report_cells.csv), the one real magnitude the made-up figures are scaled on.
import { BOM, INTERCHANGE_DIALECT } from '../../csv/write.ts';
import type { ControlReference } from '../reference.ts';
import type { RegionInput } from '../regions.ts';
import { exampleSet } from './example-set.ts';
import { INTERCHANGE_COLUMNS, interchangeHeader, interchangeLine } from './interchange.ts';
import { loadReportFile, type LoadOutcome } from './load.ts';
import type { InterchangeRow } from '../validate.ts';
import type { LoadContext } from './load.ts';
import type { ControlLocale } from '../reference.ts';

/** The region left without reports, so that "no data" shows on the map (any one would do). */
export const EXAMPLE_REGION_WITHOUT_REPORTS = 'mangystau';

/** A cell of the filed report (control/report_cells.csv), the columns read here. */
export interface FiledCell {
  period: string;
  code: string;
  applicant?: string | null;
  value?: string | number | null;
}

/**
 * The filed report's mean monthly count of services delivered to individuals:
 * months 58524, 58376, 66506 → 61135.33… (quarter rows and blank cells left out).
 */
export function monthlyDelivered(cells: readonly FiledCell[]): number {
  const months = cells.filter((c) => c.code === 'delivered.total' && c.applicant === 'individual' && /^\d{4}-\d{2}$/.test(c.period) && c.value !== null && c.value !== undefined && c.value !== '' && Number.isFinite(Number(c.value)));
  if (months.length === 0) throw new Error('example set: the filed report has no monthly services delivered');
  return months.reduce((s, c) => s + Number(c.value), 0) / months.length;
}

export interface ExampleText {
  name: string;
  text: string;
}

const exampleFiles = (reference: ControlReference, regions: readonly RegionInput[], delivered: number) =>
  exampleSet({
    reference,
    regions: regions.map((r) => ({ id: r.region_id, validFrom: r.valid_from ?? '', validTo: r.valid_to ?? '' })),
    monthlyDelivered: delivered,
    regionWithoutReports: EXAMPLE_REGION_WITHOUT_REPORTS,
  });

const textOf = (rows: readonly InterchangeRow[]) => BOM + [interchangeHeader(), ...rows.map(interchangeLine)].join(INTERCHANGE_DIALECT.newline) + INTERCHANGE_DIALECT.newline;

/** The example set's files, as interchange CSV texts (BOM, header, CRLF), one per reporter. */
export function exampleTexts(reference: ControlReference, regions: readonly RegionInput[], delivered: number): ExampleText[] {
  return exampleFiles(reference, regions, delivered).map((f) => ({ name: f.name, text: textOf(f.rows) }));
}

/**
 * The example set's files, each as its CSV text and as read by the loader. The rows go to the
 * loader as the cells the CSV holds (the reader, checks and sums a workbook's sheet goes through),
 * without writing and decoding 14 MB of text again: about half the time on a slow machine.
 * What is said of the file is the CSV's (encoding, separator, line endings), so the result equals
 * reading the text (example-files test), and a re-read of the kept CSV gives the same.
 */
export async function readExampleFiles(reference: ControlReference, regions: readonly RegionInput[], delivered: number, locale: ControlLocale, context: LoadContext, onFile: (done: number, of: number) => void = () => {}): Promise<Array<ExampleText & { outcome: LoadOutcome }>> {
  const files = exampleFiles(reference, regions, delivered);
  const out: Array<ExampleText & { outcome: LoadOutcome }> = [];
  for (const [i, f] of files.entries()) {
    const rows = [{ row: 1, cells: [...INTERCHANGE_COLUMNS] }, ...f.rows.map((r, k) => ({ row: k + 2, cells: [r.form, r.reporter, r.region_id, r.period, r.code, r.applicant, r.service, r.value] }))];
    const read = await loadReportFile({ sheet: '', rows }, reference, locale, () => undefined, context);
    const outcome: LoadOutcome = read.ok ? { ok: true, file: asCsv(read.file) } : read;
    out.push({ name: f.name, text: textOf(f.rows), outcome });
    onFile(i + 1, files.length);
  }
  return out;
}

/** A loaded sheet's result said of the interchange CSV it stands for (UTF-8, ',', CRLF). */
function asCsv(file: Extract<LoadOutcome, { ok: true }>['file']): Extract<LoadOutcome, { ok: true }>['file'] {
  const { sheet: _sheet, ...rest } = file;
  return { ...rest, source: 'csv', encoding: 'utf-8', delimiter: ',', lineEndings: 'crlf' };
}
