// The violation-count timeline of #/control: every period for which a count exists, quarterly
// from filed reports and annual from published national figures, each a separate point. Says how
// few periods have data: the chart the officials' own reports will fill.
import { parsePeriod } from './period.ts';
import type { ReportCellRow } from './report-view.ts';

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
  /** national: published national total; reports: sum over the filed reports of that quarter. */
  scope: 'national' | 'reports';
  /** null when every report left the row blank (or no report has it). */
  value: number | null;
  qualifier: string;
  /** Reports of that quarter with the row, and how many of them left it blank. */
  reports: number;
  blank: number;
  figureId: string;
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
  const order = (p: TrendPoint) => {
    const q = parsePeriod(p.period);
    return q?.kind === 'quarter' ? q.year * 10 + q.quarter : Number(p.period) * 10 + 4.5;
  };
  points.sort((a, b) => order(a) - order(b));
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
