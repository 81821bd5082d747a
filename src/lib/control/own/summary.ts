// Per report (form, reporter, region, quarter), the quarter value of every row code: what the
// trends add up. Compact (a few hundred numbers a report) so the worker posts it instead of the
// rows. Rows split by applicant count as individual + legal, unknown if either is missing or
// blank (FORMS.md W4); service sub-rows are left out (their channel row holds their sum); a dash
// counts as 0 ("nothing to report"); a blank or invalid value is null (a gap, never a zero).
// A quarter with no quarter cell but all three months of a flow row gets their sum (derived).
import { monthsOfQuarter, parsePeriod, quarterOfMonth } from '../period.ts';
import type { ControlReference, FormRef } from '../reference.ts';
import { plainDigits, type InterchangeRow } from '../validate.ts';

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
  const d = plainDigits(raw);
  if (d >= 0) return d;
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

// Helpers of summarizeReports at the module's level, not closures made at each call (validate.ts says why).
/** A row's value for the sums: a row split by applicant counts only when both halves were given. */
const valueOf = (def: { applicantSplit: boolean }, acc: Acc) => (!def.applicantSplit || acc.seen === 3 ? acc.n : null);

function periodOf(parsed: Map<string, ReturnType<typeof parsePeriod>>, raw: string): ReturnType<typeof parsePeriod> {
  if (!parsed.has(raw)) parsed.set(raw, parsePeriod(raw));
  return parsed.get(raw);
}

function reportOf(reports: Map<string, ReportSummary>, owner: { form: string; reporter: string; region: string }, quarter: string): ReportSummary {
  let rep = reports.get(quarter);
  if (!rep) {
    rep = { form: owner.form, reporter: owner.reporter, region_id: owner.region, quarter, values: {}, derived: [] };
    reports.set(quarter, rep);
  }
  return rep;
}

/** The index of a name in a list of distinct names, added when new. */
function nameIndex(names: Map<string, number>, s: string): number {
  let i = names.get(s);
  if (i === undefined) {
    i = names.size;
    names.set(s, i);
  }
  return i;
}

/**
 * The report sums of rows, usually one report's rows (the loader groups them). Nested maps keyed
 * by the rows' own (interned) strings: no key is built per row.
 */
export function summarizeReports(rows: readonly InterchangeRow[], reference: ControlReference): ReportSummary[] {
  // (form, reporter, region) → code → period → value so far.
  const owners = new Map<string, { form: string; reporter: string; region: string; codes: Map<string, Map<string, Acc>> }>();
  let last: { form: string; reporter: string; region: string; codes: Map<string, Map<string, Acc>> } | undefined;
  // The rows of a report share their form: its rows are looked up once, not once a row.
  let formId: string | undefined;
  let formRows: FormRef['rows'] | undefined;
  for (const r of rows) {
    if (r.service !== '') continue;
    if (r.form !== formId) {
      formId = r.form;
      formRows = reference.get(r.form)?.rows;
    }
    const def = formRows?.get(r.code);
    if (!def) continue;
    const bit = r.applicant === 'individual' ? 1 : r.applicant === 'legal' ? 2 : r.applicant === '' ? 4 : 0;
    if (bit === 0 || (def.applicantSplit ? bit === 4 : bit !== 4)) continue;
    if (!last || last.form !== r.form || last.reporter !== r.reporter || last.region !== r.region_id) {
      const k = r.form + SEP + r.reporter + SEP + r.region_id;
      last = owners.get(k);
      if (!last) {
        last = { form: r.form, reporter: r.reporter, region: r.region_id, codes: new Map() };
        owners.set(k, last);
      }
    }
    let periods = last.codes.get(r.code);
    if (!periods) {
      periods = new Map();
      last.codes.set(r.code, periods);
    }
    const n = numberOf(r.value);
    const acc = periods.get(r.period);
    if (!acc) periods.set(r.period, { n, seen: bit });
    else if (!(acc.seen & bit)) {
      acc.seen |= bit;
      acc.n = acc.n === null || n === null ? null : acc.n + n;
    }
  }
  const out: ReportSummary[] = [];
  const parsed = new Map<string, ReturnType<typeof parsePeriod>>();
  for (const owner of owners.values()) {
    const form = reference.get(owner.form);
    if (!form) continue;
    const reports = new Map<string, ReportSummary>();
    for (const [code, periods] of owner.codes) {
      const def = form.rows.get(code);
      if (!def) continue;
      const monthsSeen = new Set<string>();
      for (const [period, acc] of periods) {
        const p = periodOf(parsed, period);
        if (!p) continue;
        if (p.kind === 'quarter') reportOf(reports, owner, period).values[code] = valueOf(def, acc);
        else monthsSeen.add(quarterOfMonth(p.year, p.month));
      }
      // A quarter given only by its months (flow rows): their sum, marked as derived.
      if (def.monthRule !== 'sum' && def.monthRule !== 'sum_warn') continue;
      for (const quarter of monthsSeen) {
        if (periods.has(quarter)) continue;
        const q = parsePeriod(quarter);
        if (!q || q.kind !== 'quarter') continue;
        const accs = monthsOfQuarter(q.year, q.quarter).map((m) => periods.get(m));
        if (accs.some((a) => a === undefined)) continue;
        const vals = accs.map((a) => valueOf(def, a as Acc));
        const rep = reportOf(reports, owner, quarter);
        rep.values[code] = vals.some((v) => v === null) ? null : vals.reduce<number>((s, v) => s + (v ?? 0), 0);
        rep.derived.push(code);
      }
    }
    out.push(...reports.values());
  }
  return out;
}

/** The identity of a report, for "loaded twice" checks across files. */
export function reportKey(r: Pick<ReportSummary, 'form' | 'reporter' | 'region_id' | 'quarter'>): string {
  return r.form + SEP + r.reporter + SEP + r.region_id + SEP + r.quarter;
}

/**
 * Reports in a compact form for posting from the worker and keeping in IndexedDB (typed arrays and
 * a short list of names copy at once; thousands of small objects do not): values[report *
 * codes.length + code], NaN for a gap, -1 when the report has no such row; the identity of report
 * i is names[ids[4i]] (form), names[ids[4i+1]] (reporter), names[ids[4i+2]] (region), names[ids[4i+3]] (quarter).
 */
export interface PackedReports {
  codes: string[];
  names: string[];
  ids: Uint32Array;
  values: Float64Array;
}

export function packReports(list: readonly ReportSummary[]): PackedReports {
  const index = new Map<string, number>();
  for (const r of list) for (const code of Object.keys(r.values)) if (!index.has(code)) index.set(code, index.size);
  const n = index.size;
  const values = new Float64Array(list.length * n).fill(-1);
  const names = new Map<string, number>();
  const ids = new Uint32Array(list.length * 4);
  for (let i = 0; i < list.length; i++) {
    const r = list[i] as ReportSummary;
    for (const [code, v] of Object.entries(r.values)) values[i * n + (index.get(code) as number)] = v === null ? NaN : v;
    ids[4 * i] = nameIndex(names, r.form);
    ids[4 * i + 1] = nameIndex(names, r.reporter);
    ids[4 * i + 2] = nameIndex(names, r.region_id);
    ids[4 * i + 3] = nameIndex(names, r.quarter);
  }
  return { codes: [...index.keys()], names: [...names.keys()], ids, values };
}

/** A report as the trends read it: its identity and a lookup of its values. */
export interface TrendReport {
  readonly form: string;
  readonly reporter: string;
  readonly region_id: string;
  readonly quarter: string;
  /** undefined: not reported; null: a gap (blank or invalid). */
  get(code: string): number | null | undefined;
}

/** One report of a packed set: its identity as plain fields (read for every report at each count, filter and choice), its values from the shared arrays (no copy). */
class PackedReport implements TrendReport {
  readonly form: string;
  readonly reporter: string;
  readonly region_id: string;
  readonly quarter: string;
  constructor(
    private readonly p: PackedReports,
    private readonly index: Map<string, number>,
    private readonly i: number,
  ) {
    this.form = p.names[p.ids[4 * i] as number] as string;
    this.reporter = p.names[p.ids[4 * i + 1] as number] as string;
    this.region_id = p.names[p.ids[4 * i + 2] as number] as string;
    this.quarter = p.names[p.ids[4 * i + 3] as number] as string;
  }
  get(code: string): number | null | undefined {
    const c = this.index.get(code);
    if (c === undefined) return undefined;
    const v = this.p.values[this.i * this.p.codes.length + c] as number;
    return v === -1 ? undefined : Number.isNaN(v) ? null : v;
  }
}

export function unpackReports(p: PackedReports): TrendReport[] {
  const index = new Map(p.codes.map((c, i) => [c, i]));
  const out: TrendReport[] = [];
  for (let i = 0; i < p.ids.length / 4; i++) out.push(new PackedReport(p, index, i));
  return out;
}
