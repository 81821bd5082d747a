// Report periods: a month "YYYY-MM" or a quarter "YYYY-Qn", and the months of a quarter.

export type Period = { kind: 'month'; year: number; month: number } | { kind: 'quarter'; year: number; quarter: number };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

export function parsePeriod(raw: string): Period | undefined {
  let m = MONTH.exec(raw);
  if (m) return { kind: 'month', year: Number(m[1]), month: Number(m[2]) };
  m = QUARTER.exec(raw);
  if (m) return { kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]) };
  return undefined;
}

/** The three months of a quarter, as "YYYY-MM". */
export function monthsOfQuarter(year: number, quarter: number): [string, string, string] {
  const m = (k: number) => `${year}-${String((quarter - 1) * 3 + k).padStart(2, '0')}`;
  return [m(1), m(2), m(3)];
}

/** The quarter a month belongs to, as "YYYY-Qn". */
export function quarterOfMonth(year: number, month: number): string {
  return `${year}-Q${Math.ceil(month / 3)}`;
}

/**
 * The one period order of the control pages, across kinds: a year's months, each quarter after
 * its three months, and the whole year ("2021") after its fourth quarter.
 * "2021-07" < "2021-08" < "2021-09" < "2021-Q3" < "2021-10" … < "2021-Q4" < "2021" < "2022-01".
 * A string that is no period sorts first.
 */
export function periodRank(period: string): number {
  const p = parsePeriod(period);
  if (p) return p.year * 100 + (p.kind === 'month' ? p.month * 2 : p.quarter * 6 + 1);
  return /^\d{4}$/.test(period) ? Number(period) * 100 + 26 : -Infinity;
}

/** Sort comparator in the order of periodRank (ties keep their order). */
export function comparePeriods(a: string, b: string): number {
  const ra = periodRank(a);
  const rb = periodRank(b);
  return ra === rb ? 0 : ra < rb ? -1 : 1;
}

/** Quarters counted on one line: "2021-Q3" → 2021 * 4 + 2 (NaN for anything else). */
export function quarterIndex(period: string): number {
  const p = parsePeriod(period);
  return p && p.kind === 'quarter' ? p.year * 4 + p.quarter - 1 : NaN;
}

/** The quarter code of a quarterIndex: 8086 → "2021-Q3". */
export function quarterAt(index: number): string {
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The words a period is said in (the control dictionary's quarter, month and month names). */
export interface PeriodWords {
  quarter(p: { quarter: string; year: string }): string;
  month(p: { month: string; year: string }): string;
  months: { [K in `m${number}`]?: () => string };
}

/**
 * A period in words in the reader's language ("2021-Q3" → "Q3 2021", "3 кв. 2021",
 * "2021 ж. 3-тоқсан"; "2021-07" → "July 2021"); a year stays as it is. Codes are for the
 * interchange files only: on screen and in images a period is always said in words.
 */
export function periodLabel(period: string, words: PeriodWords): string {
  const p = parsePeriod(period);
  if (!p) return period;
  if (p.kind === 'quarter') return words.quarter({ quarter: String(p.quarter), year: String(p.year) });
  return words.month({ month: words.months[`m${p.month}`]?.() ?? String(p.month), year: String(p.year) });
}

/** A span of periods in words, "Q1 2024 – Q2 2024", or one period when first and last are the same. */
export function periodSpan(first: string, last: string, words: PeriodWords): string {
  if (first === '' && last === '') return '';
  return first === last || last === '' ? periodLabel(first, words) : `${periodLabel(first, words)} – ${periodLabel(last, words)}`;
}

/** Each period string's quarter (undefined for no period), worked out once: the list of loaded files asks for hundreds of files' periods, most of them the same few dozen. */
const quarterOfPeriod = new Map<string, string | undefined>();

/** The quarters a set of periods covers, in order: a month counts as its quarter ("2024-01" → "2024-Q1"). */
export function fileQuarters(periods: readonly string[]): string[] {
  const quarters = new Set<string>();
  for (const raw of periods) {
    let q = quarterOfPeriod.get(raw);
    if (q === undefined && !quarterOfPeriod.has(raw)) {
      const p = parsePeriod(raw);
      q = p ? (p.kind === 'quarter' ? raw : quarterOfMonth(p.year, p.month)) : undefined;
      if (quarterOfPeriod.size < 10_000) quarterOfPeriod.set(raw, q);
    }
    if (q !== undefined) quarters.add(q);
  }
  // "YYYY-Qn" with a four-digit year: the order of the text is the order in time (comparePeriods' order).
  return [...quarters].sort();
}
