// A region page's section on the control reports loaded in this browser: the region's reports by
// quarter (reports, reporters, violations, services delivered, late services per 1,000, each
// summed as the map sums them: regional.ts) and the findings of the loaded files about it.
import { comparePeriods } from '../period.ts';
import type { RegionFindings } from './load.ts';
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

/** What a loaded file says of its findings per region (load.ts byRegion: all of them, each report has one region). */
export interface FileFindings {
  byRegion: Readonly<Record<string, RegionFindings>>;
}

/** Errors and warnings about the region in the loaded files. */
export function regionFindings(files: readonly FileFindings[], region: string): RegionFindings {
  let errors = 0;
  let warnings = 0;
  for (const f of files) {
    const mine = f.byRegion[region];
    if (!mine) continue;
    errors += mine.errors;
    warnings += mine.warnings;
  }
  return { errors, warnings };
}
