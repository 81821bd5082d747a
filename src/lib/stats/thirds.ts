// Ranks grouped into thirds (top / middle / bottom), as the OECD scorecards do: with scores this
// close together, the third says more than the exact place. The one home of thirds: the map, the
// region pages and the rankings all call thirdOf.
//
// The rule (by rank position): rank r of n falls in third floor(3·(r−1)/n), i.e. its position
// (r−1)/n in [0, 1) is cut at 1/3 and 2/3. Every third gets floor(n/3) or ceil(n/3) entities and the
// extra ones go to the upper thirds (17 → 6, 6, 5; 62 → 21, 21, 20), so no entity is pushed into a
// lower third by rounding. Chosen over "top = ceil(n/3), bottom = the last ceil(n/3)" (which the map
// once used) because that one grows the bottom third at the middle's expense (17 → 6, 5, 6) and
// called rank 12 of 17 'bottom' where the rankings said 'middle'.

export type Third = 'top' | 'middle' | 'bottom';
export const THIRDS: readonly Third[] = ['top', 'middle', 'bottom'];

/**
 * The third of a 1-based rank among `count` ranked entities: floor(3·(rank−1)/count).
 * 62 services → ranks 1–21 top, 22–42 middle, 43–62 bottom; 24 bodies → 1–8, 9–16, 17–24.
 * Tied ranks (published "3, 3") fall in the same third.
 */
export function thirdOf(rank: number, count: number): Third {
  if (!Number.isInteger(rank) || !Number.isInteger(count) || count < 1 || rank < 1 || rank > count) {
    throw new RangeError(`rank ${rank} of ${count}`);
  }
  return THIRDS[Math.floor((3 * (rank - 1)) / count)]!;
}

/** thirdOf for an optional rank: no rank (no value) → no third. */
export function thirdOfRank(rank: number | null, count: number): Third | null {
  return rank === null ? null : thirdOf(rank, count);
}
