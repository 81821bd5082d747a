// The interchange format Sapa reads and writes ("tidy": one row per value), and the reader that
// turns a loaded file, either an interchange file or a filled template, into interchange rows.
// Templates are read by their code columns (#code, #applicant, #m1…#q) and key cells (#form,
// #reporter, #region_id, #quarter), never by their labels, so any language's template reads the same.
import { csvLine, INTERCHANGE_DIALECT, isFormulaLike } from '../../csv/write.ts';
import { monthsOfQuarter, parsePeriod } from '../period.ts';
import type { InterchangeRow } from '../validate.ts';

export const INTERCHANGE_COLUMNS = ['form', 'reporter', 'region_id', 'period', 'code', 'applicant', 'service', 'value'] as const;

/** Code cells of a template's code row. */
export const TEMPLATE_CODES = { printed: '#row', label: '#label', service: '#service', m1: '#m1', m2: '#m2', m3: '#m3', q: '#q', code: '#code', applicant: '#applicant' } as const;
export const TEMPLATE_KEYS = ['form', 'reporter', 'region_id', 'quarter'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export type FileProblem =
  | { kind: 'unknown_kind'; line?: number }
  | { kind: 'no_rows'; line?: number }
  /** A row with fewer than the 8 columns: the file was cut short (or damaged); nothing of it is kept. */
  | { kind: 'short_row'; line: number; cells: number }
  | { kind: 'template_quarter'; line?: number; value: string }
  | { kind: 'template_form'; line?: number; value: string };

export class FileError extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem.kind);
  }
}

/** Repeated strings (form, reporter, code, …) kept once: a million rows share a few hundred. */
export class Interner {
  private map = new Map<string, string>();
  get(s: string): string {
    const seen = this.map.get(s);
    if (seen !== undefined) return seen;
    if (this.map.size < 100_000) this.map.set(s, s);
    return s;
  }
}

/** Each row with its line (a sheet's row number) and, for a template, the 0-based column of its value. */
export type InterchangeSink = (row: InterchangeRow, line: number, col?: number) => void;
/** The same as an object (the loader's: one call target in every file; csv-stream.ts says why). */
export interface InterchangeTarget {
  take(row: InterchangeRow, line: number, col?: number): void;
}

const isBlankRow = (cells: string[]) => (cells.length === 1 ? cells[0]?.trim() === '' : cells.every((c) => c.trim() === ''));

/**
 * Reads rows of cells (from CsvStream) into interchange rows. The kind of file is decided by its
 * first non-empty row: the interchange header, or else a template whose code row (#code) comes
 * within the first 300 rows.
 */
export class ReportReader {
  kind: 'interchange' | 'template' | undefined;
  private scanned = 0;
  private meta: Partial<Record<TemplateKey, { value: string; line: number }>> = {};
  private cols: Partial<Record<keyof typeof TEMPLATE_CODES, number>> = {};
  private periodCols: Array<{ col: number; period: string }> = [];
  private interner = new Interner();
  private firstCells: string[] | undefined;

  private readonly target: InterchangeTarget;

  constructor(
    sink: InterchangeSink | InterchangeTarget,
    private readonly knownForm: (form: string) => boolean,
  ) {
    this.target = typeof sink === 'function' ? { take: sink } : sink;
  }

  get templateMeta(): Partial<Record<TemplateKey, string>> {
    const out: Partial<Record<TemplateKey, string>> = {};
    for (const k of TEMPLATE_KEYS) if (this.meta[k]) out[k] = this.meta[k].value;
    return out;
  }

  row(cells: string[], line: number): void {
    this.line = line;
    if (this.kind === 'interchange') return this.interchangeRow(cells);
    if (this.kind === 'template') return this.templateRow(cells);
    if (isBlankRow(cells)) return;
    this.scanned++;
    const first = cells.map((c) => c.trim().toLowerCase());
    if (this.scanned === 1) {
      this.firstCells = first;
      if (first.length >= INTERCHANGE_COLUMNS.length && INTERCHANGE_COLUMNS.every((c, i) => first[i] === c)) {
        this.kind = 'interchange';
        return;
      }
    }
    const codeCol = first.indexOf(TEMPLATE_CODES.code);
    if (codeCol >= 0) return this.templateHeader(first, line);
    // A key row before the code row: its key sits in the last non-empty cell ("#form"), its value in the second.
    const key = [...first].reverse().find((c) => c !== '');
    if (key?.startsWith('#') && (TEMPLATE_KEYS as readonly string[]).includes(key.slice(1))) {
      this.meta[key.slice(1) as TemplateKey] = { value: (cells[1] ?? '').trim(), line };
    }
    if (this.scanned > 300) throw new FileError({ kind: 'unknown_kind' });
  }

  end(): void {
    if (!this.kind) throw new FileError({ kind: this.scanned === 0 ? 'no_rows' : 'unknown_kind' });
  }

  private field(s: string | undefined): string {
    return this.interner.get(this.text(s));
  }

  private text(s: string | undefined): string {
    let v = (s ?? '').trim();
    // Sapa's own downloads guard text against Excel formulas with a leading apostrophe (the one
    // writer's rule, lib/csv/write.ts): drop it where that rule put it.
    if (v.length > 1 && v[0] === "'" && isFormulaLike(v.slice(1))) v = v.slice(1).trim();
    return v;
  }

  private line = 0;
  // The previous row's cells and what they were read as: rows of a report repeat most of them, and
  // comparing with the previous cell is cheaper than a lookup in the interner.
  private prevRaw: Array<string | undefined> = [];
  private prevVal: string[] = [];
  private cached(cells: string[], i: number): string {
    const raw = cells[i];
    if (raw === this.prevRaw[i] && raw !== undefined) return this.prevVal[i] as string;
    const v = this.field(raw);
    this.prevRaw[i] = raw;
    this.prevVal[i] = v;
    return v;
  }

  private interchangeRow(cells: string[]): void {
    if (cells.length < INTERCHANGE_COLUMNS.length) {
      if (isBlankRow(cells)) return;
      // Summing what is left of a cut file would give totals too small without a word.
      throw new FileError({ kind: 'short_row', line: this.line, cells: cells.length });
    }
    if (isBlankRow(cells)) return;
    this.target.take(
      {
        form: this.cached(cells, 0),
        reporter: this.cached(cells, 1),
        region_id: this.cached(cells, 2),
        period: this.cached(cells, 3),
        code: this.cached(cells, 4),
        applicant: this.cached(cells, 5),
        service: this.cached(cells, 6),
        // Values are many and short: not interned (the table would only grow).
        value: this.text(cells[7]),
      },
      this.line,
    );
  }

  private templateHeader(codes: string[], line: number): void {
    for (const [name, code] of Object.entries(TEMPLATE_CODES)) {
      const i = codes.indexOf(code);
      if (i >= 0) this.cols[name as keyof typeof TEMPLATE_CODES] = i;
    }
    const form = this.meta.form?.value ?? '';
    if (!this.knownForm(form)) throw new FileError({ kind: 'template_form', value: form, line: this.meta.form?.line ?? line });
    const quarter = this.meta.quarter?.value ?? '';
    const q = parsePeriod(quarter.toUpperCase());
    if (!q || q.kind !== 'quarter') throw new FileError({ kind: 'template_quarter', value: quarter, line: this.meta.quarter?.line ?? line });
    const months = monthsOfQuarter(q.year, q.quarter);
    const periods: Array<[keyof typeof TEMPLATE_CODES, string]> = [
      ['m1', months[0]],
      ['m2', months[1]],
      ['m3', months[2]],
      ['q', `${q.year}-Q${q.quarter}`],
    ];
    for (const [name, period] of periods) {
      const col = this.cols[name];
      if (col !== undefined) this.periodCols.push({ col, period });
    }
    this.kind = 'template';
  }

  private templateRow(cells: string[]): void {
    const code = (cells[this.cols.code as number] ?? '').trim();
    if (code === '' || code.startsWith('#')) return;
    const form = this.field(this.meta.form?.value);
    const reporter = this.field(this.meta.reporter?.value);
    const region = this.field(this.meta.region_id?.value);
    const applicant = this.cols.applicant === undefined ? '' : this.field(cells[this.cols.applicant]);
    const service = this.cols.service === undefined ? '' : this.field(cells[this.cols.service]);
    for (const { col, period } of this.periodCols) {
      this.target.take({ form, reporter, region_id: region, period: this.interner.get(period), code: this.interner.get(code), applicant, service, value: this.text(cells[col]) }, this.line, col);
    }
  }

  /** The header cells of the first row, for a message about an unrecognised file. */
  get firstRow(): string[] | undefined {
    return this.firstCells;
  }
}

/** The header line of the interchange file (the one CSV writer's interchange dialect: ',', CRLF, BOM, formulas escaped). */
export function interchangeHeader(): string {
  return csvLine(INTERCHANGE_COLUMNS, INTERCHANGE_DIALECT);
}

/** One line of the interchange file; the Rules' dash and plain numbers stay bare, formula-like text gets a leading apostrophe. */
export function interchangeLine(r: InterchangeRow): string {
  return csvLine([r.form, r.reporter, r.region_id, r.period, r.code, r.applicant, r.service, r.value], INTERCHANGE_DIALECT);
}
