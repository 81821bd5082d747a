// Trends across every loaded report: by quarter or by year, per row code, with how many reports
// each period holds. A period with no value is a gap (null), never a zero. Values of form versions
// whose row is made of different parts (delivered.total of s000 has State Corporation and e-gov
// channels, that of 1-мк does not) are never summed: each composition is its own series, named by
// its forms. Rates with a denominator (late per 1,000 delivered, complaints per 10,000) are derived
// from reports that give both figures, and labelled so.
import { compareText } from '../../i18n/collate.ts';
import { periodLabel, quarterAt, quarterIndex, type PeriodWords } from '../period.ts';
import type { ControlLocale, ControlReference } from '../reference.ts';
import type { TrendReport } from './summary.ts';

export const TOPICS = ['violations', 'delivered', 'late', 'refusals', 'complaints', 'disciplined', 'rates'] as const;
export type Topic = (typeof TOPICS)[number];
export const GRAINS = ['quarter', 'year'] as const;
export type Grain = (typeof GRAINS)[number];

/** The totals each topic follows; their parts (violation types, channels) come from the reference. */
const TOPIC_TOTALS: Record<Exclude<Topic, 'rates'>, { totals: string[]; withParts: boolean }> = {
  violations: { totals: ['violations.total'], withParts: true },
  delivered: { totals: ['delivered.total', 'e.delivered.total', 'sc.delivered'], withParts: true },
  late: { totals: ['late.total', 'sc.late.total', 'e.late.total'], withParts: false },
  refusals: { totals: ['refusals.total', 'sc.refusals.total', 'e.refusals.total'], withParts: false },
  complaints: { totals: ['complaints.total'], withParts: false },
  disciplined: { totals: ['disciplined.total'], withParts: false },
};

export const RATES = [
  { id: 'late_per_1000', numerator: 'late.total', denominator: 'delivered.total', per: 1000 },
  { id: 'complaints_per_10000', numerator: 'complaints.total', denominator: 'delivered.total', per: 10000 },
] as const;

export interface TrendFilter {
  forms: string[];
  reporters: string[];
  regions: string[];
}

export interface TrendSeries {
  id: string;
  code: string;
  /** Form versions summed in this series. */
  forms: string[];
  label: string;
  /** True for a rate computed here (not a reported figure). */
  derived: boolean;
  /** A part of a topic's total (a violation kind, a channel): drawn as a small multiple, apart from the total. */
  part: boolean;
  per?: number;
}

export interface TrendCell {
  value: number | null;
  /** Reports of the period that give the row (with a value or blank). */
  reports: number;
  /** …of which with a value. */
  withValue: number;
  /** Year grain: quarters with a value (of 4). */
  quarters?: number;
  /** Change from the same quarter (or the year) before, as a fraction; null when not comparable. */
  change: number | null;
}

/**
 * How whole a year is for the reporters counted in it. A year's sum is comparable with another
 * year's only when every reporter gave all four quarters; otherwise it is drawn as a partial mark
 * (never joined by a line) and labelled with its quarters.
 */
export interface YearCompleteness {
  /** Quarters of the year with a report from any reporter counted (0–4). */
  quarters: number;
  /** Reporters (reporter and region) with a report in the year… */
  reporters: number;
  /** …and of them, those with a report for each of the four quarters. */
  wholeReporters: number;
  whole: boolean;
}

export interface TrendTable {
  grain: Grain;
  periods: string[];
  /** Year grain: how whole each year is (aligned with periods); quarter grain: empty. */
  completeness: YearCompleteness[];
  series: TrendSeries[];
  /** cells[series][period] */
  cells: TrendCell[][];
  /** Reports loaded for each period (after filters): the coverage. */
  coverage: number[];
}


export function filterReports<R extends TrendReport>(reports: readonly R[], f: TrendFilter): R[] {
  return reports.filter((r) => (f.forms.length === 0 || f.forms.includes(r.form)) && (f.reporters.length === 0 || f.reporters.includes(r.reporter)) && (f.regions.length === 0 || f.regions.includes(r.region_id)));
}

/** The codes of a topic, totals first and then their parts, in reference order. */
function topicCodes(topic: Exclude<Topic, 'rates'>, reference: ControlReference): string[] {
  const { totals, withParts } = TOPIC_TOTALS[topic];
  const codes: string[] = [];
  for (const total of totals) {
    codes.push(total);
    if (!withParts) continue;
    for (const form of reference.values()) for (const part of form.rows.get(total)?.parts ?? []) if (!codes.includes(part)) codes.push(part);
  }
  return codes;
}

/** What a code is made of in a form: its parts; the same signature means the values can be added. */
function signature(reference: ControlReference, form: string, code: string): string {
  return (reference.get(form)?.rows.get(code)?.parts ?? []).join('+');
}

/** A series' running sum in one quarter. */
interface Sum {
  num: number;
  den: number;
  reports: number;
  withValue: number;
  any: boolean;
}

/** One report's row counted in a series' quarter: the form noted in the series, the report counted; the cell for its value. */
function tally(series: TrendSeries[], sums: Sum[][], s: number, qi: number, form: string): Sum {
  const forms = (series[s] as TrendSeries).forms;
  if (!forms.includes(form)) forms.push(form);
  const cell = (sums[s] as Sum[])[qi] as Sum;
  cell.reports++;
  return cell;
}

export function trendTable(reports: readonly TrendReport[], reference: ControlReference, topic: Topic, grain: Grain, locale: ControlLocale): TrendTable {
  return toEnd(trendSteps(reports, reference, topic, grain, locale));
}

/** A job in steps (a generator that pauses between them) run to its end at once: its result. */
export function toEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * trendTable in steps: it pauses (yields) after each `step` reports read, so that a page can
 * give the browser a turn between steps; its return value is the table. Counting 12,000 reports
 * on a page just opened (its code not yet optimised) took 67 ms in one task.
 */
export function* trendSteps(reports: readonly TrendReport[], reference: ControlReference, topic: Topic, grain: Grain, locale: ControlLocale, step = Infinity): Generator<void, TrendTable, void> {
  let read = 0;
  // Thousands of reports share a few dozen quarters: each is parsed once.
  const indexOf = new Map<string, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const r of reports) {
    if (++read % step === 0) yield;
    let i = indexOf.get(r.quarter);
    if (i === undefined) {
      i = quarterIndex(r.quarter);
      indexOf.set(r.quarter, i);
    }
    if (!Number.isFinite(i)) continue;
    if (i < first) first = i;
    if (i > last) last = i;
  }
  if (!Number.isFinite(first)) return { grain, periods: [], completeness: [], series: [], cells: [], coverage: [] };
  const quarters: string[] = [];
  for (let i = first; i <= last; i++) quarters.push(quarterAt(i));
  const qPos = new Map(quarters.map((q, i) => [q, i]));
  const coverageQ = quarters.map(() => 0);
  for (const r of reports) {
    const i = qPos.get(r.quarter);
    if (i !== undefined) coverageQ[i] = (coverageQ[i] ?? 0) + 1;
  }

  // Series: (code, composition). For rates, (rate, composition of the denominator).
  const series: TrendSeries[] = [];
  const sums: Sum[][] = [];
  const seriesOf = new Map<string, number>();
  const labelOf = (form: string, code: string) => reference.get(form)?.rows.get(code)?.labels[locale] ?? code;
  const add = (key: string, make: () => TrendSeries): number => {
    let i = seriesOf.get(key);
    if (i === undefined) {
      i = series.length;
      seriesOf.set(key, i);
      series.push(make());
      sums.push(quarters.map(() => ({ num: 0, den: 0, reports: 0, withValue: 0, any: false })));
    }
    return i;
  };
  const codes = topic === 'rates' ? [] : topicCodes(topic, reference);
  // The series of (form, code), worked out once per form: thousands of reports share a few forms.
  const seriesByForm = new Map<string, Array<number>>();
  const seriesFor = (form: string): number[] => {
    let list = seriesByForm.get(form);
    if (list) return list;
    list =
      topic === 'rates'
        ? RATES.map((rate) => {
            const sig = signature(reference, form, rate.denominator);
            return add(`${rate.id}|${sig}`, () => ({ id: `${rate.id}|${sig}`, code: rate.id, forms: [], label: rate.id, derived: true, part: false, per: rate.per }));
          })
        : codes.map((code) => {
            const sig = signature(reference, form, code);
            return add(`${code}|${sig}`, () => ({ id: `${code}|${sig}`, code, forms: [], label: labelOf(form, code), derived: false, part: !TOPIC_TOTALS[topic as Exclude<Topic, 'rates'>].totals.includes(code) }));
          });
    seriesByForm.set(form, list);
    return list;
  };
  // Plain loops, no callback made per report: this runs over every counted report (thousands)
  // at each recount, and Chromium compiles each new closure again.
  for (const r of reports) {
    if (++read % step === 0) yield;
    const qi = qPos.get(r.quarter) as number;
    const ids = seriesFor(r.form);
    if (topic === 'rates') {
      for (let k = 0; k < RATES.length; k++) {
        const rate = RATES[k] as (typeof RATES)[number];
        const n = r.get(rate.numerator);
        const d = r.get(rate.denominator);
        if (n === undefined || d === undefined) continue;
        const cell = tally(series, sums, ids[k] as number, qi, r.form);
        if (n === null || d === null) continue;
        cell.withValue++;
        cell.num += n;
        cell.den += d;
        cell.any = true;
      }
      continue;
    }
    for (let k = 0; k < codes.length; k++) {
      const v = r.get(codes[k] as string);
      if (v === undefined) continue;
      const cell = tally(series, sums, ids[k] as number, qi, r.form);
      if (v === null) continue;
      cell.withValue++;
      cell.num += v;
      cell.any = true;
    }
  }
  // Series no report gave (a form without that row) are dropped.
  const used = series.map((_, i) => sums[i]?.some((c) => c.reports > 0) ?? false);
  for (let i = series.length - 1; i >= 0; i--) {
    if (used[i]) continue;
    series.splice(i, 1);
    sums.splice(i, 1);
  }
  for (const s of series) s.forms.sort(compareText);

  const value = (c: { num: number; den: number; any: boolean }, per: number | undefined) => {
    if (!c.any) return null;
    if (per === undefined) return c.num;
    return c.den > 0 ? (c.num / c.den) * per : null;
  };
  const change = (now: number | null, before: number | null | undefined) => (now === null || before === null || before === undefined || before === 0 ? null : (now - before) / before);

  if (grain === 'quarter') {
    const cells = series.map((s, si) => {
      const row = (sums[si] as Sum[]).map((c) => ({ value: value(c, s.per), reports: c.reports, withValue: c.withValue, change: null as number | null }));
      row.forEach((c, i) => (c.change = i >= 4 ? change(c.value, row[i - 4]?.value) : null));
      return row;
    });
    return { grain, periods: quarters, completeness: [], series, cells, coverage: coverageQ };
  }
  const years: number[] = [];
  for (let y = Math.floor(first / 4); y <= Math.floor(last / 4); y++) years.push(y);
  const completeness = yearCompleteness(reports, years);
  const whole = (i: number) => completeness[i]?.whole === true;
  const cells = series.map((s, si) => {
    const row = years.map((y) => {
      const acc = { num: 0, den: 0, any: false, reports: 0, withValue: 0, quarters: 0 };
      quarters.forEach((q, i) => {
        if (!q.startsWith(`${y}-`)) return;
        const c = (sums[si] as Sum[])[i] as Sum;
        acc.reports += c.reports;
        acc.withValue += c.withValue;
        if (!c.any) return;
        acc.any = true;
        acc.quarters++;
        acc.num += c.num;
        acc.den += c.den;
      });
      return { value: value(acc, s.per), reports: acc.reports, withValue: acc.withValue, quarters: acc.quarters, change: null as number | null };
    });
    // Year over year only between whole years (every reporter's four quarters, each with a value).
    row.forEach((c, i) => (c.change = i > 0 && c.quarters === 4 && row[i - 1]?.quarters === 4 && whole(i) && whole(i - 1) ? change(c.value, row[i - 1]?.value) : null));
    return row;
  });
  const coverage = years.map((y) => quarters.reduce((s, q, i) => s + (q.startsWith(`${y}-`) ? (coverageQ[i] as number) : 0), 0));
  return { grain, periods: years.map(String), completeness, series, cells, coverage };
}

/** Per year: the quarters reported, and whether every reporter counted in it gave all four. */
export function yearCompleteness(reports: readonly Pick<TrendReport, 'reporter' | 'region_id' | 'quarter'>[], years: readonly number[]): YearCompleteness[] {
  const quartersOf = new Map<number, Map<string, Set<number>>>();
  const any = new Map<number, Set<number>>();
  for (const r of reports) {
    const i = quarterIndex(r.quarter);
    if (!Number.isFinite(i)) continue;
    const year = Math.floor(i / 4);
    const q = i % 4;
    const byReporter = quartersOf.get(year) ?? new Map<string, Set<number>>();
    quartersOf.set(year, byReporter);
    const who = `${r.reporter}\u001f${r.region_id}`;
    const set = byReporter.get(who) ?? new Set<number>();
    byReporter.set(who, set);
    set.add(q);
    const all = any.get(year) ?? new Set<number>();
    any.set(year, all);
    all.add(q);
  }
  return years.map((y) => {
    const byReporter = [...(quartersOf.get(y)?.values() ?? [])];
    const wholeReporters = byReporter.filter((s) => s.size === 4).length;
    return { quarters: any.get(y)?.size ?? 0, reporters: byReporter.length, wholeReporters, whole: byReporter.length > 0 && wholeReporters === byReporter.length };
  });
}

/** The words a year's partial mark is said in (the own dictionary). */
export interface PartialYearWords {
  partialYear(p: { year: string; quarters: string }): string;
  partialReporters(p: { year: string; whole: string; reporters: string }): string;
}

/**
 * A trend period as shown on screen and in images: a quarter in words ("Q3 2021"), a whole year
 * as itself, a partial year with what it holds ("2024 (2 of 4 quarters)"; "2024 (4 quarters from
 * 1 of 2 reporters)" when the quarters are there but not from every reporter).
 */
export function trendPeriodLabel(table: Pick<TrendTable, 'grain' | 'periods' | 'completeness'>, index: number, words: PartialYearWords & PeriodWords, format: (n: number) => string = String): string {
  const period = table.periods[index] ?? '';
  if (table.grain === 'quarter') return periodLabel(period, words);
  const c = table.completeness[index];
  if (!c || c.whole) return period;
  if (c.quarters < 4) return words.partialYear({ year: period, quarters: format(c.quarters) });
  return words.partialReporters({ year: period, whole: format(c.wholeReporters), reporters: format(c.reporters) });
}

/** The distinct forms, reporters and regions of the reports, for the filters. */
export function filterOptions(reports: readonly TrendReport[]): { forms: string[]; reporters: string[]; regions: string[] } {
  // In reading order (locale collation): reporters are people's and offices' names, in Cyrillic too.
  const pick = (f: (r: TrendReport) => string) => [...new Set(reports.map(f))].filter((s) => s !== '').sort(compareText);
  return { forms: pick((r) => r.form), reporters: pick((r) => r.reporter), regions: pick((r) => r.region_id) };
}
