// Phones, print and downloads (issue 14): at 360 px no table needs sideways scrolling for its key
// figures, the header leaves the screen to the content, printed tables keep their header row, the
// trends download carries its scale, and a region page's tab title names the region.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, readDownload, useBrowser, POLL } from './harness.ts';

const PHONE = { width: 360, height: 740 };

/** Every table box on the page: its scroll width against its own width, and how far its cells reach. */
async function tableFit(page: Page): Promise<Array<{ testid: string; scroll: number; width: number; rightmost: number }>> {
  return page.$$eval('main .table-scroll', (boxes) =>
    boxes.map((box) => {
      const cells = [...box.querySelectorAll('tbody tr:first-child > *')];
      const rightmost = Math.max(0, ...cells.map((c) => c.getBoundingClientRect().right));
      return { testid: box.querySelector('table')?.getAttribute('data-testid') ?? '?', scroll: box.scrollWidth, width: box.clientWidth, rightmost };
    }),
  );
}

describe.skipIf(!hasChromium)('phones, print and downloads', () => {
  const { newVisit } = useBrowser();

  for (const hash of ['#/?lang=ru', '#/map?lang=ru', '#/rankings?lang=ru', '#/rankings?table=services&lang=ru', '#/regions/karaganda?lang=kk', '#/data?lang=en', '#/data?lang=kk', '#/services/driving_licence?lang=kk']) {
    it(`${hash} at 360 px: every table's key figures fit without sideways scrolling`, async () => {
      const { page, consoleErrors } = await newVisit(hash, PHONE);
      // Tables below the fold mount on sight (the visit scrolls over the page): on a busy machine
      // the first may mount after the visit returns. Wait for one, then measure them all.
      await page.waitForSelector('main .table-scroll tbody tr', { state: 'attached' });
      const fit = await tableFit(page);
      expect(fit.length, hash).toBeGreaterThan(0);
      for (const t of fit) {
        expect(t.scroll, `${hash} ${t.testid}`).toBeLessThanOrEqual(t.width + 1);
        expect(t.rightmost, `${hash} ${t.testid}`).toBeLessThanOrEqual(PHONE.width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      expect(consoleErrors).toEqual([]);
    });
  }

  it('the phone header leaves most of the first screen to the content', async () => {
    const { page } = await newVisit('#/rankings?lang=ru', PHONE);
    const bottom = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThan(PHONE.height * 0.15);
    // The whole menu is still there, on one line that scrolls.
    expect(await page.locator('.main-nav a').count()).toBeGreaterThanOrEqual(7);
  });

  it('a card shows each figure with its column name; the full table is one tap away', async () => {
    const { page } = await newVisit('#/rankings?table=services&lang=en', PHONE);
    const row = page.locator('[data-testid="rank-services"] tr[data-row-key="consular_registration"]');
    // The figures are on screen, each under its column's name (from the header).
    for (const key of ['rank', 'satisfaction', 'interval', 'n', 'tied_with']) {
      const box = await row.locator(`[data-key="${key}"]`).boundingBox();
      expect(box, key).not.toBeNull();
      expect(box!.x + box!.width, key).toBeLessThanOrEqual(PHONE.width);
    }
    expect(await row.locator('[data-key="n"]').getAttribute('data-label')).toBe('n');
    await page.click('[data-testid="rank-services-layout"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="rank-services"]')?.closest('.table-scroll')?.classList.contains('full'), undefined, POLL);
    expect(await page.$eval('[data-testid="rank-services"] thead', (el) => getComputedStyle(el).display)).toBe('table-header-group');
    expect(await page.getAttribute('[data-testid="rank-services-layout"]', 'aria-pressed')).toBe('true');
  });

  for (const [hash, testid] of [
    ['#/rankings?table=services&lang=ru', 'rank-services'],
    ['#/regions/karaganda?lang=ru', 'region-services-table'],
    ['#/map?lang=kk', 'map-table'],
  ] as const) {
    it(`printed (${hash}): the table keeps its header row, controls go, the URL is in the footer`, async () => {
      const { page } = await newVisit(hash, { width: 1280, height: 900 });
      await page.emulateMedia({ media: 'print' });
      const table = (await page.$(`[data-testid="${testid}"]`)) ? `[data-testid="${testid}"]` : 'main table.data';
      // The header of the row-select buttons' column (only a hidden name) goes with its buttons.
      const headers = await page.$$eval(`${table} thead th`, (ths) => ths.filter((th) => !th.matches(':has(> .visually-hidden:only-child)')).map((th) => ({ text: (th as HTMLElement).innerText.trim(), shown: (th as HTMLElement).offsetHeight > 0 })));
      expect(headers.length, hash).toBeGreaterThan(1);
      expect(headers.filter((h) => h.text !== '').every((h) => h.shown), hash).toBe(true);
      expect(headers.filter((h) => h.text !== '').length, hash).toBeGreaterThan(1);
      // The table fits the printed page's width.
      const fit = await page.$eval(table, (t) => ({ table: t.getBoundingClientRect().width, box: t.closest('.table-scroll')!.clientWidth }));
      expect(fit.table).toBeLessThanOrEqual(fit.box + 1);
      // No download button, no layout toggle; the page's address is printed.
      expect(await page.locator('.download button').first().isVisible().catch(() => false)).toBe(false);
      expect(await page.locator('.layout-toggle').first().isVisible().catch(() => false)).toBe(false);
      expect(await page.textContent('[data-testid="print-url"]')).toContain(hash.split('?')[0]);
      expect(await page.isVisible('[data-testid="print-url"]')).toBe(true);
    });
  }

  it('the national trends CSV has a scale column: 1–10 for 2014–2015, 1–5 since', async () => {
    const { page } = await newVisit('#/trends?lang=ru', PHONE);
    await page.waitForSelector('[data-testid="csv-national"]');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="csv-national"]')]);
    expect(dl.suggestedFilename()).toBe('sapa-trends-national-avg_score-abs-ru.csv');
    const { meta, table } = readDownload(readFileSync((await dl.path())!, 'utf8'), ';');
    const [header, ...rows] = table;
    const at = (name: string) => header!.indexOf(name);
    expect(at('Шкала')).toBeGreaterThan(0);
    const byYear = new Map(rows.map((r) => [r[at('Год')], r]));
    expect(byYear.get('2014')?.[at('Шкала')]).toBe('1–10');
    expect(byYear.get('2020')?.[at('Шкала')]).toBe('1–5');
    expect(byYear.get('2014')?.[at('Средний балл')]).toBe('8,7');
    expect(meta.get('Источник')).toContain('2020');
    expect(meta.get('Дата скачивания')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("a region page's tab title shows the region's name, in each language", async () => {
    const { page } = await newVisit('#/regions/karaganda?lang=ru', PHONE);
    await page.waitForFunction(() => document.title.startsWith('Регион: Карагандинская область'), undefined, POLL);
    await page.goto(page.url().replace('lang=ru', 'lang=en'));
    await page.waitForFunction(() => /Karaganda/.test(document.title) && !document.title.includes('karaganda'), undefined, POLL);
  });

  it('the line chart says "tap" on a touch screen and "point at" with a mouse (the map\'s test, one home)', async () => {
    const touch = await newVisit('#/trends?lang=en', { ...PHONE, touch: true });
    await touch.page.waitForSelector('[data-testid="chart-national-readout"] .hint');
    expect(await touch.page.textContent('[data-testid="chart-national-readout"] .hint')).toMatch(/^Tap the chart/);
    const mouse = await newVisit('#/trends?lang=ru', PHONE);
    await mouse.page.waitForSelector('[data-testid="chart-national-readout"] .hint');
    expect(await mouse.page.textContent('[data-testid="chart-national-readout"] .hint')).toMatch(/^Наведите/);
  });

  it('the map at 360 px names its regions, with no label covering another', async () => {
    const { page } = await newVisit('#/map?lang=ru', PHONE);
    await page.waitForSelector('[data-testid="region-map"][data-ready="true"] .region-label');
    const labels = await page.$$eval('[data-testid="region-map"] .region-label', (els) =>
      // The labels a reader sees: not those left out for room, nor those of a boundary set not shown (kept in the page, hidden).
      els.filter((e) => e.getAttribute('data-hidden') !== 'true' && getComputedStyle(e).visibility !== 'hidden').map((e) => ({ text: (e as HTMLElement).innerText.trim(), r: e.getBoundingClientRect().toJSON() as DOMRect })),
    );
    expect(labels.length).toBeGreaterThanOrEqual(14);
    expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(['Карагандинская', 'ВКО', 'г. Алматы']));
    for (const l of labels) expect(l.text).not.toMatch(/_|^[a-z]+$/);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        const overlap = a.r.left < b.r.right && a.r.right > b.r.left && a.r.top < b.r.bottom && a.r.bottom > b.r.top;
        expect(overlap, `${a.text} / ${b.text}`).toBe(false);
      }
    }
  });

  it('the bodies ranking says why it has no interval chart, and marks no ties or intervals', async () => {
    for (const [lang, words] of [['en', /No interval chart/], ['ru', /нет диаграммы интервалов/], ['kk', /аралықтар диаграммасы жоқ/]] as const) {
      const { page } = await newVisit(`#/rankings?table=bodies&lang=${lang}`, PHONE);
      const box = page.locator('[data-testid="bodies-uncertainty"]');
      expect(await box.isVisible(), lang).toBe(true);
      expect(await box.innerText(), lang).toMatch(words);
      // Above the ranking, so it is read before the places.
      const [boxTop, tableTop] = await Promise.all([box.boundingBox(), page.locator('[data-testid="rank-bodies"]').boundingBox()]);
      expect(boxTop!.y).toBeLessThan(tableTop!.y);
      for (const key of ['interval', 'tied_with', 'n']) expect(await page.locator(`[data-testid="rank-bodies"] [data-key="${key}"]`).count(), `${lang} ${key}`).toBe(0);
      expect(await page.locator('[data-testid^="intervals-"]').count()).toBe(0);
    }
  });

  it('printed rankings: no tabs, radios or menus; the choice is still said (heading, caption, filters)', async () => {
    const { page } = await newVisit('#/rankings?table=services&ministry=justice&lang=en', { width: 1280, height: 900 });
    await page.waitForSelector('[data-testid="rank-services"]');
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['nav.tabs', '.controls', 'main select', 'main input', 'main fieldset']) {
      const shown = await page.$$eval(sel, (els) => els.filter((e) => (e as HTMLElement).offsetHeight > 0).length);
      expect(shown, sel).toBe(0);
    }
    expect(await page.textContent('#ranking-title')).toBe('Services');
    expect(await page.isVisible('[data-testid="services-print-filters"]')).toBe(true);
    expect(await page.textContent('[data-testid="services-print-filters"]')).toMatch(/Justice/);
    expect(await page.textContent('[data-testid="rank-services"] caption')).toMatch(/2020/);
  });

  it('the data page at 360 px names regions in its notes, never by id', async () => {
    const { page } = await newVisit('#/data?dataset=service_regions&lang=ru', PHONE);
    await page.waitForSelector('[data-testid="notes-table"] tbody tr');
    const text = await page.locator('[data-testid="notes-table"] tbody').textContent() ?? '';
    expect(text).toContain('Мангистауская область');
    expect(text).not.toMatch(/\b(mangystau|north_kazakhstan|almaty_region|almaty_city|akmola|shymkent|astana)\b/);
  });

  it('notes closed on screen are opened for printing and closed again after', async () => {
    const { page } = await newVisit('#/trends?lang=en', { width: 1280, height: 900 });
    const closed = () => page.$$eval('main details', (ds) => ds.filter((d) => !(d as HTMLDetailsElement).open).length);
    const before = await closed();
    expect(before).toBeGreaterThan(0);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await closed()).toBe(0);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await closed()).toBe(before);
  });

  it('the printed map keeps its region names, drawn inside the map (the screen labels stay off paper)', async () => {
    const { page } = await newVisit('#/map?lang=en', { width: 1280, height: 900 });
    await page.waitForSelector('[data-testid="region-map"][data-ready="true"] .region-label');
    // The paper labels are drawn once the screen labels have been placed.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="region-map"] .paper-labels text').length >= 14, undefined, POLL);
    expect(await page.locator('[data-testid="region-map"] .paper-labels text').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    // The print layout resizes the map's box, and the map redraws into it: wait for the redrawn labels.
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="region-map"] .paper-labels text')].filter((t) => t.getBoundingClientRect().width > 0).length >= 14, undefined, POLL).catch(() => undefined);
    const texts = await page.$$eval('[data-testid="region-map"] .paper-labels text', (ts) => ts.filter((t) => t.getBoundingClientRect().width > 0).map((t) => t.textContent));
    expect(texts.length).toBeGreaterThanOrEqual(14);
    expect(texts).toEqual(expect.arrayContaining(['Karaganda', 'Almaty city']));
    // The legend's colours print (backgrounds would be dropped), and the share/embed panel does not.
    expect(await page.$eval('.swatch', (el) => getComputedStyle(el).printColorAdjust)).toBe('exact');
    expect(await page.locator('[data-testid="view-tools"]').isVisible()).toBe(false);
    // The drawing fits its box on paper instead of being cut off.
    const fit = await page.$eval('[data-testid="region-map"]', (m) => ({ box: m.getBoundingClientRect().right, svg: m.querySelector('svg')!.getBoundingClientRect().right }));
    expect(fit.svg).toBeLessThanOrEqual(fit.box + 1);
  });
});
