// One loaded file, start to end: sniff, decode (UTF-8 or Windows-1251), split into rows, read as
// interchange rows (interchange file or filled template), validate against the form's rules,
// sum per report. A workbook's sheet (xlsx.ts) comes in as rows of cells and skips the decoding
// and the CSV reader. Pure apart from the chunks it is given, so the Web Worker and the unit tests
// run the same code. What comes back is compact: counts, the findings (capped), the report sums.
import { compareText } from '../../i18n/collate.ts';
import type { ControlLocale, ControlReference } from '../reference.ts';
import { validateReport, type Finding, type FindingCell, type InterchangeRow } from '../validate.ts';
import type { RegionCodes } from '../regions.ts';
import { CsvStream, type Delimiter, type LineEndings } from './csv-stream.ts';
import { decodeChunks, NotUtf8, sniffBinary, type Encoding, type NotText } from './decode.ts';
import { FileError, ReportReader, type FileProblem, type InterchangeTarget } from './interchange.ts';
import { packReports, summarizeReports, type PackedReports, type ReportSummary } from './summary.ts';
import { parsePeriod, quarterOfMonth } from '../period.ts';
import type { XlsxProblem } from './xlsx.ts';
import type { SheetRow } from './xlsx-read.ts';
import { packTree, type PackedTree } from './packed-tree.ts';

/** Findings kept per file; the counts cover them all. */
export const MAX_FINDINGS = 1000;

export type LoadProblem = FileProblem | { kind: NotText } | { kind: 'read_failed'; detail: string } | XlsxProblem;

export interface LoadedFile {
  kind: 'interchange' | 'template';
  /** A CSV file, or a workbook's sheet (then encoding and delimiter do not apply). */
  source: 'csv' | 'xlsx';
  encoding: Encoding;
  delimiter: Delimiter;
  /** A CSV's line endings: one kind, or a mix (read all the same, and said). */
  lineEndings: LineEndings;
  /** The workbook's sheet the report was read from. */
  sheet?: string;
  rows: number;
  forms: string[];
  reporters: string[];
  regions: string[];
  periods: string[];
  reports: PackedReports;
  /**
   * The findings (capped), packed (packed-tree.ts): posted from the worker and kept in IndexedDB
   * as a few arrays, not as their objects; file-findings.ts unpacks a file's when it is shown.
   */
  findings: PackedTree;
  findingCount: number;
  errors: number;
  warnings: number;
  /** Rows per finding kind, all of them (the list may be capped). */
  byKind: Record<string, number>;
  /** Errors and warnings per region (each report has one), all of them: a region's page counts its own. */
  byRegion: Record<string, RegionFindings>;
}

export interface RegionFindings {
  errors: number;
  warnings: number;
}

export type LoadOutcome = { ok: true; file: LoadedFile } | { ok: false; problem: LoadProblem };

/** What a report is checked against besides its form: the region code list and today's date. */
export interface LoadContext {
  regions?: RegionCodes;
  /** "YYYY-MM-DD" */
  today?: string;
}

/** A workbook's sheet, its rows of cells as read (xlsx-read.ts), each with its sheet row number. */
export interface SheetInput {
  sheet: string;
  rows: readonly SheetRow[];
}

export interface LoadInput {
  size: number;
  /** The file's bytes, from the start, each time it is called (read again for Windows-1251). */
  chunks: () => AsyncIterable<Uint8Array>;
  /** The first bytes, for sniffing. */
  head: Uint8Array;
}

const SEP = '\u001f';
/** Findings about a whole value (a form, a code, a region, a period), merged across the reports of a file: the key. */
const MERGED: Partial<Record<string, (f: Finding) => string>> = {
  unknown_form: () => '',
  unknown_code: (f) => f.code,
  bad_region: (f) => f.region_id,
  future_period: (f) => f.period,
  form_period: (f) => f.period,
};

/** The validator numbers cells by their index in a report's rows: give each its line and column. */
function at(c: FindingCell, lines: number[], cols: number[]): void {
  const i = c.line;
  c.line = lines[i] ?? i;
  const col = cols[i] ?? -1;
  if (col >= 0) c.col = col;
}

function place(f: Finding, lines: number[], cols: number[]): void {
  at(f, lines, cols);
  for (const p of f.parts ?? []) at(p, lines, cols);
  for (const r of f.related ?? []) place(r, lines, cols);
}

/** Raised in the first pass when a report's rows are not together: read again, keeping all rows. */
class Unsorted extends Error {}

/**
 * Findings, counts and sums gathered report by report. The validator and the sums run on one
 * report's rows at a time (their maps stay small, and a sorted file never holds more than one
 * report in memory); findings about unknown forms and codes are merged across reports.
 */
class Gatherer {
  findings: Finding[] = [];
  findingCount = 0;
  errors = 0;
  warnings = 0;
  byKind: Record<string, number> = {};
  byRegion: Record<string, RegionFindings> = {};
  rows = 0;
  reports: ReportSummary[] = [];
  forms = new Set<string>();
  reporters = new Set<string>();
  regions = new Set<string>();
  periods = new Set<string>();
  private unknown = new Map<string, Finding>();

  constructor(
    private readonly reference: ControlReference,
    private readonly locale: ControlLocale,
    private readonly context: LoadContext,
  ) {}

  /** Rows of one report, each with its line (a sheet's row) and its column in a template (-1 otherwise). */
  add(rows: InterchangeRow[], lines: number[], cols: number[]): void {
    if (rows.length === 0) return;
    this.rows += rows.length;
    const first = rows[0] as InterchangeRow;
    this.forms.add(first.form);
    this.reporters.add(first.reporter);
    this.regions.add(first.region_id);
    const result = validateReport(rows, this.reference, { locale: this.locale, firstLine: 0, regions: this.context.regions, today: this.context.today });
    for (const f of result.findings) {
      place(f, lines, cols);
      this.byKind[f.kind] = (this.byKind[f.kind] ?? 0) + f.count;
      const merged = MERGED[f.kind];
      if (merged) {
        const k = f.kind + SEP + f.form + SEP + merged(f);
        const seen = this.unknown.get(k);
        if (seen) {
          seen.count += f.count;
          continue;
        }
        this.unknown.set(k, f);
      }
      this.findingCount++;
      const region = (this.byRegion[f.region_id] ??= { errors: 0, warnings: 0 });
      if (f.severity === 'error') {
        this.errors++;
        region.errors++;
      } else {
        this.warnings++;
        region.warnings++;
      }
      if (this.findings.length < MAX_FINDINGS) this.findings.push(f);
    }
    for (const r of summarizeReports(rows, this.reference)) this.reports.push(r);
  }
}

interface Group {
  rows: InterchangeRow[];
  lines: number[];
  cols: number[];
}

const keyOf = (r: Pick<InterchangeRow, 'form' | 'reporter' | 'region_id'>, q: string) => r.form + SEP + r.reporter + SEP + r.region_id + SEP + q;

/**
 * The rows of a file, report by report, to the gatherer: in the sorted pass each report as soon
 * as the next begins (a report met again means the file is not sorted: Unsorted); in the unsorted
 * pass every report's rows kept until the end. An object, not a function made per file (csv-stream.ts says why).
 */
class ReportGroups implements InterchangeTarget {
  private readonly quarterOf = new Map<string, string>();
  // The report being read (sorted pass), or every report (unsorted pass).
  private cur: (Group & { form: string; reporter: string; region: string; quarter: string }) | undefined;
  private readonly finished = new Set<string>();
  private readonly all = new Map<string, Group>();

  constructor(
    private readonly gatherer: Gatherer,
    private readonly sorted: boolean,
  ) {}

  private quarter(period: string): string {
    let q = this.quarterOf.get(period);
    if (q === undefined) {
      const p = parsePeriod(period);
      q = p?.kind === 'month' ? quarterOfMonth(p.year, p.month) : period;
      this.quarterOf.set(period, q);
    }
    return q;
  }

  take(row: InterchangeRow, line: number, col = -1): void {
    this.gatherer.periods.add(row.period);
    const q = this.quarter(row.period);
    if (!this.sorted) {
      const k = keyOf(row, q);
      let g = this.all.get(k);
      if (!g) {
        g = { rows: [], lines: [], cols: [] };
        this.all.set(k, g);
      }
      g.rows.push(row);
      g.lines.push(line);
      g.cols.push(col);
      return;
    }
    const cur = this.cur;
    if (cur && cur.form === row.form && cur.reporter === row.reporter && cur.region === row.region_id && cur.quarter === q) {
      cur.rows.push(row);
      cur.lines.push(line);
      cur.cols.push(col);
      return;
    }
    if (cur) {
      this.gatherer.add(cur.rows, cur.lines, cur.cols);
      this.finished.add(keyOf({ form: cur.form, reporter: cur.reporter, region_id: cur.region }, cur.quarter));
    }
    if (this.finished.has(keyOf(row, q))) throw new Unsorted();
    this.cur = { form: row.form, reporter: row.reporter, region: row.region_id, quarter: q, rows: [row], lines: [line], cols: [col] };
  }

  /** The last report of the sorted pass, or every report of the unsorted one. */
  end(): void {
    if (this.cur) this.gatherer.add(this.cur.rows, this.cur.lines, this.cur.cols);
    for (const g of this.all.values()) this.gatherer.add(g.rows, g.lines, g.cols);
  }
}

export async function loadReportFile(input: LoadInput | SheetInput, reference: ControlReference, locale: ControlLocale, onProgress: (fraction: number) => void = () => {}, context: LoadContext = {}): Promise<LoadOutcome> {
  const sheet = 'rows' in input ? input : undefined;
  const notText = sheet ? undefined : sniffBinary((input as LoadInput).head, (input as LoadInput).size);
  if (notText) return { ok: false, problem: { kind: notText } };
  let done: { gatherer: Gatherer; reader: ReportReader; delimiter: Delimiter; encoding: Encoding; lineEndings: LineEndings } | undefined;
  let encoding: Encoding = 'utf-8';
  let sorted = true;
  // At most three reads: UTF-8 or Windows-1251; report by report, or (rows of a report apart) all at once.
  for (let attempt = 0; attempt < 4 && !done; attempt++) {
    const gatherer = new Gatherer(reference, locale, context);
    const groups = new ReportGroups(gatherer, sorted);
    const reader = new ReportReader(groups, (form) => reference.has(form));
    const csv = new CsvStream(reader);
    let read = 0;
    let lastReport = 0;
    try {
      if (sheet) for (const r of sheet.rows) reader.row(r.cells, r.row);
      else {
        const csvInput = input as LoadInput;
        await decodeChunks(csvInput.chunks(), encoding, (text, bytes) => {
          csv.push(text);
          read += bytes;
          if (read - lastReport > 1 << 21) {
            lastReport = read;
            onProgress((0.95 * read) / Math.max(1, csvInput.size));
          }
        });
        csv.end();
      }
      reader.end();
      groups.end();
      done = { gatherer, reader, delimiter: csv.separator ?? ',', encoding, lineEndings: csv.lineEndings };
    } catch (e) {
      if (e instanceof NotUtf8) encoding = 'windows-1251';
      else if (e instanceof Unsorted) sorted = false;
      else if (e instanceof FileError) return { ok: false, problem: e.problem };
      else return { ok: false, problem: { kind: 'read_failed', detail: e instanceof Error ? e.message : String(e) } };
    }
  }
  if (!done) return { ok: false, problem: { kind: 'read_failed', detail: 'encoding' } };
  const { gatherer: g, reader } = done;
  if (g.rows === 0) return { ok: false, problem: { kind: 'no_rows' } };
  // In reading order (locale collation): reporters and services are names, in Cyrillic too.
  const list = (set: Set<string>) => [...set].filter((x) => x !== '').sort(compareText);
  onProgress(1);
  return {
    ok: true,
    file: {
      kind: reader.kind as 'interchange' | 'template',
      source: sheet ? 'xlsx' : 'csv',
      encoding: done.encoding,
      delimiter: done.delimiter,
      lineEndings: sheet ? 'none' : done.lineEndings,
      ...(sheet ? { sheet: sheet.sheet } : {}),
      rows: g.rows,
      forms: list(g.forms),
      reporters: list(g.reporters),
      regions: list(g.regions),
      periods: list(g.periods),
      reports: packReports(g.reports),
      findings: packTree(g.findings),
      findingCount: g.findingCount,
      errors: g.errors,
      warnings: g.warnings,
      byKind: g.byKind,
      byRegion: g.byRegion,
    },
  };
}

/** The rows of a file again, for the tidy download of everything loaded. */
export async function readRows(input: LoadInput | SheetInput, reference: ControlReference, onRow: (row: InterchangeRow) => void): Promise<void> {
  if ('rows' in input) {
    const reader = new ReportReader(onRow, (form) => reference.has(form));
    for (const r of input.rows) reader.row(r.cells, r.row);
    reader.end();
    return;
  }
  for (const encoding of ['utf-8', 'windows-1251'] as const) {
    const buffered: InterchangeRow[] = [];
    const reader = new ReportReader((row) => buffered.push(row), (form) => reference.has(form));
    const csv = new CsvStream(reader);
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
