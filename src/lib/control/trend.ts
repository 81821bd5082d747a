// The violation-count timeline of #/control: every period for which a count exists, quarterly
// from filed reports and annual from published national figures, each a separate point. Says how
// few periods have data: the chart the officials' own reports fill. Reports the reader loaded
// (#/control, "Your reports") are a third scope, 'own': never mixed with published figures.
import { comparePeriods, parsePeriod } from './period.ts';
import type { ControlLocale, ControlReference } from './reference.ts';
import type { ReportCellRow } from './report-view.ts';
import type { TrendReport } from './own/summary.ts';
import { trendTable } from './own/trends.ts';

export interface PublishedFigure {
  figure_id: string;
  year: number;
  measure: string;
  value: number;
  qualifier: string;
  part_of: string | null;
}

export interface TrendPoint {
  /** "2016" for a year, "2021-Q3" for a quarter. */
  period: string;
  kind: 'year' | 'quarter';
  /**
   * national: published national total; reports: sum over the filed reports of that quarter;
   * own: sum over the reports the reader loaded in this browser (not published data).
   */
  scope: 'national' | 'reports' | 'own';
  /** null when every report left the row blank (or no report has it). */
  value: number | null;
  qualifier: string;
  /** Reports of that quarter with the row, and how many of them left it blank. */
  reports: number;
  blank: number;
  figureId: string;
  /** own: the form versions summed (one point a composition of violations.total). */
  forms?: string[];
}

export interface Coverage {
  firstYear: number;
  lastYear: number;
  years: number;
  yearsWithData: number;
  quarters: number;
  quartersWithReports: number;
  quartersWithCounts: number;
}

export const VIOLATIONS_CODE = 'violations.total';

export function violationTrend(cells: readonly ReportCellRow[], figures: readonly PublishedFigure[]): { points: TrendPoint[]; coverage: Coverage } {
  const points: TrendPoint[] = [];
  for (const f of figures) {
    if (f.measure !== VIOLATIONS_CODE || f.part_of) continue;
    points.push({ period: String(f.year), kind: 'year', scope: 'national', value: f.value, qualifier: f.qualifier, reports: 0, blank: 0, figureId: f.figure_id });
  }
  const quarters = new Map<string, TrendPoint>();
  for (const c of cells) {
    if (c.code !== VIOLATIONS_CODE || (c.applicant ?? '') !== '' || (c.service ?? '') !== '' || parsePeriod(c.period)?.kind !== 'quarter') continue;
    const p = quarters.get(c.period) ?? { period: c.period, kind: 'quarter' as const, scope: 'reports' as const, value: null, qualifier: 'exact', reports: 0, blank: 0, figureId: '' };
    p.reports++;
    if (c.status === 'blank') p.blank++;
    else p.value = (p.value ?? 0) + (c.value !== null && /^\d+$/.test(c.value) ? Number(c.value) : 0);
    quarters.set(c.period, p);
  }
  points.push(...quarters.values());
  points.sort((a, b) => comparePeriods(a.period, b.period));
  const years = points.map((p) => Number(p.period.slice(0, 4)));
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const span = Number.isFinite(firstYear) ? lastYear - firstYear + 1 : 0;
  const q = [...quarters.values()];
  return {
    points,
    coverage: {
      firstYear,
      lastYear,
      years: span,
      yearsWithData: new Set(points.filter((p) => p.kind === 'year').map((p) => p.period)).size,
      quarters: span * 4,
      quartersWithReports: q.length,
      quartersWithCounts: q.filter((p) => p.value !== null).length,
    },
  };
}


export interface OwnCoverage {
  /** Loaded reports counted. */
  reports: number;
  first: string;
  last: string;
  /** Quarters from first to last, those with a loaded report, those with a number. */
  quarters: number;
  quartersWithReports: number;
  quartersWithCounts: number;
  /** Complete years (all four quarters with a number), shown as year points. */
  years: number;
}

/**
 * The reader's loaded reports as points of the violation chart: violations.total summed per quarter
 * over the counted reports (trendTable: a report that left it blank is a gap, never a zero; form
 * versions whose total is made of different parts are separate points), and per year where all
 * four quarters have a number. Quarters without any report give no point.
 */
export function ownViolationPoints(reports: readonly TrendReport[], reference: ControlReference, locale: ControlLocale): { points: TrendPoint[]; coverage: OwnCoverage | null } {
  if (reports.length === 0) return { points: [], coverage: null };
  const points: TrendPoint[] = [];
  const byQuarter = trendTable(reports, reference, 'violations', 'quarter', locale);
  const byYear = trendTable(reports, reference, 'violations', 'year', locale);
  const own = (period: string, kind: 'year' | 'quarter', value: number | null, reports: number, withValue: number, forms: string[]): TrendPoint => ({ period, kind, scope: 'own', value, qualifier: 'exact', reports, blank: reports - withValue, figureId: '', forms });
  const counted = new Set<string>();
  byQuarter.series.forEach((s, si) => {
    if (s.code !== VIOLATIONS_CODE) return;
    byQuarter.cells[si]?.forEach((c, pi) => {
      if (c.reports === 0) return;
      const period = byQuarter.periods[pi] as string;
      points.push(own(period, 'quarter', c.value, c.reports, c.withValue, s.forms));
      if (c.value !== null) counted.add(period);
    });
  });
  byYear.series.forEach((s, si) => {
    if (s.code !== VIOLATIONS_CODE) return;
    byYear.cells[si]?.forEach((c, pi) => {
      if (c.quarters === 4 && byYear.completeness[pi]?.whole) points.push(own(byYear.periods[pi] as string, 'year', c.value, c.reports, c.withValue, s.forms));
    });
  });
  points.sort((a, b) => comparePeriods(a.period, b.period));
  return {
    points,
    coverage: {
      reports: reports.length,
      first: byQuarter.periods[0] ?? '',
      last: byQuarter.periods[byQuarter.periods.length - 1] ?? '',
      quarters: byQuarter.periods.length,
      quartersWithReports: byQuarter.coverage.filter((c) => c > 0).length,
      quartersWithCounts: counted.size,
      years: points.filter((p) => p.kind === 'year').length,
    },
  };
}
