// Ranks grouped into thirds (top / middle / bottom), as the OECD scorecards do: with scores this
// close together, the third says more than the exact place.

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
