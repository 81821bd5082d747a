// "Statistically tied": two entities whose 95% intervals overlap. Overlap is a simple,
// conservative reading (two overlapping intervals can still differ at 5%), chosen because it can
// be checked by eye on the page. An entity without an interval (n unknown) is never called tied
// nor distinct: we cannot tell.
import type { Interval } from './wilson.ts';

export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

export interface TieInput {
  id: string;
  interval: Interval | null;
}

export interface TieInfo {
  /** Its interval overlaps that of the entity directly above it in the ranking. */
  tiedAbove: boolean;
  /** … or directly below it. */
  tiedBelow: boolean;
  /** tiedAbove || tiedBelow. Kept for callers; not shown as a mark any more: in a long ranking of
   *  close scores a chain of overlapping neighbours makes it true of nearly everyone. */
  tied: boolean;
  /**
   * 1-based positions (in the given order) of the best and the worst entity whose interval overlaps
   * this one's (itself included), compared pair by pair with every ranked entity: "not
   * distinguishable from ranks from–to". null without an interval.
   */
  span: { from: number; to: number } | null;
  /**
   * How many entities this one is clearly higher than: their intervals lie wholly below its own
   * (null without an interval). Counted by the intervals, not by rank order, since a ranking may be
   * by another measure than the one the intervals are for (services: by score, intervals of
   * satisfaction). Unlike `span`, one small sample with a very wide interval does not swamp it.
   */
  clearlyHigher: number | null;
  /** How many entities this one is clearly lower than: their intervals lie wholly above its own. */
  clearlyLower: number | null;
}

/**
 * Tie information for entities in ranking order (best first), each entity compared pairwise with
 * every other; an entity without an interval is neither tied with nor distinct from anyone.
 */
export function tieInfo(items: readonly TieInput[]): Map<string, TieInfo> {
  const out = new Map<string, TieInfo>();
  items.forEach((item, i) => {
    const own = item.interval;
    if (!own) {
      out.set(item.id, { tiedAbove: false, tiedBelow: false, tied: false, span: null, clearlyHigher: null, clearlyLower: null });
      return;
    }
    const above = items[i - 1]?.interval;
    const below = items[i + 1]?.interval;
    const tiedAbove = !!above && intervalsOverlap(own, above);
    const tiedBelow = !!below && intervalsOverlap(own, below);
    let from = i + 1;
    let to = i + 1;
    let clearlyHigher = 0;
    let clearlyLower = 0;
    items.forEach((other, j) => {
      if (j === i || !other.interval) return;
      if (intervalsOverlap(own, other.interval)) {
        from = Math.min(from, j + 1);
        to = Math.max(to, j + 1);
      } else if (other.interval.hi < own.lo) clearlyHigher++;
      else clearlyLower++;
    });
    out.set(item.id, { tiedAbove, tiedBelow, tied: tiedAbove || tiedBelow, span: { from, to }, clearlyHigher, clearlyLower });
  });
  return out;
}
