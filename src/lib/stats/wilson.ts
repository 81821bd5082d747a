// 95% Wilson score interval for a share (here: the share of respondents giving the top score).
// Unlike the textbook p ± z·√(p(1−p)/n), it stays inside 0–100% and behaves for small n and for
// shares at 0% or 100%, which the ceiling effect of this survey makes common.

/** z for a two-sided 95% interval, as usually rounded. */
export const Z95 = 1.96;

export interface Interval {
  lo: number;
  hi: number;
}

/** Wilson interval for a proportion p (0–1) observed on n respondents; null if n is unknown or 0. */
export function wilson(p: number, n: number | null | undefined, z = Z95): Interval | null {
  if (n === null || n === undefined || !Number.isFinite(n) || n <= 0 || !Number.isFinite(p) || p < 0 || p > 1) return null;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}

/** The same in percent units: a satisfaction of 75.1 (%) on n respondents → {lo, hi} in %. */
export function wilsonPct(pct: number | null | undefined, n: number | null | undefined, z = Z95): Interval | null {
  if (pct === null || pct === undefined) return null;
  const i = wilson(pct / 100, n, z);
  return i && { lo: i.lo * 100, hi: i.hi * 100 };
}
