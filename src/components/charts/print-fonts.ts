// Chart fonts for paper. A chart printed as its screen canvas shrinks with the page (ticks of
// about 5 pt); ChartLife redraws it at the paper's width with these sizes instead.
import type { ChartConfiguration } from 'chart.js';

/** 13 CSS px = 9.75 pt on paper (1 px = 0.75 pt): above the 8 pt floor of legible print. */
export const PRINT_TICK_PX = 13;

/**
 * The width a chart is drawn at for paper while the page is not yet laid out for print: the print
 * dialog's event (beforeprint) comes first, when the chart's box still has the screen's width, and
 * a chart drawn at 1,184 px prints shrunk with its fonts (ticks of about 5 pt). A4 portrait less
 * the @page margins of app.css is 210 − 2 × 12 mm = 186 mm ≈ 703 CSS px; on paper a canvas is never
 * wider than its box (app.css), so a narrower page or column scales it down a little, never cuts it.
 */
export const PRINT_CHART_WIDTH_PX = 700;

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
