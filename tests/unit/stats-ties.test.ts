import { describe, expect, it } from 'vitest';
import { intervalsOverlap, tieInfo } from '../../src/lib/stats/ties.ts';
import { wilsonPct } from '../../src/lib/stats/wilson.ts';

describe('statistical ties (overlapping 95% intervals)', () => {
  it('overlap includes touching ends', () => {
    expect(intervalsOverlap({ lo: 1, hi: 2 }, { lo: 2, hi: 3 })).toBe(true);
    expect(intervalsOverlap({ lo: 1, hi: 2 }, { lo: 2.01, hi: 3 })).toBe(false);
    expect(intervalsOverlap({ lo: 0, hi: 10 }, { lo: 4, hi: 5 })).toBe(true);
  });

  it('marks neighbours above/below and the span of ranks on hand-made intervals', () => {
    const info = tieInfo([
      { id: 'a', interval: { lo: 90, hi: 95 } },
      { id: 'b', interval: { lo: 80, hi: 89 } }, // below a, no overlap with a
      { id: 'c', interval: { lo: 70, hi: 82 } }, // overlaps b
      { id: 'd', interval: null }, // n unknown
      { id: 'e', interval: { lo: 60, hi: 75 } }, // overlaps c, but d sits between them
    ]);
    expect(info.get('a')).toEqual({ tiedAbove: false, tiedBelow: false, tied: false, span: { from: 1, to: 1 }, clearlyHigher: 3, clearlyLower: 0 });
    expect(info.get('b')).toEqual({ tiedAbove: false, tiedBelow: true, tied: true, span: { from: 2, to: 3 }, clearlyHigher: 1, clearlyLower: 1 });
    expect(info.get('c')).toEqual({ tiedAbove: true, tiedBelow: false, tied: true, span: { from: 2, to: 5 }, clearlyHigher: 0, clearlyLower: 1 });
    expect(info.get('d')).toEqual({ tiedAbove: false, tiedBelow: false, tied: false, span: null, clearlyHigher: null, clearlyLower: null });
    expect(info.get('e')).toEqual({ tiedAbove: false, tiedBelow: false, tied: false, span: { from: 3, to: 5 }, clearlyHigher: 0, clearlyLower: 2 });
  });

  it('compares pairwise: a wide interval further down counts even past a neighbour that does not overlap', () => {
    const info = tieInfo([
      { id: 'x', interval: { lo: 50, hi: 60 } },
      { id: 'y', interval: { lo: 70, hi: 80 } },
      { id: 'z', interval: { lo: 40, hi: 90 } }, // small sample: overlaps both
    ]);
    expect(info.get('x')?.span).toEqual({ from: 1, to: 3 });
    expect(info.get('y')?.span).toEqual({ from: 2, to: 3 });
    expect(info.get('z')?.span).toEqual({ from: 1, to: 3 });
  });

  it('2020 services ranked 1 and 2 are tied (88% of 80 vs 85% of 121)', () => {
    // 88% of 80: 79.09%–93.43%; 85% of 121: 77.57%–90.28% → overlap
    const a = wilsonPct(88, 80)!;
    const b = wilsonPct(85, 121)!;
    expect(a.lo).toBeCloseTo(79.09, 1);
    expect(b.hi).toBeCloseTo(90.28, 1);
    const info = tieInfo([
      { id: 'consular_registration', interval: a },
      { id: 'free_medicines', interval: b },
    ]);
    expect(info.get('consular_registration')?.tiedBelow).toBe(true);
    expect(info.get('free_medicines')?.tiedAbove).toBe(true);
  });

  it('a chain of overlapping neighbours does not tie the ends of the chain', () => {
    // Each overlaps the next; the first and the last are far apart.
    const items = Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, interval: { lo: 90 - i * 3 - 2, hi: 90 - i * 3 + 2 } }));
    const info = tieInfo(items);
    expect(items.every((it) => info.get(it.id)?.tied)).toBe(true); // the old mark: everyone
    expect(info.get('s0')?.span).toEqual({ from: 1, to: 2 });
    expect(info.get('s5')?.span).toEqual({ from: 5, to: 7 });
    expect(info.get('s5')?.clearlyLower).toBe(4);
    expect(info.get('s5')?.clearlyHigher).toBe(3);
  });

  it('counts by the intervals, not by rank order, and one wide interval does not swamp the counts', () => {
    const info = tieInfo([
      { id: 'p', interval: { lo: 70, hi: 75 } }, // ranked first by another measure
      { id: 'q', interval: { lo: 80, hi: 85 } },
      { id: 'r', interval: { lo: 60, hi: 65 } },
      { id: 'wide', interval: { lo: 20, hi: 95 } },
    ]);
    expect(info.get('p')).toMatchObject({ clearlyHigher: 1, clearlyLower: 1, span: { from: 1, to: 4 } });
    expect(info.get('q')).toMatchObject({ clearlyHigher: 2, clearlyLower: 0 });
    expect(info.get('wide')).toMatchObject({ clearlyHigher: 0, clearlyLower: 0 });
  });

  it('large samples far apart are not tied (75.1% vs 65.9% of ~9 000)', () => {
    const info = tieInfo([
      { id: '2020', interval: wilsonPct(75.1, 9181) },
      { id: '2017', interval: wilsonPct(65.9, 9517) },
    ]);
    expect(info.get('2020')?.tied).toBe(false);
  });
});
