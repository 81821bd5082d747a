// A region page's section on the control reports loaded in this browser: the region's reports by
// quarter (reports, reporters, violations, services delivered, late services per 1,000, each
// summed as the map sums them: regional.ts) and the findings of the loaded files about it.
import { comparePeriods } from '../period.ts';
import type { Finding } from '../validate.ts';
import { controlMeasures, regionalValues, type ControlMeasure } from './regional.ts';
import type { TrendReport } from './summary.ts';

export interface RegionQuarter {
  quarter: string;
  reports: number;
  reporters: number;
  violations: number | null;
  delivered: number | null;
  late_per_1000: number | null;
}

const VIOLATIONS: ControlMeasure = { id: 'violations.total', numerator: 'violations.total' };
const DELIVERED: ControlMeasure = { id: 'delivered.total', numerator: 'delivered.total' };
const LATE = controlMeasures(new Map()).find((m) => m.id === 'late_per_1000') as ControlMeasure;

/** The region's loaded reports by quarter, oldest first; empty when it has none. */
export function regionTrend(reports: readonly TrendReport[], region: string): RegionQuarter[] {
  const mine = reports.filter((r) => r.region_id === region);
  const quarters = [...new Set(mine.map((r) => r.quarter))].sort(comparePeriods);
  return quarters.map((quarter) => {
    const period = { kind: 'quarter' as const, quarter };
    const of = (m: ControlMeasure) => regionalValues(mine, m, period).get(region)?.value ?? null;
    const inQuarter = mine.filter((r) => r.quarter === quarter);
    return {
      quarter,
      reports: inQuarter.length,
      reporters: new Set(inQuarter.map((r) => r.reporter)).size,
      violations: of(VIOLATIONS),
      delivered: of(DELIVERED),
      late_per_1000: of(LATE),
    };
  });
}

export interface FileFindings {
  regions: readonly string[];
  errors: number;
  warnings: number;
  /** The findings kept (capped at load.ts's MAX_FINDINGS). */
  findings: readonly Pick<Finding, 'region_id' | 'severity'>[];
}

/** Errors and warnings about the region in the loaded files: all of a file's when the file is the region's
 *  alone, else those of its kept findings that name the region. */
export function regionFindings(files: readonly FileFindings[], region: string): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of files) {
    if (!f.regions.includes(region)) continue;
    if (f.regions.length === 1) {
      errors += f.errors;
      warnings += f.warnings;
      continue;
    }
    for (const x of f.findings) {
      if (x.region_id !== region) continue;
      if (x.severity === 'error') errors++;
      else warnings++;
    }
  }
  return { errors, warnings };
}
