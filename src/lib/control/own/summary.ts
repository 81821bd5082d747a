// Per report (form, reporter, region, quarter), the quarter value of every row code: what the
// trends add up. Compact (a few hundred numbers a report) so the worker posts it instead of the
// rows. Rows split by applicant count as individual + legal, unknown if either is missing or
// blank (FORMS.md W4); service sub-rows are left out (their channel row holds their sum); a dash
// counts as 0 ("nothing to report"); a blank or invalid value is null (a gap, never a zero).
// A quarter with no quarter cell but all three months of a flow row gets their sum (derived).
import { monthsOfQuarter, parsePeriod, quarterOfMonth } from '../period.ts';
import type { ControlReference } from '../reference.ts';
import type { InterchangeRow } from '../validate.ts';

export interface ReportSummary {
  form: string;
  reporter: string;
  region_id: string;
  quarter: string;
  /** Code → quarter value; null when present but blank or invalid. Absent codes are not listed. */
  values: Record<string, number | null>;
  /** Codes whose value was derived from months (no quarter cell). */
  derived: string[];
}

const SEP = '\u001f';

function numberOf(raw: string): number | null {
  if (raw === '-' || raw === '–' || raw === '—') return 0;
  if (/^\d+$/.test(raw)) {
    const n = Number(raw);
    return Number.isSafeInteger(n) ? n : null;
  }
  return null;
}

interface Acc {
  n: number | null;
  /** Applicant columns seen (bit 1 individual, bit 2 legal, bit 4 none). */
  seen: number;
}

export function summarizeReports(rows: readonly InterchangeRow[], reference: ControlReference): ReportSummary[] {
  // (form, reporter, region, period, code) → value so far.
  const cells = new Map<string, Acc>();
  for (const r of rows) {
    if (r.service !== '') continue;
    const def = reference.get(r.form)?.rows.get(r.code);
    if (!def) continue;
    const bit = r.applicant === 'individual' ? 1 : r.applicant === 'legal' ? 2 : r.applicant === '' ? 4 : 0;
    if (bit === 0 || (def.applicantSplit ? bit === 4 : bit !== 4)) continue;
    const key = r.form + SEP + r.reporter + SEP + r.region_id + SEP + r.period + SEP + r.code;
    const n = numberOf(r.value);
    const acc = cells.get(key);
    if (!acc) cells.set(key, { n, seen: bit });
    else if (!(acc.seen & bit)) {
      acc.seen |= bit;
      acc.n = acc.n === null || n === null ? null : acc.n + n;
    }
  }
  const reports = new Map<string, ReportSummary>();
  const monthsByQuarter = new Map<string, Map<string, Acc>>();
  for (const [key, acc] of cells) {
    const [form, reporter, region, period, code] = key.split(SEP) as [string, string, string, string, string];
    const def = reference.get(form)?.rows.get(code);
    if (!def) continue;
    const complete = !def.applicantSplit || acc.seen === 3;
    const value = complete ? acc.n : null;
    const p = parsePeriod(period);
    if (!p) continue;
    const quarter = p.kind === 'quarter' ? period : quarterOfMonth(p.year, p.month);
    const rk = form + SEP + reporter + SEP + region + SEP + quarter;
    let rep = reports.get(rk);
    if (!rep) {
      rep = { form, reporter, region_id: region, quarter, values: {}, derived: [] };
      reports.set(rk, rep);
    }
    if (p.kind === 'quarter') rep.values[code] = value;
    else {
      const list = monthsByQuarter.get(rk) ?? new Map<string, Acc>();
      list.set(code + SEP + period, { n: value, seen: 0 });
      monthsByQuarter.set(rk, list);
    }
  }
  // Quarters given only by their months.
  for (const [rk, months] of monthsByQuarter) {
    const rep = reports.get(rk) as ReportSummary;
    const q = parsePeriod(rep.quarter);
    if (!q || q.kind !== 'quarter') continue;
    const names = monthsOfQuarter(q.year, q.quarter);
    const codes = new Set([...months.keys()].map((k) => k.split(SEP)[0] as string));
    for (const code of codes) {
      if (code in rep.values) continue;
      const def = reference.get(rep.form)?.rows.get(code);
      if (!def || (def.monthRule !== 'sum' && def.monthRule !== 'sum_warn')) continue;
      const vals = names.map((m) => months.get(code + SEP + m));
      if (vals.some((v) => v === undefined)) continue;
      rep.values[code] = vals.some((v) => v?.n === null) ? null : vals.reduce((s, v) => s + (v?.n ?? 0), 0);
      rep.derived.push(code);
    }
  }
  return [...reports.values()];
}

/** The identity of a report, for "loaded twice" checks across files. */
export function reportKey(r: Pick<ReportSummary, 'form' | 'reporter' | 'region_id' | 'quarter'>): string {
  return [r.form, r.reporter, r.region_id, r.quarter].join(SEP);
}

/** Reports in a compact form for posting from the worker: values[report * codes.length + code]; NaN for a gap, -1 when the report has no such row. */
export interface PackedReports {
  codes: string[];
  reports: Array<{ form: string; reporter: string; region_id: string; quarter: string }>;
  values: Float64Array;
}

export function packReports(list: readonly ReportSummary[]): PackedReports {
  const index = new Map<string, number>();
  for (const r of list) for (const code of Object.keys(r.values)) if (!index.has(code)) index.set(code, index.size);
  const n = index.size;
  const values = new Float64Array(list.length * n).fill(-1);
  list.forEach((r, i) => {
    for (const [code, v] of Object.entries(r.values)) values[i * n + (index.get(code) as number)] = v === null ? NaN : v;
  });
  return { codes: [...index.keys()], reports: list.map(({ form, reporter, region_id, quarter }) => ({ form, reporter, region_id, quarter })), values };
}

/** A report as the trends read it: its identity and a lookup of its values. */
export interface TrendReport {
  form: string;
  reporter: string;
  region_id: string;
  quarter: string;
  /** undefined: not reported; null: a gap (blank or invalid). */
  get(code: string): number | null | undefined;
}

export function unpackReports(p: PackedReports): TrendReport[] {
  const index = new Map(p.codes.map((c, i) => [c, i]));
  const n = p.codes.length;
  return p.reports.map((meta, i) => ({
    ...meta,
    get(code: string) {
      const c = index.get(code);
      if (c === undefined) return undefined;
      const v = p.values[i * n + c] as number;
      return v === -1 ? undefined : Number.isNaN(v) ? null : v;
    },
  }));
}
