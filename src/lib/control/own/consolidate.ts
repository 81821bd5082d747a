// One consolidated report from many: the sum of each cell (form, period, row code, applicant column,
// service) over the reports chosen, in the interchange format, so it can be written as a template and
// loaded back like any filled one. A blank cell is not a zero: a cell of the sum is blank only when
// every report left it blank, and the consolidation counts, cell by cell, how many reports did. A dash
// ("nothing to report") adds as 0 and stays a dash when every report gave a dash.
import type { InterchangeRow } from '../validate.ts';
import { plainDigits } from '../validate.ts';
import { EXAMPLE_PREFIX } from './example-set.ts';
import { isExampleReporter } from './example-flag.ts';

export interface Selection {
  form: string;
  /** The quarter "YYYY-Qn": its months and the quarter column are consolidated. */
  quarter: string;
  /** Region id, or undefined for every region. */
  region?: string;
}

export interface ConsolidatedCell {
  row: InterchangeRow;
  /** Reports that have this cell. */
  reports: number;
  /** …of which left it blank (or wrote something that is not a count). */
  blank: number;
}

export interface Consolidation {
  cells: ConsolidatedCell[];
  /** The reports included: reporter ids with their region, in the order met. */
  included: Array<{ reporter: string; region_id: string }>;
  /** Reporters of the same form and region(s) that filed the previous quarter but not this one. */
  missing: Array<{ reporter: string; region_id: string }>;
}

const SEP = '\u001f';
const DASHES = new Set(['-', '–', '—']);

function quarterOfPeriod(period: string): string | undefined {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return period;
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  return m ? `${m[1]}-Q${Math.ceil(Number(m[2]) / 3)}` : undefined;
}

export function previousQuarter(quarter: string): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) throw new Error(`not a quarter: ${quarter}`);
  const y = Number(m[1]);
  const q = Number(m[2]);
  return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
}

/** The consolidated report of `sel` over the rows of every loaded report (any order). */
export function consolidate(rows: Iterable<InterchangeRow>, sel: Selection, reporter = 'consolidated'): Consolidation {
  const previous = previousQuarter(sel.quarter);
  const sums = new Map<string, { row: InterchangeRow; sum: number; numbers: number; dashes: number; reports: number; blank: number }>();
  const included = new Map<string, { reporter: string; region_id: string }>();
  const before = new Map<string, { reporter: string; region_id: string }>();
  for (const r of rows) {
    if (r.form !== sel.form || (sel.region !== undefined && r.region_id !== sel.region)) continue;
    const q = quarterOfPeriod(r.period);
    const who = r.reporter + SEP + r.region_id;
    if (q === previous) before.set(who, { reporter: r.reporter, region_id: r.region_id });
    if (q !== sel.quarter) continue;
    included.set(who, { reporter: r.reporter, region_id: r.region_id });
    const key = r.period + SEP + r.code + SEP + r.applicant + SEP + r.service;
    let s = sums.get(key);
    if (!s) {
      s = { row: { form: r.form, reporter, region_id: sel.region ?? '', period: r.period, code: r.code, applicant: r.applicant, service: r.service, value: '' }, sum: 0, numbers: 0, dashes: 0, reports: 0, blank: 0 };
      sums.set(key, s);
    }
    s.reports++;
    const v = r.value.trim();
    const n = plainDigits(v);
    if (n >= 0) {
      s.sum += n;
      s.numbers++;
    } else if (DASHES.has(v)) s.dashes++;
    else s.blank++;
  }
  const cells: ConsolidatedCell[] = [];
  for (const s of sums.values()) {
    s.row.value = s.numbers > 0 ? String(s.sum) : s.dashes > 0 ? '-' : '';
    cells.push({ row: s.row, reports: s.reports, blank: s.blank });
  }
  const missing = [...before.entries()].filter(([k]) => !included.has(k)).map(([, v]) => v);
  return { cells, included: [...included.values()], missing };
}

/**
 * Rows of several files, each report (form, reporter, region, quarter) taken from the first file
 * that has it: the same report loaded twice is summed once, as the totals count it once
 * (counted.ts). Feed the files in the order loaded, each with its index.
 */
export class FirstFileOnly {
  private readonly owner = new Map<string, number>();

  keep(r: InterchangeRow, file: number): boolean {
    const key = r.form + SEP + r.reporter + SEP + r.region_id + SEP + (quarterOfPeriod(r.period) ?? r.period);
    const first = this.owner.get(key);
    if (first === undefined) {
      this.owner.set(key, file);
      return true;
    }
    return first === file;
  }
}

/**
 * The consolidated report's own reporter id: "consolidated" with the region, so that it is told
 * apart from the reports it sums; made-up when any of them is (the example flag follows it into
 * the file and back).
 */
export function consolidatedReporter(sel: Pick<Selection, 'region'>, included: Iterable<{ reporter: string }>): string {
  let example = false;
  for (const r of included) if (isExampleReporter(r.reporter)) example = true;
  return `${example ? EXAMPLE_PREFIX : ''}consolidated${sel.region ? `_${sel.region}` : ''}`;
}

/** Set the reporter of every cell (once the reports included are known). */
export function withReporter(c: Consolidation, reporter: string): Consolidation {
  return { ...c, cells: c.cells.map((x) => ({ ...x, row: { ...x.row, reporter } })) };
}
