// Loaded control reports by region: what the map and the rankings of control data show. A region's
// value is the sum over the counted reports that carry its region_id; a report that left the cell
// blank is not a zero: it is left out of the sum and counted as a gap, and a region whose every
// report left it blank has no value. A region with no report has no entry at all ("no data").
// A rate (late services per 1,000 delivered…) adds numerators and denominators over the reports
// that give both, then divides. A year counts only where every reporter counted has all four of
// its quarters; otherwise the year is partial and has no value.
import { parsePeriod } from '../period.ts';
import type { ControlReference } from '../reference.ts';
import type { TrendReport } from './summary.ts';

export interface ControlMeasure {
  id: string;
  /** Row code added up (the quarter value of each report). */
  numerator: string;
  /** For a rate: the row code divided by, and the multiplier ("per 1,000"). */
  denominator?: string;
  per?: number;
}

const VIOLATIONS = 'violations.total';

/** The measures of the control map and rankings: violations (total and each kind, in the form's order), rates of
 *  late services, refusals and complaints to services delivered, and disciplined persons. */
export function controlMeasures(reference: ControlReference, form = '2-mk'): ControlMeasure[] {
  const kinds = reference.get(form)?.rows.get(VIOLATIONS)?.parts ?? [];
  return [
    { id: VIOLATIONS, numerator: VIOLATIONS },
    ...kinds.map((code) => ({ id: code, numerator: code })),
    { id: 'late_per_1000', numerator: 'late.total', denominator: 'delivered.total', per: 1000 },
    { id: 'refusals_per_1000', numerator: 'refusals.total', denominator: 'delivered.total', per: 1000 },
    { id: 'complaints_per_10000', numerator: 'complaints.total', denominator: 'delivered.total', per: 10000 },
    { id: 'disciplined.total', numerator: 'disciplined.total' },
  ];
}

export type ControlPeriod = { kind: 'quarter'; quarter: string } | { kind: 'year'; year: number };

export interface RegionalValue {
  /** The region id, or for values by reporter the reporter. */
  id: string;
  /** Sum of the numerator over the reports that give it (and, for a rate, the denominator too). */
  numerator: number | null;
  denominator: number | null;
  /** The count, or the rate per `per`; null when no report gives it or the year is partial. */
  value: number | null;
  /** Reports in the period whose form has the row(s) (every quarter of every reporter). */
  reports: number;
  reporters: number;
  /** Reports that left the numerator or the denominator blank (left out of the sums). */
  gaps: number;
  /** For a year: the fewest quarters any counted reporter has (4 when whole). */
  quarters: number;
  partial: boolean;
}

/** Whether a report's quarter falls in the period; the year of each quarter string read once per call of `regionalValues`. */
function periodTest(period: ControlPeriod): (quarter: string) => boolean {
  if (period.kind === 'quarter') return (quarter) => quarter === period.quarter;
  const known = new Map<string, boolean>();
  return (quarter) => {
    let yes = known.get(quarter);
    if (yes === undefined) {
      const p = parsePeriod(quarter);
      yes = p?.kind === 'quarter' && p.year === period.year;
      known.set(quarter, yes);
    }
    return yes;
  };
}

/** Each region's (or reporter's) value of one measure in one period, keyed by region id (or reporter);
 *  regions without reports are absent. One pass over the reports with no string built per report
 *  (the map runs it on every change of period, over thousands of reports). */
export function regionalValues(reports: readonly TrendReport[], measure: ControlMeasure, period: ControlPeriod, by: 'region' | 'reporter' = 'region'): Map<string, RegionalValue> {
  const out = new Map<string, RegionalValue>();
  // Per id: form → reporter → the quarters it reported (the reporters counted, and for a year whether each has all four).
  const quartersOf = new Map<string, Map<string, Map<string, Set<string>>>>();
  const inPeriod = periodTest(period);
  const rate = measure.denominator !== undefined;
  for (const r of reports) {
    const quarter = r.quarter;
    if (!inPeriod(quarter)) continue;
    const n = r.get(measure.numerator);
    const d = rate ? r.get(measure.denominator as string) : 0;
    // A report whose form has no such row is not counted (a gap is a row left blank, not a row absent).
    if (n === undefined || d === undefined) continue;
    const id = by === 'region' ? r.region_id : r.reporter;
    let v = out.get(id);
    let forms = quartersOf.get(id);
    if (!v || !forms) {
      v = { id, numerator: null, denominator: null, value: null, reports: 0, reporters: 0, gaps: 0, quarters: 0, partial: false };
      out.set(id, v);
      forms = new Map();
      quartersOf.set(id, forms);
    }
    v.reports++;
    let reporters = forms.get(r.form);
    if (!reporters) forms.set(r.form, (reporters = new Map()));
    const reporter = r.reporter;
    const quarters = reporters.get(reporter);
    if (quarters) quarters.add(quarter);
    else reporters.set(reporter, new Set([quarter]));
    if (n === null || d === null) {
      v.gaps++;
      continue;
    }
    v.numerator = (v.numerator ?? 0) + n;
    if (rate) v.denominator = (v.denominator ?? 0) + d;
  }
  for (const v of out.values()) {
    let reporters = 0;
    let fewest = Infinity;
    for (const byReporter of (quartersOf.get(v.id) as Map<string, Map<string, Set<string>>>).values()) {
      reporters += byReporter.size;
      for (const s of byReporter.values()) fewest = Math.min(fewest, s.size);
    }
    v.reporters = reporters;
    v.quarters = fewest;
    v.partial = period.kind === 'year' && v.quarters < 4;
    if (v.partial || v.numerator === null) continue;
    if (!rate) v.value = v.numerator;
    else if (v.denominator !== null && v.denominator > 0) v.value = (v.numerator * (measure.per ?? 1)) / v.denominator;
  }
  return out;
}
