// Checks a quarterly control report against the arithmetic rules of its form version (FORMS.md):
// months add up to the quarter, parts to their total, services to their channel; no blank cell;
// values are non-negative integers or "-"; plus the warnings (a subset larger than its whole, two
// breakdowns of one total that differ, …). Input is the interchange format
// `form,reporter,region_id,period,code,applicant,service,value`, one row per value.
//
// Pure and linear: every rule is a keyed lookup, no scan over the rows inside a scan, so a Web
// Worker can run it over a million rows. A row absent from the input was not reported and raises
// no finding (its sums count as "cannot be checked"); a row present with an empty value is blank.
// A dash means "nothing to report" and counts as 0 in sums.
import { monthsOfQuarter, parsePeriod } from './period.ts';
import type { CheckRef, ControlLocale, ControlReference, FormRef, RowRef } from './reference.ts';
import { CellIndex } from './cell-index.ts';
import { regionsValidIn, regionValidIn, suggestRegion, type RegionCodes } from './regions.ts';

export interface InterchangeRow {
  form: string;
  reporter: string;
  region_id: string;
  /** "YYYY-MM" or "YYYY-Qn". */
  period: string;
  code: string;
  /** 'individual' | 'legal' for rows split by applicant, '' otherwise. */
  applicant: string;
  /** '' for the row itself; a service name for its sub-rows; "parent|child" paths for 3-мк / 4-мк. */
  service: string;
  /** A non-negative integer, "-", or '' (blank). */
  value: string;
}

export const ERROR_KINDS = ['unknown_form', 'unknown_code', 'bad_period', 'bad_applicant', 'bad_service', 'duplicate', 'blank', 'bad_value', 'months_sum', 'parts_sum', 'services_sum', 'cell_sums', 'bad_region', 'future_period', 'form_period'] as const;
export const WARNING_KINDS = ['months_sum_persons', 'stock_quarter', 'not_greater', 'equal'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];
export type WarningKind = (typeof WARNING_KINDS)[number];
export type FindingKind = ErrorKind | WarningKind;
export type Severity = 'error' | 'warning';

export function severityOf(kind: FindingKind): Severity {
  return (ERROR_KINDS as readonly string[]).includes(kind) ? 'error' : 'warning';
}

/** One cell that took part in a check. */
export interface FindingCell {
  code: string;
  /** The row's number as printed on the form ("3.1"); '' for an unknown code. */
  printed: string;
  label: string;
  period: string;
  applicant: string;
  service: string;
  value: string;
  /** Line in the input file (header = line 1) of the cell, or of its first occurrence. */
  line: number;
  /** A template's cell: its 0-based column in the sheet (with `line`, the cell's address, `G18`); absent for an interchange file. */
  col?: number;
}

/** A finding is about one cell (its code, label in the reader's language — '' for an unknown code —,
 *  period, applicant, service and value as given), in one report. */
export interface Finding extends FindingCell {
  kind: FindingKind;
  severity: Severity;
  form: string;
  reporter: string;
  region_id: string;
  /** Sums: the sum of the parts; comparisons: the other cell's value. */
  expected?: number;
  actual?: number;
  /** actual − expected. */
  difference?: number;
  /** The cells that were added up or compared with. */
  parts?: FindingCell[];
  /** For comparisons: the id of the check in control_checks.csv. */
  checkId?: string;
  /**
   * A cell blamed for several failed sums (kind 'cell_sums'), or for a sum whose other cells all
   * agree with their other sums: the failed sums it explains, each as its own finding. The cell's
   * `expected` is the value that makes all of them hold.
   */
  related?: Finding[];
  /** bad_region: the id the value names when it is a region's name; the ids valid in the period. */
  suggestion?: string;
  validIds?: string[];
  /** How many rows an aggregated finding stands for (unknown form or code); 1 otherwise. */
  count: number;
}

/** The outcome of one family of sum checks: which hold, which fail, which cannot be checked. */
export interface RuleTally {
  checked: number;
  held: number;
  failed: number;
  /** Cannot be checked: a cell involved is blank or invalid. */
  blank: number;
  /** …of which the sum would hold if blank cells were read as zero. */
  heldIfBlankZero: number;
  /** Cannot be checked: a cell involved was not reported. */
  absent: number;
}
export type RuleName = 'months' | 'parts' | 'services' | 'checks';

export interface CellCounts {
  total: number;
  number: number;
  zero: number;
  dash: number;
  blank: number;
  invalid: number;
}

export interface ValidationResult {
  findings: Finding[];
  errors: number;
  warnings: number;
  cells: CellCounts;
  tallies: Record<RuleName, RuleTally>;
}

export interface ValidateOptions {
  locale?: ControlLocale;
  /** Line of the first data row in the source file (default 2: after a header). */
  firstLine?: number;
  /** The region code list: when given, a report's region (when it has one) must have existed in its period. */
  regions?: RegionCodes;
  /** Today ("YYYY-MM-DD"): when given, a period that starts after it is in the future. */
  today?: string;
}

/** First and last day of a period, "YYYY-MM-DD". */
export function periodDays(p: NonNullable<ReturnType<typeof parsePeriod>>): [string, string] {
  const m1 = p.kind === 'month' ? p.month : (p.quarter - 1) * 3 + 1;
  const m2 = p.kind === 'month' ? p.month : m1 + 2;
  const last = new Date(Date.UTC(p.year, m2, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, '0');
  return [`${p.year}-${mm(m1)}-01`, `${p.year}-${mm(m2)}-${last}`];
}

type Status = 'number' | 'zero' | 'dash' | 'blank' | 'invalid';
interface Cell {
  row: InterchangeRow;
  status: Status;
  /** The value for sums: the integer, 0 for a dash, null when blank or invalid. */
  n: number | null;
  line: number;
  def: RowRef;
  prefix: string;
  /** How many sums that hold this cell takes part in: changing it would break them. */
  held: number;
}

/** A failed sum: its finding, the cell that should be the sum, and the cells added up. */
interface FailedSum {
  finding: Finding;
  total: Cell;
  parts: Cell[];
}

const SEP = '\u001f';
const ZERO = { status: 'zero', n: 0 } as const;
const NO_CHECKS: readonly CheckRef[] = [];
const emptyTally = (): RuleTally => ({ checked: 0, held: 0, failed: 0, blank: 0, heldIfBlankZero: 0, absent: 0 });

/** A short run of ASCII digits (nearly every value cell): its number, else -1. Safe up to 15 digits. */
export function plainDigits(raw: string): number {
  const len = raw.length;
  if (len === 0 || len > 15) return -1;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = raw.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The status of small numbers, made once: nearly every cell of a report is one, and an object per cell is work for the collector. */
const SMALL: ReadonlyArray<{ readonly status: 'number'; readonly n: number }> = Array.from({ length: 1024 }, (_, n) => ({ status: 'number', n }) as const);

function statusOf(raw: string): { status: Status; n: number | null } {
  const d = plainDigits(raw);
  if (d >= 0) return d === 0 ? ZERO : d < SMALL.length ? (SMALL[d] as { status: Status; n: number }) : { status: 'number', n: d };
  const v = raw.trim();
  if (v === '') return { status: 'blank', n: null };
  if (v === '-' || v === '–' || v === '—') return { status: 'dash', n: 0 };
  if (/^\d+$/.test(v)) {
    const n = Number(v);
    return Number.isSafeInteger(n) ? { status: n === 0 ? 'zero' : 'number', n } : { status: 'invalid', n: null };
  }
  return { status: 'invalid', n: null };
}

/** The parent of a service path: "a|b" → "a", "a" → "", "" → none. */
function parentService(service: string): string | undefined {
  if (service === '') return undefined;
  const i = service.lastIndexOf('|');
  return i < 0 ? '' : service.slice(0, i);
}

type PeriodVerdict = { future: boolean; outside: boolean; region: boolean; days: [string, string] };

export function validateReport(rows: readonly InterchangeRow[], reference: ControlReference, options: ValidateOptions = {}): ValidationResult {
  return new ReportCheck(reference, options, rows.length).run(rows);
}

/**
 * One run of validateReport. A class, not closures inside the function: the Web Worker calls the
 * validator once per report, thousands of times per load, and closures made at each call were
 * compiled again and again by the browser's optimising compilers (Chromium 156, a 400-file load:
 * the same few closures re-optimised every few files, 2–3 s of the renderer's CPU). Methods are
 * made once.
 */
class ReportCheck {
  private readonly locale: ControlLocale;
  private readonly firstLine: number;
  private readonly findings: Finding[] = [];
  private readonly cells = new CellIndex<Cell>();
  private readonly counts: CellCounts;
  private readonly tallies: Record<RuleName, RuleTally> = { months: emptyTally(), parts: emptyTally(), services: emptyTally(), checks: emptyTally() };
  private readonly unknown = new Map<string, Finding>();
  // A report has a handful of periods: parse each once, not once per cell (a million-row file).
  private readonly periods = new Map<string, ReturnType<typeof parsePeriod>>();
  // Rows of one report come together: its key prefix is built once, not once per row.
  private prefixRow: InterchangeRow | undefined;
  private lastPrefix = '';
  // Period-wide checks (region, future, form version): one finding per value, with a count of rows.
  private readonly perReport = new Map<string, Finding>();
  /** form + region → period → verdict. */
  private readonly periodChecked = new Map<string, Map<string, PeriodVerdict>>();
  private checkedForm: string | undefined;
  private checkedRegion: string | undefined;
  private checkedPeriods = new Map<string, PeriodVerdict>();
  private readonly quarterMonths = new Map<string, [string, string, string]>();
  private readonly failedSums: FailedSum[] = [];
  // Sums of service sub-rows, gathered in one pass: parent cell key → its children.
  private readonly children = new Map<string, { cell: Cell; parent: string; list: Cell[] }>();
  // Scratch lists for the cells of a sum, filled again for each cell (a report has tens of
  // thousands of cells: no list is made per cell; sumCheck copies one it keeps).
  private readonly monthCells: Array<Cell | undefined> = [undefined, undefined, undefined];
  private readonly lastMonth: Array<Cell | undefined> = [undefined];
  private readonly partCells: Array<Cell | undefined> = [];

  constructor(
    private readonly reference: ControlReference,
    private readonly options: ValidateOptions,
    total: number,
  ) {
    this.locale = options.locale ?? 'en';
    this.firstLine = options.firstLine ?? 2;
    this.counts = { total, number: 0, zero: 0, dash: 0, blank: 0, invalid: 0 };
  }

  run(rows: readonly InterchangeRow[]): ValidationResult {
    this.eachRow(rows);
    this.eachCell();
    this.eachServiceSum();
    for (const f of blame(this.failedSums, (cell, kind) => this.base(cell.row, cell.def, cell.line, kind))) this.findings.push(f);
    let errors = 0;
    for (const f of this.findings) if (f.severity === 'error') errors++;
    return { findings: this.findings, errors, warnings: this.findings.length - errors, cells: this.counts, tallies: this.tallies };
  }

  private label(def: RowRef | undefined): string {
    return def?.labels[this.locale] ?? '';
  }

  private base(row: InterchangeRow, def: RowRef | undefined, line: number, kind: FindingKind): Finding {
    return {
      kind,
      severity: severityOf(kind),
      form: row.form,
      reporter: row.reporter,
      region_id: row.region_id,
      code: row.code,
      printed: def?.printed ?? '',
      label: this.label(def),
      period: row.period,
      applicant: row.applicant,
      service: row.service,
      value: row.value,
      line,
      count: 1,
    };
  }

  private asPart(c: Cell): FindingCell {
    return { code: c.row.code, printed: c.def.printed, label: this.label(c.def), period: c.row.period, applicant: c.row.applicant, service: c.row.service, value: c.row.value, line: c.line };
  }

  private periodOf(raw: string): ReturnType<typeof parsePeriod> {
    if (this.periods.has(raw)) return this.periods.get(raw);
    const p = parsePeriod(raw);
    this.periods.set(raw, p);
    return p;
  }

  private prefixOf(row: InterchangeRow): string {
    const last = this.prefixRow;
    if (!last || last.form !== row.form || last.reporter !== row.reporter || last.region_id !== row.region_id) {
      this.prefixRow = row;
      this.lastPrefix = row.form + SEP + row.reporter + SEP + row.region_id + SEP;
    }
    return this.lastPrefix;
  }

  /** A period-wide finding: the first row of its kind makes it, the others count in it. */
  private once(key: string, make: () => Finding): void {
    const seen = this.perReport.get(key);
    if (seen) seen.count++;
    else {
      const f = make();
      this.perReport.set(key, f);
      this.findings.push(f);
    }
  }

  private checkPeriod(raw: string, period: NonNullable<ReturnType<typeof parsePeriod>>, form: FormRef, region: string): PeriodVerdict {
    const days = periodDays(period);
    const options = this.options;
    const pc: PeriodVerdict = {
      days,
      future: options.today !== undefined && days[0] > options.today,
      outside: (form.validFrom !== '' && days[1] < form.validFrom) || (form.validTo !== '' && days[0] > form.validTo),
      region: region === '' || !options.regions || regionValidIn(options.regions, region, days[0], days[1]),
    };
    this.checkedPeriods.set(raw, pc);
    return pc;
  }

  private monthsOf(raw: string, year: number, quarter: number): [string, string, string] {
    let m = this.quarterMonths.get(raw);
    if (!m) {
      m = monthsOfQuarter(year, quarter);
      this.quarterMonths.set(raw, m);
    }
    return m;
  }

  /** 1. Each row on its own: form, code, period, applicant, service, duplicates, value. */
  private eachRow(rows: readonly InterchangeRow[]): void {
    const { findings, reference, cells, counts, unknown, firstLine } = this;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as InterchangeRow;
      const line = firstLine + i;
      const form: FormRef | undefined = reference.get(row.form);
      const def = form?.rows.get(row.code);
      if (!form || !def) {
        const kind = form ? 'unknown_code' : 'unknown_form';
        const k = kind + SEP + row.form + SEP + (form ? row.code : '');
        const seen = unknown.get(k);
        if (seen) seen.count++;
        else {
          const f = this.base(row, undefined, line, kind);
          unknown.set(k, f);
          findings.push(f);
        }
        continue;
      }
      const period = this.periodOf(row.period);
      if (!period || (form.periods === 'quarter' && period.kind === 'month')) {
        findings.push(this.base(row, def, line, 'bad_period'));
        continue;
      }
      // Rows of one report come together: its periods' verdicts are looked up by the period alone.
      if (row.form !== this.checkedForm || row.region_id !== this.checkedRegion) {
        this.checkedForm = row.form;
        this.checkedRegion = row.region_id;
        const k = row.form + SEP + row.region_id;
        this.checkedPeriods = this.periodChecked.get(k) ?? new Map();
        this.periodChecked.set(k, this.checkedPeriods);
      }
      const pc = this.checkedPeriods.get(row.period) ?? this.checkPeriod(row.period, period, form, row.region_id);
      if (pc.future) this.once('future' + SEP + row.period, () => this.base(row, def, line, 'future_period'));
      if (pc.outside) this.once('form' + SEP + row.form + SEP + row.period, () => this.base(row, def, line, 'form_period'));
      if (!pc.region) {
        const regions = this.options.regions as RegionCodes;
        const days = pc.days;
        this.once('region' + SEP + row.region_id, () => {
          const suggestion = suggestRegion(regions, row.region_id);
          return { ...this.base(row, def, line, 'bad_region'), validIds: regionsValidIn(regions, days[0], days[1]), ...(suggestion ? { suggestion } : {}) };
        });
      }
      if (def.applicantSplit ? row.applicant !== 'individual' && row.applicant !== 'legal' : row.applicant !== '') {
        findings.push(this.base(row, def, line, 'bad_applicant'));
        continue;
      }
      if (def.serviceDim === '' && row.service !== '') {
        findings.push(this.base(row, def, line, 'bad_service'));
        continue;
      }
      const prefix = this.prefixOf(row);
      const { status, n } = statusOf(row.value);
      // Set unless the cell was given before (a duplicate, rare): one walk down the index.
      const first = cells.addFirst(prefix, row.period, row.code, row.applicant, row.service, { row, status, n, line, def, prefix, held: 0 });
      if (first) {
        findings.push({ ...this.base(row, def, line, 'duplicate'), parts: [this.asPart(first)], expected: undefined });
        continue;
      }
      counts[status]++;
      if (status === 'blank') findings.push(this.base(row, def, line, 'blank'));
      if (status === 'invalid') findings.push(this.base(row, def, line, 'bad_value'));
    }
  }

  /** Compare a cell with the sum of others; tally and report (a failed error sum waits for the blame, below). */
  private sumCheck(rule: RuleName, kind: FindingKind, cell: Cell, parts: Array<Cell | undefined>, stock = false): void {
    const tally = this.tallies[rule];
    // One pass over the parts: any absent, any blank, their sum (blank as zero).
    let sum = 0;
    let blank = false;
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k];
      if (p === undefined) {
        tally.absent++;
        return;
      }
      if (p.n === null) blank = true;
      else sum += p.n;
    }
    const present = parts as Cell[];
    const expectedIfZero = stock ? ((present[present.length - 1] as Cell).n ?? 0) : sum;
    if (cell.n === null || blank) {
      tally.blank++;
      if ((cell.n ?? 0) === expectedIfZero) tally.heldIfBlankZero++;
      return;
    }
    tally.checked++;
    const actual = cell.n;
    if (actual === expectedIfZero) {
      tally.held++;
      cell.held++;
      for (const p of present) p.held++;
      return;
    }
    tally.failed++;
    const finding: Finding = { ...this.base(cell.row, cell.def, cell.line, kind), expected: expectedIfZero, actual, difference: actual - expectedIfZero, parts: present.map((c) => this.asPart(c)) };
    // `parts` may be a scratch list the caller fills again for the next cell: the blame keeps a copy.
    if (severityOf(kind) === 'error') this.failedSums.push({ finding, total: cell, parts: present.slice() });
    else this.findings.push(finding);
  }

  /** 2–5. The sums and comparisons each cell heads, and the service sub-rows gathered. */
  private eachCell(): void {
    const { cells, reference, monthCells, lastMonth, partCells, children } = this;
    let form = undefined as FormRef | undefined;
    for (const cell of cells.list) {
      const { row, def, prefix } = cell;
      if (form?.id !== row.form) form = reference.get(row.form) as FormRef;
      // 2. Months add up to the quarter (a stock: the quarter is the last month).
      const period = this.periodOf(row.period);
      if (period?.kind === 'quarter' && form.periods === 'months_quarter' && def.monthRule !== 'none') {
        const months = this.monthsOf(row.period, period.year, period.quarter);
        const m1 = cells.get(prefix, months[0], row.code, row.applicant, row.service);
        const m2 = cells.get(prefix, months[1], row.code, row.applicant, row.service);
        const m3 = cells.get(prefix, months[2], row.code, row.applicant, row.service);
        if (m1 !== undefined || m2 !== undefined || m3 !== undefined) {
          if (def.monthRule === 'stock') {
            lastMonth[0] = m3;
            this.sumCheck('months', 'stock_quarter', cell, lastMonth, true);
          } else {
            monthCells[0] = m1;
            monthCells[1] = m2;
            monthCells[2] = m3;
            this.sumCheck('months', def.monthRule === 'sum_warn' ? 'months_sum_persons' : 'months_sum', cell, monthCells);
          }
        }
      }
      // 3. Parts add up to their total (the row itself, not its service sub-rows, unless both have them).
      if (def.parts.length > 0) {
        let any = false;
        partCells.length = def.parts.length;
        for (let k = 0; k < def.parts.length; k++) {
          const p = cells.get(prefix, row.period, def.parts[k] as string, row.applicant, row.service);
          partCells[k] = p;
          if (p !== undefined) any = true;
        }
        if (any) this.sumCheck('parts', 'parts_sum', cell, partCells);
      }
      // 4. Gather service sub-rows under their parent.
      const parent = parentService(row.service);
      if (parent !== undefined) {
        const k = prefix + row.period + SEP + row.code + SEP + row.applicant + SEP + parent;
        const group = children.get(k);
        if (group) group.list.push(cell);
        else children.set(k, { cell, parent, list: [cell] });
      }
      // 5. Warnings: a subset larger than its whole; two breakdowns of one total that differ.
      for (const check of form.checksByCode.get(row.code) ?? NO_CHECKS) this.compare(cell, check, form);
    }
  }

  private compare(cell: Cell, check: CheckRef, form: FormRef): void {
    const { row, def, prefix } = cell;
    const otherDef = form.rows.get(check.other) as RowRef;
    const otherApplicant = otherDef.applicantSplit === def.applicantSplit ? row.applicant : '';
    const other = this.cells.get(prefix, row.period, check.other, otherApplicant, otherDef.serviceDim === '' ? '' : row.service);
    const tally = this.tallies.checks;
    if (!other) {
      tally.absent++;
      return;
    }
    if (cell.n === null || other.n === null) {
      tally.blank++;
      const a = cell.n ?? 0;
      const b = other.n ?? 0;
      if (check.kind === 'le' ? a <= b : a === b) tally.heldIfBlankZero++;
      return;
    }
    tally.checked++;
    const holds = check.kind === 'le' ? cell.n <= other.n : cell.n === other.n;
    if (holds) {
      tally.held++;
      return;
    }
    tally.failed++;
    this.findings.push({ ...this.base(row, def, cell.line, check.kind === 'le' ? 'not_greater' : 'equal'), expected: other.n, actual: cell.n, difference: cell.n - other.n, parts: [this.asPart(other)], checkId: check.id });
  }

  /** 6. Each channel (or provider, or delivery form) equals the sum of its services. */
  private eachServiceSum(): void {
    for (const { cell, parent: service, list } of this.children.values()) {
      const parent = this.cells.get(cell.prefix, cell.row.period, cell.row.code, cell.row.applicant, service);
      if (!parent) {
        this.tallies.services.absent++;
        continue;
      }
      this.sumCheck('services', 'services_sum', parent, list);
    }
  }
}

/**
 * Which cells the failed sums point at, in the fewest edits. Each failed sum could be mended by
 * changing any one of its cells by a set amount (the total by −difference, a part by +difference).
 * A cell that mends two or more failed sums by the same change, and takes part in no sum that
 * holds, is the one mistake behind them: one finding on that cell ('cell_sums', its expected value
 * the one that mends them all), the failed sums grouped under it. So a quarter that disagrees
 * with its months and with its parts is blamed, not the correct total those parts add up to.
 * A failed sum left alone stays one finding; it moves to the only cell of it that no holding sum
 * vouches for, when there is exactly one (a total that agrees with its months is not the suspect).
 * Runs over the failed sums only: nothing is added to a report whose sums hold.
 */
function blame(failed: readonly FailedSum[], findingOf: (cell: Cell, kind: FindingKind) => Finding): Finding[] {
  if (failed.length === 0) return [];
  // cell → change → the failed sums that change mends.
  const mends = new Map<Cell, Map<number, number[]>>();
  const add = (cell: Cell, change: number, i: number) => {
    if (cell.held > 0 || cell.n === null) return;
    let byChange = mends.get(cell);
    if (!byChange) mends.set(cell, (byChange = new Map()));
    const list = byChange.get(change);
    if (list) list.push(i);
    else byChange.set(change, [i]);
  };
  failed.forEach((f, i) => {
    const d = f.finding.difference as number;
    add(f.total, -d, i);
    for (const p of f.parts) add(p, d, i);
  });
  const candidates: Array<{ cell: Cell; change: number; sums: number[] }> = [];
  for (const [cell, byChange] of mends) for (const [change, sums] of byChange) if (sums.length >= 2) candidates.push({ cell, change, sums });
  candidates.sort((a, b) => b.sums.length - a.sums.length || a.cell.line - b.cell.line);
  // Position of each failed sum's finding in the output; a blamed cell takes the place of its first sum.
  const out: Array<Finding | undefined> = failed.map(() => undefined);
  const taken = new Set<number>();
  for (const c of candidates) {
    const sums = c.sums.filter((i) => !taken.has(i));
    if (sums.length < 2) continue;
    for (const i of sums) taken.add(i);
    const n = c.cell.n as number;
    out[sums[0] as number] = { ...findingOf(c.cell, 'cell_sums'), expected: n + c.change, actual: n, difference: -c.change, related: sums.map((i) => (failed[i] as FailedSum).finding) };
  }
  failed.forEach((f, i) => {
    if (taken.has(i)) return;
    const suspects = [f.total, ...f.parts].filter((c) => c.held === 0 && c.n !== null);
    const only = suspects.length === 1 ? (suspects[0] as Cell) : undefined;
    if (!only || only === f.total) {
      out[i] = f.finding;
      return;
    }
    const d = f.finding.difference as number;
    const n = only.n as number;
    out[i] = { ...findingOf(only, 'cell_sums'), expected: n + d, actual: n, difference: -d, related: [f.finding] };
  });
  return out.filter((f): f is Finding => f !== undefined);
}
