import { describe, expect, it } from 'vitest';
import { wilson, wilsonPct } from '../../src/lib/stats/wilson.ts';

// Hand computation, z = 1.96, z² = 3.8416:
//   centre = (p + z²/2n) / (1 + z²/n),  half = z/(1 + z²/n) · √(p(1−p)/n + z²/4n²)
describe('Wilson interval', () => {
  it('p = 0.5, n = 100: centre 0.5, half = 1.96/1.038416 · √0.00259604 = 0.0961702', () => {
    const i = wilson(0.5, 100)!;
    expect(i.lo).toBeCloseTo(0.5 - 0.0961702, 6);
    expect(i.hi).toBeCloseTo(0.5 + 0.0961702, 6);
  });

  it('national 2020: p = 0.751, n = 9181 → 74.21%–75.97%', () => {
    // z²/n = 0.00041843, denom = 1.00041843; centre = (0.751 + 0.00020921)/denom = 0.750895;
    // half = 1.95918 · √(0.187001/9181 + 3.8416/(4·9181²)) = 1.95918 · √(2.03683e-5 + 1.1394e-8) = 0.0088444
    const i = wilson(0.751, 9181)!;
    expect(i.lo).toBeCloseTo(0.742051, 5);
    expect(i.hi).toBeCloseTo(0.759739, 5);
    // The interval is not symmetric around p: its centre is pulled towards 0.5.
    expect((i.lo + i.hi) / 2).toBeCloseTo(0.750895, 5);
  });

  it('a small sample is wide: 57% of n = 5 → 21.2%–86.7%', () => {
    const i = wilsonPct(57, 5)!;
    expect(i.lo).toBeCloseTo(21.18, 1);
    expect(i.hi).toBeCloseTo(86.73, 1);
  });

  it('stays within 0–100% at the edges (100% of 5 → 56.6%–100%)', () => {
    const all = wilsonPct(100, 5)!;
    expect(all.lo).toBeCloseTo(56.55, 1);
    expect(all.hi).toBe(100);
    const none = wilsonPct(0, 10)!;
    expect(none.lo).toBe(0);
    expect(none.hi).toBeCloseTo(27.75, 1);
  });

  it('gives no interval when n is unknown or 0', () => {
    expect(wilson(0.75, null)).toBeNull();
    expect(wilson(0.75, 0)).toBeNull();
    expect(wilsonPct(null, 100)).toBeNull();
    expect(wilson(1.2, 100)).toBeNull();
  });
});
