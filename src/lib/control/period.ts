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
