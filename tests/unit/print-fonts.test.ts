import { describe, expect, it } from 'vitest';
import { PRINT_TICK_PX, withFontSize } from '../../src/components/charts/print-fonts.ts';

describe('print fonts of a chart', () => {
  it('sets every scale’s tick and title size and keeps the rest', () => {
    const before = { animation: false as const, scales: { x: { grid: { display: false } }, y: { ticks: { maxTicksLimit: 6, font: { weight: 'bold' as const } }, title: { display: true, text: 'Score' } } } };
    const after = withFontSize(before, 13);
    expect(after).toEqual({
      animation: false,
      scales: {
        x: { grid: { display: false }, ticks: { font: { size: 13 } }, title: { font: { size: 13 } } },
        y: { ticks: { maxTicksLimit: 6, font: { weight: 'bold', size: 13 } }, title: { display: true, text: 'Score', font: { size: 13 } } },
      },
    });
    // The screen options are not changed (they are put back after printing).
    expect(before.scales.y.ticks.font).toEqual({ weight: 'bold' });
  });

  it('prints ticks of at least 8 pt (1 px = 0.75 pt)', () => {
    expect(PRINT_TICK_PX * 0.75).toBeGreaterThanOrEqual(8);
  });
});
