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

function inPeriod(quarter: string, period: ControlPeriod): boolean {
  if (period.kind === 'quarter') return quarter === period.quarter;
  const p = parsePeriod(quarter);
  return p?.kind === 'quarter' && p.year === period.year;
}

/** Each region's (or reporter's) value of one measure in one period, keyed by region id (or reporter);
 *  regions without reports are absent. */
export function regionalValues(reports: readonly TrendReport[], measure: ControlMeasure, period: ControlPeriod, by: 'region' | 'reporter' = 'region'): Map<string, RegionalValue> {
  const out = new Map<string, RegionalValue>();
  const quartersOf = new Map<string, Map<string, Set<string>>>();
  for (const r of reports) {
    if (!inPeriod(r.quarter, period)) continue;
    const n = r.get(measure.numerator);
    const d = measure.denominator === undefined ? 0 : r.get(measure.denominator);
    // A report whose form has no such row is not counted (a gap is a row left blank, not a row absent).
    if (n === undefined || d === undefined) continue;
    const id = by === 'region' ? r.region_id : r.reporter;
    let v = out.get(id);
    if (!v) {
      v = { id, numerator: null, denominator: null, value: null, reports: 0, reporters: 0, gaps: 0, quarters: 0, partial: false };
      out.set(id, v);
      quartersOf.set(id, new Map());
    }
    v.reports++;
    const byReporter = quartersOf.get(id) as Map<string, Set<string>>;
    const key = `${r.form}\u001f${r.reporter}`;
    byReporter.set(key, (byReporter.get(key) ?? new Set()).add(r.quarter));
    if (n === null || d === null) {
      v.gaps++;
      continue;
    }
    v.numerator = (v.numerator ?? 0) + n;
    if (measure.denominator !== undefined) v.denominator = (v.denominator ?? 0) + d;
  }
  for (const v of out.values()) {
    const byReporter = quartersOf.get(v.id) as Map<string, Set<string>>;
    v.reporters = byReporter.size;
    v.quarters = Math.min(...[...byReporter.values()].map((s) => s.size));
    v.partial = period.kind === 'year' && v.quarters < 4;
    if (v.partial || v.numerator === null) continue;
    if (measure.denominator === undefined) v.value = v.numerator;
    else if (v.denominator !== null && v.denominator > 0) v.value = (v.numerator * (measure.per ?? 1)) / v.denominator;
  }
  return out;
}
