// The map's "Loaded control reports" dataset: the reports counted in this browser, by region, for
// one measure (lib/control/own/regional.ts) in one period (a quarter "2022-Q3" or a year "2022").
// The map draws the regions in force in the period: a quarter's on its first day (a region created
// during a quarter reports from the next, as the example set does), a year's on its last. Every
// region drawn has a row; one without a report has no value ("no data", never 0); a region some
// report names but not drawn in the period (a region_id the code list dates otherwise) keeps a row
// of its own, so nothing counted goes missing from the table. Pure: no DOM.
import { comparePeriods, parsePeriod } from '../control/period.ts';
import { quarterStart } from '../control/own/example-set.ts';
import { regionalValues, type ControlMeasure, type ControlPeriod, type RegionalValue } from '../control/own/regional.ts';
import type { TrendReport } from '../control/own/summary.ts';
import { includesExample } from '../control/own/example-flag.ts';
import { regionsOn, surveyDay, type IsoDay } from '../regions/periods.ts';

/** The dataset's code in the map's URL (`dataset=own_reports`), beside the survey scopes and services. */
export const CONTROL_DATASET = 'own_reports';

/** A period of the URL: "2022-Q3" or "2022". */
export function parseControlPeriod(raw: string): ControlPeriod | undefined {
  const p = parsePeriod(raw);
  if (p?.kind === 'quarter') return { kind: 'quarter', quarter: raw };
  return /^\d{4}$/.test(raw) ? { kind: 'year', year: Number(raw) } : undefined;
}

export const controlPeriodCode = (p: ControlPeriod): string => (p.kind === 'quarter' ? p.quarter : String(p.year));

/** The day whose regions the map draws: a quarter's first day, a year's last ("2022-Q2" → 2022-04-01: 17 regions; "2022" → 2022-12-31: 20). */
export function controlDay(p: ControlPeriod): IsoDay {
  return p.kind === 'quarter' ? quarterStart(p.quarter) : surveyDay(p.year);
}

export interface ControlPeriodOption {
  code: string;
  /** A year: whether every reporter counted in it has its four quarters (otherwise the map shows no value where one lacks some). */
  complete: boolean;
}

/** The periods of the reports, quarters then years, each in order; a year says whether it is complete. */
export function controlPeriods(reports: readonly TrendReport[]): { quarters: string[]; years: ControlPeriodOption[] } {
  const quarters = [...new Set(reports.map((r) => r.quarter))].filter((q) => parsePeriod(q)?.kind === 'quarter').sort(comparePeriods);
  const byYear = new Map<number, Map<string, Set<string>>>();
  for (const r of reports) {
    const p = parsePeriod(r.quarter);
    if (p?.kind !== 'quarter') continue;
    let who = byYear.get(p.year);
    if (!who) byYear.set(p.year, (who = new Map()));
    const key = `${r.form}\u001f${r.reporter}\u001f${r.region_id}`;
    who.set(key, (who.get(key) ?? new Set()).add(r.quarter));
  }
  const years = [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, who]) => ({ code: String(year), complete: [...who.values()].every((s) => s.size === 4) }));
  return { quarters, years };
}

/**
 * The reports by quarter and by year, made once per set of reports, so that a change of period
 * reads that period's reports only instead of walking all of them (a national archive holds tens
 * of thousands). Keys: "2022-Q3" and "2022"; reports whose quarter is not a quarter are left out,
 * as `regionalValues` leaves them out.
 */
export function reportsByPeriod<R extends TrendReport>(reports: readonly R[]): Map<string, R[]> {
  const out = new Map<string, R[]>();
  const add = (key: string, r: R) => {
    const list = out.get(key);
    if (list) list.push(r);
    else out.set(key, [r]);
  };
  const yearOf = new Map<string, number | null>();
  for (const r of reports) {
    const q = r.quarter;
    let year = yearOf.get(q);
    if (year === undefined) {
      const p = parsePeriod(q);
      year = p?.kind === 'quarter' ? p.year : null;
      yearOf.set(q, year);
    }
    if (year === null) continue;
    add(q, r);
    add(String(year), r);
  }
  return out;
}

/** The reports one view counts: those of the period (from `reportsByPeriod`) and of the form ('' every form). */
export function reportsIn<R extends TrendReport>(byPeriod: ReadonlyMap<string, readonly R[]>, period: ControlPeriod, form: string): R[] {
  const all = byPeriod.get(controlPeriodCode(period)) ?? [];
  return form === '' ? [...all] : all.filter((r) => r.form === form);
}

export interface ControlMapRow extends RegionalValue {
  /** False for a region some report names that is not in force in the period (listed, not drawn). */
  drawn: boolean;
}

export interface RegionPeriodRow {
  region_id: string;
  valid_from: string | null;
  valid_to: string | null;
}

/**
 * One row per region in force in the period (no report: value null, reports 0) and one per other
 * region the period's reports name. `form` '' counts every form.
 */
export function controlMapRows(reports: readonly TrendReport[], measure: ControlMeasure, period: ControlPeriod, form: string, regions: readonly RegionPeriodRow[]): ControlMapRow[] {
  const chosen = form === '' ? reports : reports.filter((r) => r.form === form);
  const values = regionalValues(chosen, measure, period);
  const drawn = regionsOn(regions, controlDay(period)).map((r) => r.region_id);
  const empty = (id: string): RegionalValue => ({ id, numerator: null, denominator: null, value: null, reports: 0, reporters: 0, gaps: 0, quarters: 0, partial: false });
  const rows: ControlMapRow[] = drawn.map((id) => ({ ...(values.get(id) ?? empty(id)), drawn: true }));
  for (const [id, v] of values) if (!drawn.includes(id)) rows.push({ ...v, drawn: false });
  return rows;
}

/**
 * The map's figures of one set of reports, each (period, form)'s reports and each (measure,
 * period, form)'s rows worked out once: going back to a period costs nothing, and a view can work
 * out the periods next to the one shown while the reader looks at it, so that the next arrow key
 * on the period list finds them ready. The arrays returned are shared: never change them.
 */
export class ControlMapFigures {
  private readonly byPeriod: Map<string, TrendReport[]>;
  private readonly counted = new Map<string, TrendReport[]>();
  private readonly examples = new Map<string, boolean>();
  private readonly rowsOf = new Map<string, ControlMapRow[]>();

  constructor(
    reports: readonly TrendReport[],
    private readonly regions: readonly RegionPeriodRow[],
  ) {
    this.byPeriod = reportsByPeriod(reports);
  }

  /** The reports of the period and form ('' every form). */
  reports(period: ControlPeriod, form: string): readonly TrendReport[] {
    const key = `${controlPeriodCode(period)}\u001f${form}`;
    let got = this.counted.get(key);
    if (!got) this.counted.set(key, (got = reportsIn(this.byPeriod, period, form)));
    return got;
  }

  /** Whether any of those reports is made up (the example set). */
  example(period: ControlPeriod, form: string): boolean {
    const key = `${controlPeriodCode(period)}\u001f${form}`;
    let got = this.examples.get(key);
    if (got === undefined) this.examples.set(key, (got = includesExample(this.reports(period, form))));
    return got;
  }

  /** controlMapRows of those reports. */
  rows(measure: ControlMeasure, period: ControlPeriod, form: string): ControlMapRow[] {
    const key = [measure.id, measure.numerator, measure.denominator ?? '', measure.per ?? '', controlPeriodCode(period), form].join('\u001f');
    let got = this.rowsOf.get(key);
    if (!got) this.rowsOf.set(key, (got = controlMapRows(this.reports(period, form), measure, period, form, this.regions)));
    return got;
  }

  /** Whether rows() has them already. */
  has(measure: ControlMeasure, period: ControlPeriod, form: string): boolean {
    return this.rowsOf.has([measure.id, measure.numerator, measure.denominator ?? '', measure.per ?? '', controlPeriodCode(period), form].join('\u001f'));
  }
}
