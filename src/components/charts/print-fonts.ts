// Chart fonts for paper. A chart printed as its screen canvas shrinks with the page (ticks of
// about 5 pt); ChartLife redraws it at the paper's width with these sizes instead.
import type { ChartConfiguration } from 'chart.js';

/** 13 CSS px = 9.75 pt on paper (1 px = 0.75 pt): above the 8 pt floor of legible print. */
export const PRINT_TICK_PX = 13;

type Options = NonNullable<ChartConfiguration<'line'>['options']>;

/**
 * The options with every scale's tick and title font at `px` (other font settings kept); the
 * input is not changed.
 *   withFontSize({ scales: { y: { ticks: { maxTicksLimit: 6 } } } }, 13)
 *   → { scales: { y: { ticks: { maxTicksLimit: 6, font: { size: 13 } }, title: { font: { size: 13 } } } } }
 */
export function withFontSize(options: Options, px: number): Options {
  const scales: Record<string, unknown> = {};
  for (const [id, scale] of Object.entries(options.scales ?? {})) {
    const s = (scale ?? {}) as { ticks?: { font?: object }; title?: { font?: object } };
    scales[id] = {
      ...s,
      ticks: { ...s.ticks, font: { ...(s.ticks?.font ?? {}), size: px } },
      title: { ...s.title, font: { ...(s.title?.font ?? {}), size: px } },
    };
  }
  return { ...options, scales: scales as Options['scales'] };
}
