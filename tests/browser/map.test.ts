import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, hasChromium, HOSTILE_NAME, LANGS, readDownload, scrollToEnd, useBrowser, POLL, withHostileRegionName } from './harness.ts';

const withLang = (hash: string, lang: string) => (lang === 'kk' ? hash : `${hash}${hash.includes('?') ? '&' : '?'}lang=${lang}`);

/** Wait until the map has drawn its shapes (Leaflet is loaded lazily). */
async function mapReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="region-map"][data-ready="true"]');
  // 16 regions before 19 June 2018 (2016, 2017), 17 after.
  await page.waitForFunction(() => document.querySelectorAll('[data-region-id]').length >= 16, undefined, POLL);
  await page.waitForFunction(() => !document.querySelector('main [data-pending]'), undefined, POLL);
}

/** What the map paints: region id → fill (a class colour or "none"). */
async function fills(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-region-id]')].map((e) => [e.getAttribute('data-region-id'), e.getAttribute('data-class-fill') ?? ''])));
}

const legendText = (page: Page) => page.locator('[data-testid="map-legend"]').innerText();

/** The table's rows as text, badges left out. */
async function tableRows(page: Page, testid = 'map-table'): Promise<string[][]> {
  return page.evaluate((id) => {
    return [...document.querySelectorAll(`[data-testid="${id}"] tbody tr`)].map((tr) =>
      [...tr.querySelectorAll('th, td[data-key]')].map((cell) => {
        const c = cell.cloneNode(true) as HTMLElement;
        c.querySelectorAll('.badge').forEach((b) => b.remove());
        return (c.textContent ?? '').trim();
      }),
    );
  }, testid);
}


/** Compare a number as shown ("4,73", "80,3 %", "1 191", "−0,19", "+0,01") with its CSV cell. */
const norm = (s: string) => s.replace(/[\s\u00a0\u202f%]/g, '').replace('\u2212', '-').replace(/^\+/, '');
/** The number a shown or exported cell stands for ("4,90" and "4,9" are the same), or the text. */
const num = (s: string) => (/\d/.test(s) ? Number(norm(s).replace(',', '.')) : s);

describe.skipIf(!hasChromium)('regional map and region pages', () => {
  const { newVisit } = useBrowser();

  for (const lang of LANGS) {
    it(`shows the 17 regions with a legend and a table, and no axe violations, in ${lang}`, async () => {
      const { page, consoleErrors, externalRequests } = await newVisit(withLang('#/map', lang));
      await mapReady(page);
      expect(await page.locator('[data-region-id]').count()).toBe(17);
      // 14 oblast polygons and the three cities as markers of at least 24×24 px.
      for (const city of ['astana', 'almaty_city', 'shymkent']) {
        const box = await page.locator(`[data-region-id="${city}"]`).boundingBox();
        expect(box!.width, city).toBeGreaterThanOrEqual(24);
        expect(box!.height, city).toBeGreaterThanOrEqual(24);
      }
      expect(await page.locator('[data-testid="map-table"] tbody tr').count()).toBe(17);
      expect(await page.locator('[data-testid="map-legend"] li[data-class]').count()).toBeGreaterThanOrEqual(5);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      // Context: scope, source table and breaks are stated.
      const context = await page.locator('[data-testid="map-context"]').innerText();
      expect(context).toMatch(/11/);
      expect(await axeViolations(page)).toEqual([]);

      // The region page, same language.
      await page.goto(page.url().replace(/#.*$/, withLang('#/regions/turkistan', lang)));
      await page.waitForSelector('[data-testid="region-services-table"] tbody tr');
      // The chart is drawn when it comes on screen (under the headline, below the fold at 800 px).
      await page.locator('[data-testid="region-chart"]').scrollIntoViewIfNeeded();
      await page.waitForSelector('[data-testid="region-chart"][data-status="ready"]');
      expect(await page.locator('[data-testid="region-series-table"] tbody tr').count()).toBe(5);
      // The Turkistan/Shymkent break is marked on the chart and never bridged.
      expect(await page.locator('[data-testid="region-chart"] [data-break="2017"]').count()).toBe(1);
      const datasets = JSON.parse((await page.getAttribute('[data-testid="region-chart"]', 'data-datasets')) ?? '[]') as Array<{ series: string; data: Array<number | null> }>;
      const own = datasets.filter((d) => d.series === 'turkistan');
      expect(own.length).toBeGreaterThanOrEqual(2);
      expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(externalRequests).toEqual([]);
    });
  }

  it('recolours the map and updates legend and table when year, metric or dataset change', async () => {
    const { page, consoleErrors } = await newVisit('#/map?lang=en');
    await mapReady(page);
    let beforeFills = await fills(page);
    let beforeLegend = await legendText(page);
    let beforeRows = await tableRows(page);
    const expectChanged = async (what: string) => {
      // The legend is redrawn with the new class bounds; then the map and the table must follow.
      await page.waitForFunction((prev) => (document.querySelector('[data-testid="map-legend"]') as HTMLElement | null)?.innerText !== prev, beforeLegend, POLL);
      const f = await fills(page);
      const l = await legendText(page);
      const r = await tableRows(page);
      expect(f, what).not.toEqual(beforeFills);
      expect(l, what).not.toEqual(beforeLegend);
      expect(r, what).not.toEqual(beforeRows);
      beforeFills = f;
      beforeLegend = l;
      beforeRows = r;
    };

    // Year: the previous-year button.
    await page.click('[data-testid="year-prev"]');
    await page.waitForFunction(() => location.hash.includes('year=2019'), undefined, POLL);
    await expectChanged('year');
    expect(await page.textContent('[data-testid="year-value"]')).toBe('2019');

    // Metric.
    await page.check('[data-testid="metric-satisfaction_pct"]');
    await page.waitForFunction(() => location.hash.includes('metric=satisfaction_pct'), undefined, POLL);
    await expectChanged('metric');

    // Dataset: a service with a regional breakdown (2020 only: the year follows).
    await page.selectOption('[data-testid="dataset-select"]', 'land_plot_sale');
    await page.waitForFunction(() => location.hash.includes('dataset=land_plot_sale'), undefined, POLL);
    await expectChanged('dataset');
    expect(await page.textContent('[data-testid="year-control"]')).toContain('2020');
    // Regions without values are shown as such, not as a colour.
    const f = await fills(page);
    expect(f['mangystau']).toBe('none');
    expect(f['akmola']).toMatch(/^#/);
    expect(consoleErrors).toEqual([]);
  });

  it('draws the regions of the year shown: 17 in 2019 with Shymkent as a shape, 16 in 2016; the boundaries credited', async () => {
    const { page, consoleErrors } = await newVisit('#/map?year=2019&lang=en');
    await mapReady(page);
    const drawn = () => page.evaluate(() => [...document.querySelectorAll('[data-region-shape]')].map((e) => e.getAttribute('data-region-shape')).sort());
    const of2019 = await drawn();
    expect(of2019).toHaveLength(17);
    expect(of2019).toContain('shymkent');
    expect(of2019).not.toContain('abai');
    // Shymkent is a polygon (a path with area), coloured like its marker; the marker stays to point at.
    const shape = page.locator('[data-region-shape="shymkent"]');
    expect(await shape.getAttribute('d')).toMatch(/^M.*z$/i);
    expect(await shape.getAttribute('fill')).toBe(await page.getAttribute('[data-region-id="shymkent"]', 'fill'));
    // The capital is labelled with its name of 2019.
    expect(await page.textContent('[data-label-for="astana"]')).toBe('Nur-Sultan city');
    // The credit the CC BY 4.0 boundaries ask for, and the Baikonur note, under the map.
    const credit = await page.textContent('[data-testid="map-credit"]');
    expect(credit).toMatch(/geokz \(A\. Rodionov\), after the Bureau of National Statistics of Kazakhstan, CC BY 4\.0/);
    expect(credit).toContain('Baikonur');
    // … and in the map's image.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="map-image-svg"]')]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain('geokz (A. Rodionov)');
    expect(svg).toContain('data-region-shape="shymkent"');

    await page.goto(page.url().replace(/year=2019/, 'year=2016'));
    await page.waitForFunction(() => document.querySelectorAll('[data-region-shape]').length === 16, undefined, POLL);
    expect(await drawn()).not.toContain('shymkent');
    expect(await page.textContent('[data-label-for="astana"]')).toBe('Astana city');
    expect(consoleErrors).toEqual([]);
  });

  for (const [lang, credit] of [['kk', /geokz \(А\. Родионов\).*CC BY 4\.0/], ['ru', /geokz \(А\. Родионов\), по данным Бюро национальной статистики Казахстана, CC BY 4\.0/]] as const) {
    it(`credits the boundaries in ${lang}`, async () => {
      const { page } = await newVisit(withLang('#/map', lang));
      await mapReady(page);
      expect(await page.textContent('[data-testid="map-credit"]')).toMatch(credit);
    });
  }

  it('moves through the years with the keyboard alone', async () => {
    const { page } = await newVisit('#/map?lang=ru');
    await mapReady(page);
    await page.focus('#map-year');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => location.hash.includes('year=2019'), undefined, POLL);
    await page.keyboard.press('Home');
    await page.waitForFunction(() => location.hash.includes('year=2016'), undefined, POLL);
    expect(await page.getAttribute('#map-year', 'aria-valuetext')).toBe('2016');
    // In 2016 Shymkent was not yet a region: the map of 2016 has no Shymkent, it is part of Turkistan (South Kazakhstan).
    await page.waitForFunction(() => document.querySelectorAll('[data-region-id]').length === 16, undefined, POLL);
    expect((await fills(page))['shymkent']).toBeUndefined();
    expect((await fills(page))['turkistan']).toMatch(/^#/);
  });

  it('restores the exact view from a permalink', async () => {
    const hash = '#/map?dataset=leb&metric=satisfaction_pct&year=2017&region=akmola&compare=akmola,aktobe&sort=value-desc&lang=en';
    const first = await newVisit(hash);
    await mapReady(first.page);
    const rows = await tableRows(first.page);
    const f = await fills(first.page);
    const legend = await legendText(first.page);

    const second = await newVisit(hash);
    await mapReady(second.page);
    const page = second.page;
    expect(await page.inputValue('[data-testid="dataset-select"]')).toBe('leb');
    expect(await page.isChecked('[data-testid="metric-satisfaction_pct"]')).toBe(true);
    expect(await page.textContent('[data-testid="year-value"]')).toBe('2017');
    expect(await page.getAttribute('[data-testid="map-table"] tr.selected', 'data-row-key')).toBe('akmola');
    expect(await page.getAttribute('[data-testid="map-table"] th[data-key="value"]', 'aria-sort')).toBe('descending');
    expect(await page.isChecked('[data-compare-id="aktobe"]')).toBe(true);
    expect(await page.locator('[data-testid="compare-scores"] tbody tr').count()).toBeGreaterThan(0);
    expect(await tableRows(page)).toEqual(rows);
    expect(await fills(page)).toEqual(f);
    expect(await legendText(page)).toEqual(legend);
    // Sorted by value, highest first, no-data rows last.
    const values = rows.map((r) => r[2] ?? '').filter((v) => /\d/.test(v)).map((v) => Number(norm(v)));
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('downloads exactly the table on screen (ru: ; and decimal comma, BOM, source named)', async () => {
    const { page } = await newVisit('#/map?lang=ru&year=2018&sort=change-desc');
    await mapReady(page);
    const shown = await tableRows(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="map-csv"]')]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(download.suggestedFilename()).toBe('sapa-map-leb-avg_score-2018-ru.csv');
    const { meta, table } = readDownload(text, ';');
    expect(meta.get('Источник')).toContain('таблица 11');
    const [header, ...records] = table;
    const sourceAt = header!.indexOf('Источник');
    expect(sourceAt).toBeGreaterThan(0);
    expect(records).toHaveLength(shown.length);
    records.forEach((rec, i) => {
      const [name, rank, value, change] = shown[i] as string[];
      // The table's columns in its order (the region's id after its name); numbers as numbers.
      expect(rec[0], `row ${i}`).toBe(name);
      expect(rec[2]).toBe(rank === '—' ? '' : rank);
      expect(num(rec[3] ?? '')).toBe(/\d/.test(value ?? '') ? num(value ?? '') : '');
      // No earlier value ("—" on screen) is a blank cell, never text in a number column.
      expect(num(rec[4] ?? '')).toBe(change === '—' ? '' : num(change ?? ''));
      expect(rec[sourceAt]).toContain('таблица 11');
    });
    // The change across the 2018 Turkistan break is refused, in words, in both.
    const turkistan = records.find((r) => r[1] === 'turkistan');
    expect(turkistan?.[4]).toBe('разрыв ряда');
  });

  it('downloads the English table with a dot and commas', async () => {
    const { page } = await newVisit('#/map?lang=en&dataset=appendix_b&metric=satisfaction_pct');
    await mapReady(page);
    const shown = await tableRows(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="map-csv"]')]);
    const records = readDownload(readFileSync((await download.path())!, 'utf8'), ',').table.slice(1);
    expect(records.map((r) => [r[0], r[2], num(r[3] ?? '')])).toEqual(shown.map((s) => [s[0], s[1], num(s[2] ?? '')]));
    expect(records[0]?.[8]).toBe('2020 report, appendix B');
  });

  it('opens a region page from the map and from the table', async () => {
    const { page } = await newVisit('#/map?lang=en');
    await mapReady(page);
    // Hover shows the figures next to the map.
    await page.hover('[data-region-id="karaganda"]');
    await page.waitForSelector('[data-testid="region-panel"][data-region="karaganda"]');
    expect(await page.textContent('[data-testid="panel-name"]')).toBe('Karaganda Region');
    await page.click('[data-region-id="karaganda"]');
    await page.waitForFunction(() => location.hash.startsWith('#/regions/karaganda'), undefined, POLL);
    expect(page.url()).toContain('lang=en');
    expect(await page.textContent('[data-testid="region-name"]')).toBe('Karaganda Region');

    // A city marker.
    await page.goBack();
    await mapReady(page);
    await page.click('[data-region-id="shymkent"]');
    await page.waitForFunction(() => location.hash.startsWith('#/regions/shymkent'), undefined, POLL);
    await page.waitForSelector('[data-testid="region-name"]');

    // A table row: selecting it highlights the region, its link opens the page. The table mounts
    // when it comes on screen (below the map and its credit at 800 px): scrolled to, as a reader would.
    await page.goBack();
    await mapReady(page);
    await scrollToEnd(page);
    await page.click('[data-testid="map-table"] tr[data-row-key="pavlodar"] button.select');
    await page.waitForFunction(() => location.hash.includes('region=pavlodar'), undefined, POLL);
    expect(await page.getAttribute('[data-region-id="pavlodar"]', 'stroke')).toBe('#000000');
    await page.click('[data-testid="map-table"] tr[data-row-key="pavlodar"] th a');
    await page.waitForFunction(() => location.hash.startsWith('#/regions/pavlodar'), undefined, POLL);
    expect(await page.textContent('[data-testid="region-name"]')).toBe('Pavlodar Region');
    await page.waitForSelector('[data-testid="region-notes"], [data-testid="region-services-table"]');
  });

  it('compares two to four regions, kept in the URL', async () => {
    const { page } = await newVisit('#/map?lang=en');
    await mapReady(page);
    await page.check('[data-compare-id="akmola"]');
    await page.waitForFunction(() => location.hash.includes('compare=akmola'), undefined, POLL);
    expect(await page.locator('[data-testid="compare-scores"]').count()).toBe(0);
    for (const id of ['shymkent', 'almaty_city', 'atyrau']) await page.check(`[data-compare-id="${id}"]`);
    await page.waitForFunction(() => location.hash.includes('compare=akmola%2Cshymkent%2Calmaty_city%2Catyrau') || location.hash.includes('compare=akmola,shymkent,almaty_city,atyrau'), undefined, POLL);
    expect(await page.isDisabled('[data-compare-id="pavlodar"]')).toBe(true);
    const scores = await tableRows(page, 'compare-scores');
    expect(scores).toHaveLength(7); // table 11 ×5 years, table 12, appendix B
    // Akmola 2020, table 11: 4.73, rank 1 of 17.
    expect(scores[0]).toEqual(['Local executive bodies, 2016–2020 (table 11), 2020', '4.73 (1 of 17)', '4.56 (15 of 17)', '4.56 (16 of 17)', '4.64 (5 of 17)']);
    expect(await page.locator('[data-testid="compare-services"] tbody tr').count()).toBe(18);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('renders names from the data as text, never as HTML', async () => {
    const { page } = await newVisit('#/');
    const evil = HOSTILE_NAME;
    const { dialogs } = await withHostileRegionName(page);
    // A fresh document, so the file is fetched again through the route.
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url.replace(/#.*$/, '#/map?lang=en&region=akmola'));
    await mapReady(page);
    await page.hover('[data-region-id="akmola"]');
    await page.waitForSelector('[data-testid="region-panel"][data-region="akmola"]');
    expect(await page.textContent('[data-testid="panel-name"]')).toBe(evil);
    // The table builds when it comes near the screen: scroll down to it, as a reader would.
    await scrollToEnd(page);
    expect(await page.textContent('[data-testid="map-table"] tr[data-row-key="akmola"] th')).toContain(evil);
    await page.goto(page.url().replace(/#.*$/, '#/regions/akmola?lang=en'));
    await page.waitForSelector('[data-testid="region-name"]');
    expect(await page.textContent('[data-testid="region-name"]')).toBe(evil);
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"],[data-pending]'), undefined, POLL);
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs()).toBe(0);
  });

  it('shows a broken dataset as an error in the map view while the navigation still works', async () => {
    const { page } = await newVisit('#/');
    await page.route('**/data/monitoring/regions.csv', (route) =>
      route.fulfill({ status: 200, contentType: 'text/csv', body: 'region_id,year,scope,avg_score\nakmola,2020,leb,"4.7\n' }),
    );
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url.replace(/#.*$/, '#/map?lang=en'));
    await page.waitForSelector('[data-testid="dataset-error"]');
    expect(await page.textContent('[data-testid="dataset-error"]')).toContain('monitoring/regions.csv');
    expect(await page.locator('[data-region-id]').count()).toBe(0);
    await page.click('[data-nav="overview"]');
    await page.waitForFunction(() => !location.hash.startsWith('#/map'), undefined, POLL);
    // The heading follows the hash a task later (the route's view renders after the change).
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Public-service quality at a glance', undefined, POLL);
  });

  it('flags unknown values in the URL and falls back', async () => {
    const { page } = await newVisit('#/map?dataset=nope&year=2031&lang=en');
    await mapReady(page);
    const notice = await page.textContent('[data-testid="param-notice"]');
    expect(notice).toContain('dataset');
    expect(notice).toContain('year');
    expect(await page.inputValue('[data-testid="dataset-select"]')).toBe('leb');
  });

  it('lays out the map and a region page at 360 px without horizontal scrolling', async () => {
    const visit = await newVisit('#/map?compare=akmola,shymkent', { width: 360, height: 740 });
    await mapReady(visit.page);
    const overflow = () => visit.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await visit.go('#/regions/astana');
    await visit.page.waitForSelector('[data-testid="region-services-table"]');
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});
