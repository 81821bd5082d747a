// Ranks computed from values, for years in which the report publishes values but no ranks
// (e.g. table 10 of the bodies). Equal values share a rank ("1, 2, 2, 4": standard competition
// ranking). The one home of computed ranks: the map, the region pages and the rankings use it.

/**
 * Ranks by value, highest first; entities without a value get no rank. `value` may be a list
 * compared in order (e.g. [score, satisfaction]: the report breaks score ties by satisfaction).
 */
export function competitionRanks(items: ReadonlyArray<{ id: string; value: number | null | ReadonlyArray<number | null> }>): Map<string, number> {
  const keyOf = (v: number | null | ReadonlyArray<number | null>): number[] | null => {
    const list = Array.isArray(v) ? (v as ReadonlyArray<number | null>) : [v as number | null];
    const first = list[0];
    if (first === null || first === undefined || !Number.isFinite(first)) return null;
    return list.map((x) => (x === null || !Number.isFinite(x) ? -Infinity : x));
  };
  const valued = items.flatMap((x) => {
    const key = keyOf(x.value);
    return key ? [{ id: x.id, key }] : [];
  });
  const better = (a: number[], b: number[]): boolean => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = (a[i] ?? -Infinity) - (b[i] ?? -Infinity);
      // Values are published to two decimals: a difference below 1e-9 is float noise, an equal value.
      if (Math.abs(d) > 1e-9 && !Number.isNaN(d)) return d > 0;
    }
    return false;
  };
  const ranks = new Map<string, number>();
  for (const x of valued) ranks.set(x.id, 1 + valued.filter((y) => better(y.key, x.key)).length);
  return ranks;
}

/**
 * Places gained from the previous year's rank to this year's (positive = moved up), or null when
 * either rank is missing. Ranks of different years cover different sets of entities; say so where shown.
 */
export function rankChange(previous: number | null | undefined, current: number | null | undefined): number | null {
  if (previous === null || previous === undefined || current === null || current === undefined) return null;
  return previous - current;
}
