// Paper (issue 22, item 8 "Print that reads"): a printed chart's box is as tall as the chart, a
// chart printed from the print dialog is drawn at the paper's width (not shrunk from the screen's),
// a table's header row repeats on each page, the workspace's trend table fits A4 portrait, every
// map class has an outline, screen-only parts stay off paper, and a table read in full on a phone
// keeps its names whole.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, loadExampleSet, POLL, useBrowser, type Visit } from './harness.ts';
import { PRINT_CHART_WIDTH_PX, PRINT_TICK_PX } from '../../src/components/charts/print-fonts.ts';

/** A4 portrait less the @page margins of app.css (210 − 2 × 12 mm) in CSS px: the paper's width. */
const PAPER_PX = 703;

/** The drawn chart's canvas and the box around it, as laid out now. */
async function chartBox(page: Page, testid: string) {
  return page.$eval(`[data-testid="${testid}"]`, (fig) => {
    const canvas = fig.querySelector('canvas')!;
    const box = canvas.parentElement!;
    return { canvas: canvas.getBoundingClientRect().height, box: box.getBoundingClientRect().height, styleWidth: canvas.style.width };
  });
}

/** The words of a table's row names that are split over two lines (a break after a hyphen is a word's end). */
async function splitNames(page: Page, testid: string): Promise<string[]> {
  return page.$$eval(`[data-testid="${testid}"] tbody th`, (ths) =>
    ths.flatMap((th) => {
      const text = th.firstElementChild?.firstChild ?? th.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) return [];
      const value = text.textContent ?? '';
      const out: string[] = [];
      for (const m of value.matchAll(/[^\s-]+/g)) {
        const range = document.createRange();
        range.setStart(text, m.index);
        range.setEnd(text, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) out.push(m[0]);
      }
      return out;
    }),
  );
}

describe.skipIf(!hasChromium)('print', () => {
  const { newVisit } = useBrowser();

  it('a printed chart: its box is as tall as the chart (no blank band), no empty readout line above it', async () => {
    const { page } = await newVisit('#/regions/akmola?lang=kk', { width: 1280, height: 900 });
    await page.locator('[data-testid="region-chart"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-testid="region-chart"][data-status="ready"]');
    const screenPx = await page.getAttribute('[data-testid="region-chart"]', 'data-tick-px');
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction((px) => document.querySelector('[data-testid="region-chart"]')?.getAttribute('data-tick-px') === px, String(PRINT_TICK_PX), POLL);
    // On paper a canvas drawn wider than the page is scaled down with its height (app.css); the box
    // must follow it. Scaled here to half its width and measured in the same task (no redraw).
    const scaled = await page.$eval('[data-testid="region-chart"] canvas', (canvas) => {
      const was = canvas.style.width;
      canvas.style.width = `${Math.round(canvas.getBoundingClientRect().width / 2)}px`;
      const out = { canvas: canvas.getBoundingClientRect().height, box: canvas.parentElement!.getBoundingClientRect().height };
      canvas.style.width = was;
      return out;
    });
    expect(scaled.canvas).toBeGreaterThan(50);
    expect(Math.abs(scaled.box - scaled.canvas), JSON.stringify(scaled)).toBeLessThan(2);
    // The readout holds only the pointing hint until a year is chosen: not printed at all.
    expect(await page.locator('[data-testid="region-chart-readout"]').isVisible()).toBe(false);
    // Back on screen, the box has its screen height again and the chart fills it.
    await page.emulateMedia({ media: 'screen' });
    await page.waitForFunction((px) => document.querySelector('[data-testid="region-chart"]')?.getAttribute('data-tick-px') === px, screenPx, POLL);
    const screen = await chartBox(page, 'region-chart');
    expect(Math.abs(screen.box - screen.canvas)).toBeLessThan(2);
    expect(screen.box).toBeGreaterThan(200);
  });

  it('printed from the print dialog (beforeprint, the page still laid out for the screen), a chart is drawn at the paper’s width', async () => {
    const { page } = await newVisit('#/regions/akmola?lang=en', { width: 1280, height: 900 });
    await page.locator('[data-testid="region-chart"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-testid="region-chart"][data-status="ready"]');
    expect((await chartBox(page, 'region-chart')).styleWidth).not.toBe(`${PRINT_CHART_WIDTH_PX}px`);
    // The dialog's event comes before the print layout: a chart resized to its box then would be
    // drawn 1,184 px wide and shrunk on paper with its fonts (ticks of about 5 pt).
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.getAttribute('[data-testid="region-chart"]', 'data-tick-px')).toBe(String(PRINT_TICK_PX));
    expect((await chartBox(page, 'region-chart')).styleWidth).toBe(`${PRINT_CHART_WIDTH_PX}px`);
    // After the dialog, the chart fills its screen box again.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    const after = await page.$eval('[data-testid="region-chart"] canvas', (c) => ({ canvas: c.getBoundingClientRect().width, box: c.parentElement!.getBoundingClientRect().width }));
    expect(Math.abs(after.canvas - after.box)).toBeLessThan(2);
  });

  it('printed tables repeat their header row on each page: no sort button box inside a header (Chromium repeats only a header without form controls)', async () => {
    for (const hash of ['#/map?lang=kk', '#/rankings?table=services&lang=ru']) {
      const { page } = await newVisit(hash, { width: 1280, height: 900 });
      await page.emulateMedia({ media: 'print' });
      const heads = await page.$$eval('main table.data thead', (ts) =>
        ts.map((thead) => ({ display: getComputedStyle(thead).display, boxed: [...thead.querySelectorAll('button, input, select')].filter((b) => getComputedStyle(b).display !== 'contents' && getComputedStyle(b).display !== 'none').length, label: (thead as HTMLElement).innerText.trim() })),
      );
      expect(heads.length, hash).toBeGreaterThan(0);
      for (const h of heads) {
        expect(h.display, hash).toBe('table-header-group');
        expect(h.boxed, `${hash}: ${h.label.slice(0, 40)}`).toBe(0);
        // The column labels stay on paper, as text.
        expect(h.label, hash).not.toBe('');
      }
    }
  });

  it('the printed map outlines every region, the lightest class included (white borders vanish on paper)', async () => {
    const { page } = await newVisit('#/map?lang=en', { width: 1280, height: 900 });
    await page.waitForSelector('[data-testid="region-map"][data-ready="true"]');
    const lightest = '[data-testid="region-map"] .leaflet-overlay-pane path[fill="#ffffcc"]';
    expect(await page.locator(lightest).count()).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    const strokes = await page.$$eval('[data-testid="region-map"] .leaflet-overlay-pane path', (ps) => ps.map((p) => getComputedStyle(p).stroke));
    expect(strokes.length).toBeGreaterThanOrEqual(17);
    expect(strokes.filter((s) => s === 'rgb(255, 255, 255)')).toEqual([]);
    // Regions in the lightest class: grey outlines (cities keep their dark ring).
    const lightStrokes = await page.$$eval(lightest, (ps) => ps.map((p) => getComputedStyle(p).stroke));
    expect(lightStrokes).toContain('rgb(107, 114, 128)');
    expect(lightStrokes.every((s) => s === 'rgb(107, 114, 128)' || s === 'rgb(27, 31, 36)'), lightStrokes.join(' ')).toBe(true);
  });

  it('a table read in full on a phone keeps each name whole: no word of a region split over two lines', async () => {
    const { page } = await newVisit('#/map?lang=kk', { width: 360, height: 800 });
    await page.click('[data-testid="map-table-layout"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="map-table"]')?.closest('.table-scroll')?.classList.contains('full'), undefined, POLL);
    expect(await splitNames(page, 'map-table')).toEqual([]);
  });

  describe('the workspace with the example set', () => {
    let shared: Visit | undefined;
    beforeAll(async () => {
      if (!hasChromium) return;
      shared = await newVisit('#/reports?lang=ru', { persist: true });
      const { page } = shared;
      await loadExampleSet(page, 80_000);
    }, 120_000);

    it('printed (kk), the control map’s table keeps each region name whole under its long column labels', async () => {
      const page = shared!.page;
      await shared!.go('#/map?dataset=own_reports&lang=kk');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="control-map-table"] tbody tr').length > 15, undefined, POLL);
      await page.setViewportSize({ width: PAPER_PX, height: 900 });
      await page.emulateMedia({ media: 'print' });
      try {
        expect(await splitNames(page, 'control-map-table')).toEqual([]);
        const fit = await page.$eval('[data-testid="control-map-table"]', (t) => ({ table: t.scrollWidth, box: t.closest('.table-scroll')!.clientWidth }));
        expect(fit.table, JSON.stringify(fit)).toBeLessThanOrEqual(fit.box + 1);
      } finally {
        await page.emulateMedia({ media: 'screen' });
        await page.setViewportSize({ width: 1280, height: 800 });
      }
    });

    for (const lang of ['ru', 'kk', 'en'] as const) {
      it(`printed (${lang}), the trend table of 13 columns fits A4 portrait; the drop zone does not print`, async () => {
        const page = shared!.page;
        await shared!.go(`#/reports?lang=${lang}`);
        await page.waitForSelector('[data-testid="own-trend-table"]', { state: 'attached' });
        await page.setViewportSize({ width: PAPER_PX, height: 900 });
        await page.emulateMedia({ media: 'print' });
        try {
          const fit = await page.$eval('[data-testid="own-trend-table"]', (t) => ({ columns: t.querySelectorAll('thead th').length, table: t.scrollWidth, box: t.closest('.table-scroll')!.clientWidth }));
          expect(fit.columns).toBeGreaterThanOrEqual(13);
          expect(fit.table, JSON.stringify(fit)).toBeLessThanOrEqual(fit.box + 1);
          expect(fit.box).toBeLessThanOrEqual(PAPER_PX);
          expect(await page.locator('[data-testid="own-drop"]').isVisible()).toBe(false);
          // The list of loaded files names each file on paper (the name is a button on screen).
          expect(await page.locator('[data-testid="own-file-name"]').first().isVisible()).toBe(true);
        } finally {
          await page.emulateMedia({ media: 'screen' });
          await page.setViewportSize({ width: 1280, height: 800 });
        }
      });
    }
  });
});
