// The workspace's example set: made-up quarterly reports (forms 1-мк and 2-мк) for every region in
// force in each quarter, so that anyone can see what the regional control views do without real
// reports. Deterministic (a seeded generator: the same inputs give the same files), in the
// interchange format, with:
// - magnitudes scaled on the one filed report (its monthly "services delivered"), the rest of the
//   rows as small rates of that;
// - every sum holding (values are drawn top-down: a total first, then split into its parts; the
//   quarter is the sum of its months, a stock its last month) and every "part ≤ whole" check
//   holding (late ≤ delivered, complaints answered late ≤ complaints…);
// - a few deliberate mistakes (EXAMPLE_MISTAKES) so that findings appear;
// - one region with no report at all, so that "no data" shows on the map.
// Nothing here is a real figure: every view that shows these says "Example — made-up figures".
import { monthsOfQuarter, parsePeriod } from '../period.ts';
import type { ControlReference, FormRef, RowRef } from '../reference.ts';
import type { InterchangeRow } from '../validate.ts';

/** How many quarters the set covers. From the forms' first version (1 July 2021 in
 *  reference/control_forms.csv: the first quarter a report on them may have) they reach across the
 *  8 June 2022 split of three regions. */
export const EXAMPLE_QUARTER_COUNT = 8;
export const EXAMPLE_FORMS = ['1-mk', '2-mk'] as const;
/** Reporter ids of the example set start with this, so a stored file can be told apart from a real one. */
export const EXAMPLE_PREFIX = 'example_';

export interface ExampleRegion {
  id: string;
  /** ISO date from which the region exists in its current form; '' = before any report. */
  validFrom: string;
  /** ISO date until which it exists; '' = still. */
  validTo: string;
}

export interface ExampleInputs {
  /** Built with the form versions (reference/control_forms.csv): the set starts in the first quarter they allow. */
  reference: ControlReference;
  regions: readonly ExampleRegion[];
  /** Typical monthly count of services delivered by one reporter (from the filed report). */
  monthlyDelivered: number;
  /** The region left without any report ("no data" on the map). */
  regionWithoutReports: string;
}

export interface ExampleMistake {
  kind: 'wrong_quarter' | 'blank' | 'part_over_total';
  reporter: string;
  /** Which quarter of the set (0 = the first) and which of its columns. */
  quarter: number;
  slot: 'm1' | 'm2' | 'm3' | 'q';
  code: string;
  applicant: string;
}

export interface ExampleFile {
  /** File name as a user would have it: `<reporter>.csv`. */
  name: string;
  reporter: string;
  form: string;
  region_id: string;
  /** Every quarter the reporter filed, month and quarter rows, in template order. */
  rows: InterchangeRow[];
}

/** mulberry32: a tiny seeded generator (uniform in [0, 1)); enough for made-up figures. */
function generator(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` quarters from the one holding the ISO day `from` ("YYYY-MM-DD"), as "YYYY-Qn". */
export function quartersFrom(from: string, count: number): string[] {
  const m = /^(\d{4})-(\d{2})/.exec(from);
  if (!m) throw new Error(`not a date: ${from}`);
  const start = Number(m[1]) * 4 + Math.floor((Number(m[2]) - 1) / 3);
  return Array.from({ length: count }, (_, i) => `${Math.floor((start + i) / 4)}-Q${((start + i) % 4) + 1}`);
}

/** The quarters of the example set: from the latest first version of its forms. */
export function exampleQuarters(reference: ControlReference): string[] {
  const first = EXAMPLE_FORMS.map((f) => reference.get(f)?.validFrom ?? '').sort().at(-1) ?? '';
  if (first === '') throw new Error('example set: the control reference was built without the form versions (control_forms.csv)');
  return quartersFrom(first, EXAMPLE_QUARTER_COUNT);
}

/** The period of a mistake: a month of its quarter, or the quarter. */
export function mistakePeriod(m: ExampleMistake, quarters: readonly string[]): string {
  const quarter = quarters[m.quarter];
  const p = quarter === undefined ? undefined : parsePeriod(quarter);
  if (!p || p.kind !== 'quarter') throw new Error(`example set: no quarter ${m.quarter}`);
  return m.slot === 'q' ? (quarter as string) : monthsOfQuarter(p.year, p.quarter)[Number(m.slot.slice(1)) - 1] as string;
}

/** The first day of a quarter "YYYY-Qn" as an ISO date. */
export function quarterStart(quarter: string): string {
  const p = parsePeriod(quarter);
  if (!p || p.kind !== 'quarter') throw new Error(`not a quarter: ${quarter}`);
  return `${p.year}-${String((p.quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** Regions in force on the first day of the quarter (a region created during a quarter reports from the next). */
export function regionsOfQuarter(regions: readonly ExampleRegion[], quarter: string): string[] {
  const day = quarterStart(quarter);
  return regions.filter((r) => (r.validFrom === '' || r.validFrom <= day) && (r.validTo === '' || day <= r.validTo)).map((r) => r.id);
}

/** Split n into k non-negative integers by random weights; the parts add up to n. */
function split(n: number, k: number, rnd: () => number): number[] {
  if (k === 0) return [];
  const w = Array.from({ length: k }, () => 0.2 + rnd());
  const sum = w.reduce((s, x) => s + x, 0);
  const parts = w.map((x) => Math.floor((n * x) / sum));
  let rest = n - parts.reduce((s, x) => s + x, 0);
  for (let i = 0; rest > 0; i = (i + 1) % k, rest--) parts[i] = (parts[i] as number) + 1;
  return parts;
}

const count = (mean: number, rnd: () => number) => Math.max(0, Math.round(mean * (0.5 + rnd())));

/**
 * A month's values of one report, top-down: code → applicant ('' or individual/legal) → value.
 * `stock` holds the running values of stock rows (a register's size changes slowly).
 */
function monthValues(form: FormRef, scale: number, rnd: () => number, stock: Map<string, number>): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  const set = (code: string, applicant: string, n: number) => {
    let m = out.get(code);
    if (!m) out.set(code, (m = new Map()));
    m.set(applicant, n);
  };
  const get = (code: string, applicant = '') => out.get(code)?.get(applicant) ?? 0;
  const applicants = (def: RowRef) => (def.applicantSplit ? ['individual', 'legal'] : ['']);

  /** A total and, recursively, its parts (split at random, so they add up). `cap` bounds each part. */
  const tree = (code: string, applicant: string, n: number, cap?: (part: string) => number) => {
    set(code, applicant, n);
    const def = form.rows.get(code);
    if (!def || def.parts.length === 0) return;
    let shares = split(n, def.parts.length, rnd);
    if (cap) {
      // Move what a part cannot hold to the parts that can (late at a channel ≤ delivered there).
      const room = def.parts.map((p) => cap(p));
      let excess = 0;
      shares = shares.map((s, i) => {
        const r = room[i] as number;
        if (s > r) {
          excess += s - r;
          return r;
        }
        return s;
      });
      for (let i = 0; excess > 0 && i < shares.length; i++) {
        const free = (room[i] as number) - (shares[i] as number);
        const moved = Math.min(free, excess);
        shares[i] = (shares[i] as number) + moved;
        excess -= moved;
      }
    }
    def.parts.forEach((p, i) => tree(p, applicant, shares[i] as number, cap ? (q) => cap(q) : undefined));
  };

  const delivered = Math.round(scale * (0.85 + 0.3 * rnd()));
  const byApplicant = { individual: Math.round(delivered * (0.75 + 0.2 * rnd())), legal: 0 };
  byApplicant.legal = delivered - byApplicant.individual;
  for (const a of ['individual', 'legal'] as const) {
    const d = byApplicant[a];
    tree('delivered.total', a, d);
    const refusals = count(d * 0.01, rnd);
    tree('refusals.total', a, refusals);
    tree('refusals_late.total', a, Math.min(refusals, count(refusals * 0.05, rnd)));
    tree('late.total', a, Math.min(d, count(d * 0.002, rnd)), (part) => {
      // A late channel is bounded by the same channel's deliveries where the form has both.
      const twin = part.replace(/^late\./, 'delivered.');
      return form.rows.has(twin) ? get(twin, a) : Number.MAX_SAFE_INTEGER;
    });
  }
  const violations = count(delivered * 0.0015, rnd);
  tree('violations.total', '', violations);
  set('violations.rights_measures', '', Math.min(violations, count(violations * 0.6, rnd)));
  const restored = count(violations * 0.3, rnd);
  set('control.rights_restored_persons', '', restored);
  set('monitoring.rights_restored_persons', '', restored);
  set('violations.complaint_deadline_control', '', count(0.5, rnd));
  const measures = count(2, rnd);
  tree('control.measures.total', '', measures);
  tree('control.objects.total', '', count(measures * 2, rnd));
  const sanctions = count(violations * 0.2, rnd);
  tree('sanctions.total', '', sanctions);
  tree('disciplined.total', '', Math.min(sanctions, count(sanctions * 0.8, rnd)));
  tree('recommendations.total', '', count(3, rnd));
  const complaints = count(delivered * 0.0006, rnd);
  tree('complaints.total', '', complaints);
  tree('complaints.source.total', '', complaints);
  tree('complaints_late.total', '', Math.min(complaints, count(complaints * 0.1, rnd)));
  set('outreach.events', '', count(4, rnd));
  set('outreach.reach', '', count(120, rnd));
  set('training.persons', '', count(15, rnd));
  set('register.service_types_added', '', rnd() < 0.2 ? 1 : 0);
  for (const code of ['register.service_types', 'bylaws.approved']) {
    if (!form.rows.has(code)) continue;
    const n = (stock.get(code) ?? 20 + Math.floor(rnd() * 60)) + get('register.service_types_added');
    stock.set(code, n);
    set(code, '', n);
  }
  // Any row of the form not drawn above (a later form version's addition) gets a small count.
  for (const def of form.rows.values()) for (const a of applicants(def)) if (!out.get(def.code)?.has(a)) set(def.code, a, count(1, rnd));
  return out;
}

/** The rows of one report (one reporter, one quarter): each row code × applicant, three months and the quarter. */
function reportRows(form: FormRef, reporter: string, region: string, quarter: string, scale: number, rnd: () => number, stock: Map<string, number>): InterchangeRow[] {
  const p = parsePeriod(quarter);
  if (!p || p.kind !== 'quarter') throw new Error(`not a quarter: ${quarter}`);
  const months = monthsOfQuarter(p.year, p.quarter);
  const values = months.map(() => monthValues(form, scale, rnd, stock));
  const rows: InterchangeRow[] = [];
  for (const def of form.rows.values()) {
    for (const applicant of def.applicantSplit ? ['individual', 'legal'] : ['']) {
      const m = values.map((v) => v.get(def.code)?.get(applicant) ?? 0);
      const q = def.monthRule === 'stock' ? (m[2] as number) : m.reduce((s, x) => s + x, 0);
      const row = (period: string, value: number): InterchangeRow => ({ form: form.id, reporter, region_id: region, period, code: def.code, applicant, service: '', value: String(value) });
      months.forEach((month, i) => rows.push(row(month, m[i] as number)));
      rows.push(row(quarter, q));
    }
  }
  return rows;
}

/** The deliberate mistakes: which file, period and cell each is in (stable: tests read them). */
export const EXAMPLE_MISTAKES: readonly ExampleMistake[] = [
  { kind: 'wrong_quarter', reporter: `${EXAMPLE_PREFIX}akmola_2`, quarter: 2, slot: 'q', code: 'violations.deadline', applicant: '' },
  { kind: 'blank', reporter: `${EXAMPLE_PREFIX}pavlodar_1`, quarter: 1, slot: 'm1', code: 'complaints.total', applicant: '' },
  { kind: 'part_over_total', reporter: `${EXAMPLE_PREFIX}kostanay_1`, quarter: 5, slot: 'm2', code: 'refusals.paper', applicant: 'individual' },
];

function applyMistake(rows: InterchangeRow[], m: ExampleMistake, quarters: readonly string[]): void {
  const period = mistakePeriod(m, quarters);
  const row = rows.find((r) => r.period === period && r.code === m.code && r.applicant === m.applicant && r.service === '');
  if (!row) throw new Error(`example set: no cell for the mistake ${m.kind} in ${m.reporter} ${period} ${m.code}`);
  if (m.kind === 'blank') row.value = '';
  else row.value = String(Number(row.value) + 5);
}

/**
 * The example set: one file per reporter holding every quarter it filed. Each region in force in a
 * quarter has 2–5 reporters (its first files 2-мк as the local executive body, the others 1-мк as
 * central bodies' regional offices); a region created during the set reports from its first whole
 * quarter; `regionWithoutReports` has none.
 */
export function exampleSet(inputs: ExampleInputs): ExampleFile[] {
  const quarters = exampleQuarters(inputs.reference);
  const files = new Map<string, ExampleFile>();
  for (const region of inputs.regions) {
    if (region.id === inputs.regionWithoutReports) continue;
    const rnd = generator(`sapa-example:${region.id}`);
    const reporters = 2 + Math.floor(rnd() * 4);
    for (let k = 1; k <= reporters; k++) {
      const reporter = `${EXAMPLE_PREFIX}${region.id}_${k}`;
      const form = inputs.reference.get(k === 1 ? '2-mk' : '1-mk');
      if (!form) throw new Error('example set: the control reference has no forms 1-mk and 2-mk');
      const scale = inputs.monthlyDelivered * (0.05 + 0.5 * rnd());
      const stock = new Map<string, number>();
      const own = generator(`sapa-example:${reporter}`);
      const rows: InterchangeRow[] = [];
      for (const quarter of quarters) {
        if (!regionsOfQuarter(inputs.regions, quarter).includes(region.id)) continue;
        rows.push(...reportRows(form, reporter, region.id, quarter, scale, own, stock));
      }
      if (rows.length === 0) continue;
      files.set(reporter, { name: `${reporter}.csv`, reporter, form: form.id, region_id: region.id, rows });
    }
  }
  for (const m of EXAMPLE_MISTAKES) {
    const f = files.get(m.reporter);
    if (f) applyMistake(f.rows, m, quarters);
  }
  return [...files.values()];
}
