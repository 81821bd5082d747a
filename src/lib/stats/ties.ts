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
  /** tiedAbove || tiedBelow: the mark shown next to the rank. */
  tied: boolean;
  /**
   * 1-based positions (in the given order) of the contiguous run of entities around this one whose
   * intervals all overlap its own (itself included): the ranks it cannot be told apart from.
   * null without an interval.
   */
  span: { from: number; to: number } | null;
}

/**
 * Tie information for entities in ranking order (best first). Neighbours are the entities directly
 * above and below in that order; an entity without an interval has no tie with anyone.
 */
export function tieInfo(items: readonly TieInput[]): Map<string, TieInfo> {
  const out = new Map<string, TieInfo>();
  items.forEach((item, i) => {
    const own = item.interval;
    if (!own) {
      out.set(item.id, { tiedAbove: false, tiedBelow: false, tied: false, span: null });
      return;
    }
    const above = items[i - 1]?.interval;
    const below = items[i + 1]?.interval;
    const tiedAbove = !!above && intervalsOverlap(own, above);
    const tiedBelow = !!below && intervalsOverlap(own, below);
    // Walk up and down while the intervals keep overlapping this one (entities without an
    // interval are stepped over).
    let from = i + 1;
    for (let j = i - 1; j >= 0; j--) {
      const other = items[j]!.interval;
      if (!other) continue;
      if (!intervalsOverlap(own, other)) break;
      from = j + 1;
    }
    let to = i + 1;
    for (let j = i + 1; j < items.length; j++) {
      const other = items[j]!.interval;
      if (!other) continue;
      if (!intervalsOverlap(own, other)) break;
      to = j + 1;
    }
    out.set(item.id, { tiedAbove, tiedBelow, tied: tiedAbove || tiedBelow, span: { from, to } });
  });
  return out;
}
