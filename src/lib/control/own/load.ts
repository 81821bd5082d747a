// One loaded file, start to end: sniff, decode (UTF-8 or Windows-1251), split into rows, read as
// interchange rows (interchange file or filled template), validate against the form's rules,
// sum per report. Pure apart from the chunks it is given, so the Web Worker and the unit tests
// run the same code. What comes back is compact: counts, the findings (capped), the report sums.
import type { ControlLocale, ControlReference } from '../reference.ts';
import { validateReport, type Finding, type InterchangeRow } from '../validate.ts';
import { CsvStream, type Delimiter } from './csv-stream.ts';
import { decodeChunks, NotUtf8, sniffBinary, type Encoding, type NotText } from './decode.ts';
import { FileError, ReportReader, type FileProblem } from './interchange.ts';
import { packReports, summarizeReports, type PackedReports } from './summary.ts';

/** Findings kept per file; the counts cover them all. */
export const MAX_FINDINGS = 1000;

export type LoadProblem = FileProblem | { kind: NotText } | { kind: 'read_failed'; detail: string };

export interface LoadedFile {
  kind: 'interchange' | 'template';
  encoding: Encoding;
  delimiter: Delimiter;
  rows: number;
  forms: string[];
  reporters: string[];
  regions: string[];
  periods: string[];
  reports: PackedReports;
  findings: Finding[];
  findingCount: number;
  errors: number;
  warnings: number;
  /** Rows per finding kind, all of them (the list may be capped). */
  byKind: Record<string, number>;
}

export type LoadOutcome = { ok: true; file: LoadedFile } | { ok: false; problem: LoadProblem };

export interface LoadInput {
  size: number;
  /** The file's bytes, from the start, each time it is called (read again for Windows-1251). */
  chunks: () => AsyncIterable<Uint8Array>;
  /** The first bytes, for sniffing. */
  head: Uint8Array;
}

export async function loadReportFile(input: LoadInput, reference: ControlReference, locale: ControlLocale, onProgress: (fraction: number) => void = () => {}): Promise<LoadOutcome> {
  const notText = sniffBinary(input.head, input.size);
  if (notText) return { ok: false, problem: { kind: notText } };
  let parsed: { rows: InterchangeRow[]; lines: number[]; reader: ReportReader; delimiter: Delimiter; encoding: Encoding } | undefined;
  for (const encoding of ['utf-8', 'windows-1251'] as const) {
    const rows: InterchangeRow[] = [];
    const lines: number[] = [];
    const reader = new ReportReader(
      (row, line) => {
        rows.push(row);
        lines.push(line);
      },
      (form) => reference.has(form),
    );
    const csv = new CsvStream((cells, line) => reader.row(cells, line));
    let read = 0;
    let lastReport = 0;
    try {
      await decodeChunks(input.chunks(), encoding, (text, bytes) => {
        csv.push(text);
        read += bytes;
        if (read - lastReport > 1 << 21) {
          lastReport = read;
          onProgress((0.7 * read) / Math.max(1, input.size));
        }
      });
      csv.end();
      reader.end();
      parsed = { rows, lines, reader, delimiter: csv.separator ?? ',', encoding };
      break;
    } catch (e) {
      if (e instanceof NotUtf8) continue;
      if (e instanceof FileError) return { ok: false, problem: e.problem };
      return { ok: false, problem: { kind: 'read_failed', detail: e instanceof Error ? e.message : String(e) } };
    }
  }
  if (!parsed) return { ok: false, problem: { kind: 'read_failed', detail: 'encoding' } };
  const { rows, lines, reader } = parsed;
  if (rows.length === 0) return { ok: false, problem: { kind: 'no_rows' } };
  onProgress(0.75);
  const result = validateReport(rows, reference, { locale, firstLine: 0 });
  onProgress(0.9);
  const byKind: Record<string, number> = {};
  for (const f of result.findings) {
    f.line = lines[f.line] ?? f.line;
    byKind[f.kind] = (byKind[f.kind] ?? 0) + f.count;
  }
  const reports = packReports(summarizeReports(rows, reference));
  const distinct = (pick: (r: InterchangeRow) => string) => {
    const set = new Set<string>();
    for (const r of rows) set.add(pick(r));
    return [...set].filter((s) => s !== '').sort();
  };
  onProgress(1);
  return {
    ok: true,
    file: {
      kind: reader.kind as 'interchange' | 'template',
      encoding: parsed.encoding,
      delimiter: parsed.delimiter,
      rows: rows.length,
      forms: distinct((r) => r.form),
      reporters: distinct((r) => r.reporter),
      regions: distinct((r) => r.region_id),
      periods: distinct((r) => r.period),
      reports,
      findings: result.findings.slice(0, MAX_FINDINGS),
      findingCount: result.findings.length,
      errors: result.errors,
      warnings: result.warnings,
      byKind,
    },
  };
}

/** The rows of a file again, for the tidy download of everything loaded. */
export async function readRows(input: LoadInput, reference: ControlReference, onRow: (row: InterchangeRow) => void): Promise<void> {
  for (const encoding of ['utf-8', 'windows-1251'] as const) {
    const buffered: InterchangeRow[] = [];
    const reader = new ReportReader((row) => buffered.push(row), (form) => reference.has(form));
    const csv = new CsvStream((cells, line) => reader.row(cells, line));
    try {
      await decodeChunks(input.chunks(), encoding, (text) => csv.push(text));
      csv.end();
      reader.end();
      for (const r of buffered) onRow(r);
      return;
    } catch (e) {
      if (e instanceof NotUtf8) continue;
      throw e;
    }
  }
}
