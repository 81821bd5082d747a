import { describe, expect, it } from 'vitest';
import { EVERY_ROUTE, hasChromium, useBrowser } from './harness.ts';

// Cumulative layout shift of each route's first load, from Chromium's own layout-shift entries
// (what CLS is built on). The share tools and the footer used to paint first and be pushed down
// screen by screen as the view arrived (0.2-0.9 on every route). The bench (scripts/bench-cls.mjs)
// reports the figures in every language; this keeps each route under 0.05, with some room over the
// 0.02 budget for a busy machine's timing. The first load ends where the harness starts to scroll.
const LIMIT = 0.05;
const SIZES = [
  { width: 412, height: 823 },
  { width: 1280, height: 800 },
] as const;

declare global {
  interface Window {
    __shifts: { value: number; hadRecentInput: boolean; sources: string[] }[];
  }
}

/** Layout shifts of the first load: until the page is first scrolled (the harness reads it to its end). */
function observeShifts(): void {
  window.__shifts = [];
  let scrolledAt = Infinity;
  window.addEventListener('scroll', () => (scrolledAt = Math.min(scrolledAt, performance.now())), { capture: true, passive: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] })[]) {
      const sources = (e.sources ?? []).map((s) => {
        const el = s.node instanceof Element ? s.node : null;
        const name = el ? `${el.localName}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : ''}` : String(s.node?.nodeName);
        return `${name} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`;
      });
      if (e.startTime < scrolledAt) window.__shifts.push({ value: e.value, hadRecentInput: e.hadRecentInput, sources });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

describe.skipIf(!hasChromium)('layout shift on first load', () => {
  const { newVisit } = useBrowser();
  const CASES = EVERY_ROUTE.flatMap((route) => SIZES.map((size) => [route, size.width, size] as const));

  it.each(CASES)(`%s at %i px shifts at most ${LIMIT}`, async (route, _width, size) => {
    const { page } = await newVisit(route, { ...size, initScript: observeShifts });
    const shifts = (await page.evaluate(() => window.__shifts)).filter((s) => !s.hadRecentInput);
    const cls = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(cls, JSON.stringify(shifts)).toBeLessThanOrEqual(LIMIT);
  });
});
