// The reader's journeys of issue 22: a region page that answers first, axes fitted to the data
// with the full scale in the URL, named interval charts, tables that fit at 1280 and 360 px, a
// phone menu with every section, print at print size.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EVERY_ROUTE, baseUrl, hasChromium, useBrowser, POLL } from './harness.ts';
import { navRoutes } from '../../src/lib/url/routes.ts';

/** Every table on the page that is wider than the box it sits in, unless that box is a deliberate scrolling region (focusable, named). */
async function tablesTooWide(page: Page): Promise<string[]> {
  return page.$$eval('main table', (tables) =>
    tables.flatMap((table) => {
      const t = table as HTMLElement;
      if (t.getClientRects().length === 0) return [];
      const box = t.parentElement!;
      const scrollRegion = box.matches('.table-scroll') && box.scrollWidth > box.clientWidth + 1 && box.tabIndex >= 0 && !!box.getAttribute('aria-label');
      const width = t.getBoundingClientRect().width;
      const room = box.clientWidth;
      return width > room + 1 && !scrollRegion ? [`${t.getAttribute('data-testid') ?? t.querySelector('caption')?.textContent?.slice(0, 40) ?? '?'}: ${Math.round(width)} px in ${room} px`] : [];
    }),
  );
}

describe.skipIf(!hasChromium)('reader journeys (issue 22)', () => {
  const { newVisit } = useBrowser();

  it('a region page answers first: score, satisfaction with its interval, rank of 17 with its third, change, best and worst service', async () => {
    const { page, consoleErrors } = await newVisit('#/regions/akmola?lang=en');
    const headline = page.locator('[data-testid="region-headline"]');
    // Before everything else: right under the page's title.
    expect(await page.evaluate(() => document.querySelector('h1')?.nextElementSibling?.getAttribute('data-testid'))).toBe('region-headline');
    expect(await headline.locator('[data-testid="headline-score"]').innerText()).toContain('4.73');
    const sat = await headline.locator('[data-testid="headline-satisfaction"]').innerText();
    expect(sat).toContain('80.3%');
    expect(sat).toMatch(/76\.4%.83\.7%/);
    expect(sat).toContain('461');
    const rank = await headline.locator('[data-testid="headline-rank"]').innerText();
    expect(rank).toContain('1 of 17');
    expect(rank).toContain('Top third');
    const change = await headline.locator('[data-testid="headline-change"]').innerText();
    expect(change).toContain('Since 2019');
    expect(change).toContain('-0.19');
    expect(change).toContain('-7.3');
    expect(await headline.locator('[data-reading]').getAttribute('data-reading')).toBe('unknown');
    expect(await headline.locator('[data-testid="headline-best"] a').getAttribute('href')).toContain('land_plot_for_construction');
    expect(await headline.locator('[data-testid="headline-worst"]').innerText()).toContain('-0.12');
    expect(consoleErrors).toEqual([]);
  });

  it('the region chart is fitted to the data, says where its axis starts, and the full scale is one click away and in the URL', async () => {
    const { page } = await newVisit('#/regions/akmola?lang=en');
    const chart = page.locator('[data-testid="region-chart"]');
    await chart.scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-testid="region-chart"][data-status="ready"]');
    expect(await chart.getAttribute('data-axis-min')).toBe('4.5');
    expect(await chart.getAttribute('data-axis-cut')).toBe('true');
    expect(await page.locator('[data-testid="region-chart-axis-cut"]').innerText()).toContain('4.50');
    await page.click('[data-testid="region-chart-axis-toggle"]');
    await page.waitForFunction(() => location.hash.includes('axis=full'), undefined, POLL);
    await page.waitForSelector('[data-testid="region-chart"][data-axis-min="1"]');
    expect(await chart.getAttribute('data-axis-cut')).toBe('false');
    expect(await page.locator('[data-testid="region-chart-axis-cut"]').count()).toBe(0);
    expect(await page.getAttribute('[data-testid="region-chart-axis-toggle"]', 'aria-pressed')).toBe('true');
    // The link restores the full scale.
    const { page: again } = await newVisit('#/regions/akmola?lang=en&axis=full');
    expect(await again.getAttribute('[data-testid="region-chart"]', 'data-axis-min')).toBe('1');
  });

  it('the trends charts take the same choice from the URL', async () => {
    const { page } = await newVisit('#/trends?lang=ru&axis=full');
    await page.waitForSelector('[data-testid="chart-national"]');
    expect(await page.getAttribute('[data-testid="chart-national"]', 'data-axis-min')).toBe('1');
    const { page: fitted } = await newVisit('#/trends?lang=ru');
    await fitted.waitForSelector('[data-testid="chart-national"]');
    expect(Number(await fitted.getAttribute('[data-testid="chart-national"]', 'data-axis-min'))).toBeGreaterThan(4);
    expect(await fitted.locator('[data-testid="chart-national-axis-cut"]').count()).toBe(1);
  });

  it('the interval chart names its rows, also when the ranking is filtered', async () => {
    const { page } = await newVisit('#/rankings?table=services&lang=en&q=passport');
    const names = await page.$$eval('[data-testid="intervals-services"] text[data-row-name]', (els) => els.map((e) => e.textContent ?? ''));
    expect(names.length).toBeGreaterThan(0);
    const rows = await page.$$eval('[data-testid="rank-services"] tbody tr:not([hidden])', (trs) => trs.length);
    expect(names).toHaveLength(rows);
    // "12. Issue of a passport…", never a bare rank number.
    for (const n of names) expect(n).toMatch(/^\d+\. \p{L}/u);
  });

  it("the interval chart comes before the ranking's 62 rows, never under them", async () => {
    const { page } = await newVisit('#/rankings?table=services&lang=en', { width: 1280, height: 800 });
    const chart = page.locator('[data-testid="intervals-services"]');
    await chart.locator('circle').first().waitFor();
    const [chartBox, tableBox] = await Promise.all([chart.boundingBox(), page.locator('[data-testid="rank-services"]').boundingBox()]);
    expect(chartBox!.y + chartBox!.height).toBeLessThanOrEqual(tableBox!.y);
  });

  it('the services ranking on fixed tracks: columns line up in every row, rows off screen are skipped, a sort keeps them lined up', async () => {
    const { page } = await newVisit('#/rankings?table=services&lang=ru', { width: 1280, height: 800 });
    const table = page.locator('[data-testid="rank-services"]');
    await table.locator('tbody tr').first().waitFor();
    const misaligned = () =>
      table.evaluate((t) => {
        const edges = (tr: Element) => [...tr.children].map((c) => Math.round(c.getBoundingClientRect().left));
        const head = edges(t.querySelector('thead tr')!);
        return [...t.querySelectorAll('tbody tr')].filter((tr) => edges(tr).join() !== head.join()).length;
      });
    expect(await table.evaluate((t) => getComputedStyle(t.querySelector('tbody tr')!).contentVisibility)).toBe('auto');
    expect(await misaligned()).toBe(0);
    await table.locator('thead button.sort').first().click();
    await page.waitForFunction(() => document.querySelector('[data-testid="rank-services"] thead th[data-key="name"]')?.getAttribute('aria-sort') === 'ascending');
    expect(await misaligned()).toBe(0);
  });

  // One test per route and width, in Russian (the longest words of the three languages).
  for (const width of [1280, 360]) {
    for (const hash of [...EVERY_ROUTE, '#/rankings?table=services', '#/rankings?table=providers', '#/map?compare=akmola,kostanay']) {
      it(`no table is wider than its box on ${hash} at ${width} px`, async () => {
        const { page } = await newVisit(`${hash}${hash.includes('?') ? '&' : '?'}lang=ru`, { width });
        expect(await tablesTooWide(page)).toEqual([]);
      });
    }
  }

  for (const width of [320, 360]) {
    it(`the phone menu at ${width} px shows every section, opens with the keyboard and closes with Escape`, async () => {
      const { page } = await newVisit('#/map?lang=ru', { width, height: 740 });
      const headerBefore = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height);
      // Closed: a compact header, no sideways scroll.
      expect(headerBefore).toBeLessThan(740 * 0.15);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await page.locator('.main-nav a').first().isVisible()).toBe(false);
      await page.focus('[data-testid="menu-toggle"]');
      await page.keyboard.press('Enter');
      expect(await page.getAttribute('[data-testid="menu-toggle"]', 'aria-expanded')).toBe('true');
      const links = await page.$$eval('.main-nav a', (as) => as.map((a) => ({ nav: a.getAttribute('data-nav'), ...a.getBoundingClientRect().toJSON() })));
      // Every section of the menu (the route table's entries).
      expect(links.length).toBe(navRoutes().length);
      for (const l of links) {
        expect(l.width, l.nav!).toBeGreaterThan(0);
        expect(l.right, l.nav!).toBeLessThanOrEqual(width);
        expect(l.height, l.nav!).toBeGreaterThanOrEqual(24);
      }
      // Tab reaches the first section.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-nav'))).toBe('overview');
      await page.keyboard.press('Escape');
      expect(await page.getAttribute('[data-testid="menu-toggle"]', 'aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('menu-toggle');
      // Following a section closes it.
      await page.click('[data-testid="menu-toggle"]');
      await page.click('.main-nav a[data-nav="data"]');
      await page.waitForFunction(() => location.hash.startsWith('#/data'), undefined, POLL);
      expect(await page.getAttribute('[data-testid="menu-toggle"]', 'aria-expanded')).toBe('false');
    });
  }

  it('at 1280 px the menu is the bar, no button', async () => {
    const { page } = await newVisit('#/?lang=kk');
    expect(await page.locator('[data-testid="menu-toggle"]').isVisible()).toBe(false);
    expect(await page.locator('.main-nav a').nth(6).isVisible()).toBe(true);
  });

  it('printed before the reader scrolled, every chart of #/trends is drawn on paper, at print size', async () => {
    const { page } = await newVisit('#/no-such-page', { width: 1280, height: 800 });
    // Opened without the visit's read-through scroll: the page as a reader who prints at once sees it.
    await page.goto(new URL('#/trends?lang=en&regions=karaganda,akmola', baseUrl).toString());
    await page.waitForSelector('[data-testid="chart-national"][data-status="ready"]');
    // Below the first screen: not built, or built and not drawn, until the page is printed.
    expect(await page.locator('[data-testid="chart-regions"][data-status="ready"]').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    for (const id of ['chart-national', 'chart-bodies', 'chart-regions']) {
      await page.waitForSelector(`[data-testid="${id}"][data-status="ready"]`, { state: 'attached' });
      await page.waitForFunction((id) => Number(document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-tick-px')) * 0.75 >= 8, id, POLL);
    }
  });

  it('printed, the charts are redrawn with ticks of at least 8 pt and the screen-only hints leave the page', async () => {
    const { page } = await newVisit('#/map?lang=en');
    await page.emulateMedia({ media: 'print' });
    for (const id of ['map-hint', 'compare']) expect(await page.locator(`[data-testid="${id}"]`).isVisible(), id).toBe(false);
    const { page: region } = await newVisit('#/regions/akmola?lang=en');
    // Drawn when on screen: a scroll that passed it quickly on a busy machine may not have drawn it.
    await region.locator('[data-testid="region-chart"]').scrollIntoViewIfNeeded();
    await region.waitForSelector('[data-testid="region-chart"][data-status="ready"]');
    const screenPx = Number(await region.getAttribute('[data-testid="region-chart"]', 'data-tick-px'));
    await region.emulateMedia({ media: 'print' });
    await region.waitForFunction(() => Number(document.querySelector('[data-testid="region-chart"]')?.getAttribute('data-tick-px')) > 12, undefined, POLL);
    const printPx = Number(await region.getAttribute('[data-testid="region-chart"]', 'data-tick-px'));
    expect(printPx * 0.75).toBeGreaterThanOrEqual(8);
    expect(printPx).toBeGreaterThan(screenPx);
    expect(await region.locator('[data-testid="region-chart"] .hint').isVisible()).toBe(false);
    expect(await region.locator('[data-testid="region-chart-axis-toggle"]').isVisible()).toBe(false);
    // The canvas is drawn at the paper's width, not shrunk from the screen's.
    const canvasWidth = await region.$eval('[data-testid="region-chart"] canvas', (c) => c.getBoundingClientRect().width);
    const boxWidth = await region.$eval('[data-testid="region-chart"] .box', (b) => b.getBoundingClientRect().width);
    expect(Math.abs(canvasWidth - boxWidth)).toBeLessThan(2);
    await region.emulateMedia({ media: 'screen' });
    await region.waitForFunction((px) => Number(document.querySelector('[data-testid="region-chart"]')?.getAttribute('data-tick-px')) === px, screenPx, POLL);
  });
});
