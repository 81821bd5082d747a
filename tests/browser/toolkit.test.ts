// The journalists' toolkit (issue 15): images of the trends chart and the map (PNG at 2×, SVG),
// the embed form, the whole data as a ZIP, and the share and cite texts holding the current URL.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, hasChromium, HOSTILE_NAME, POLL, readDownload, reveal, scrollToEnd, useBrowser, withHostileRegionName } from './harness.ts';

async function downloadOf(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** Decode a PNG in the page (its CSP allows data: images) and measure it. */
async function pngStats(page: Page, bytes: Buffer): Promise<{ width: number; height: number; inked: number; colours: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let inked = 0;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (r < 240 || g < 240 || b < 240) inked++;
      colours.add((r << 16) | (g << 8) | b);
    }
    return { width: c.width, height: c.height, inked: inked / (data.length / (4 * 7)), colours: colours.size };
  }, bytes.toString('base64'));
}

function isPng(bytes: Buffer): boolean {
  return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
}

/** Parse an SVG in the page: its text content, or null if it does not parse. */
async function svgText(page: Page, text: string): Promise<string | null> {
  return page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    if (doc.querySelector('parsererror') || doc.documentElement.nodeName !== 'svg') return null;
    return doc.documentElement.textContent;
  }, text);
}


/** A chart's menu gives a 2× PNG with ink, named after the view, and an SVG that parses, holding the title, the source and the notes shown under the chart. */
async function checkChartImages(page: Page, menu: string, chart: string, name: RegExp, title: string, source: RegExp): Promise<string> {
  const png = await downloadOf(page, `[data-testid="${menu}-png"]`);
  expect(png.name).toMatch(name);
  expect(png.name.endsWith('.png')).toBe(true);
  expect(isPng(png.bytes)).toBe(true);
  const stats = await pngStats(page, png.bytes);
  expect(stats.width).toBe(1920);
  expect(stats.inked).toBeGreaterThan(0.01);
  expect(stats.colours).toBeGreaterThan(5);
  const svg = await downloadOf(page, `[data-testid="${menu}-svg"]`);
  expect(svg.name).toBe(png.name.replace(/\.png$/, '.svg'));
  const text = await svgText(page, svg.bytes.toString('utf8'));
  expect(text).not.toBeNull();
  expect(text).toContain(title);
  expect(text).toMatch(source);
  // The notes under the chart on screen (series breaks, the online survey) are in the image too.
  // (Compared without white space: a wrapped note is one <text> a line.)
  const notes = await page.$$eval(`[data-testid="${chart}"] figcaption li`, (lis) => lis.map((li) => (li.textContent ?? '').replace(/\s+/g, '')));
  for (const note of notes) expect(text?.replace(/\s+/g, '')).toContain(note);
  return text ?? '';
}

const chartReady = (page: Page, id: string) => page.waitForSelector(`[data-testid="chart-${id}"][data-status="ready"]`, { timeout: 30_000 });
const mapReady = (page: Page) => page.waitForSelector('[data-testid="region-map"][data-ready="true"]', { timeout: 30_000 });

describe.skipIf(!hasChromium)("journalists' toolkit", () => {
  const { newVisit } = useBrowser();

  it('the trends chart gives a 2× PNG that is not blank and an SVG with its title and source', async () => {
    const { page, consoleErrors, externalRequests } = await newVisit('#/trends?lang=en');
    await chartReady(page, 'national');
    const png = await downloadOf(page, '[data-testid="csv-national-png"]');
    expect(png.name).toMatch(/^sapa-trends-national-avg_score-abs-en\.png$/); // the view, its measure and mode
    expect(isPng(png.bytes)).toBe(true);
    const stats = await pngStats(page, png.bytes);
    // 2×: twice the width of the same image as SVG (below).
    expect(stats.width).toBe(1920);
    expect(stats.inked).toBeGreaterThan(0.01);
    expect(stats.colours).toBeGreaterThan(10);

    const svg = await downloadOf(page, '[data-testid="csv-national-svg"]');
    expect(svg.name).toBe('sapa-trends-national-avg_score-abs-en.svg');
    expect(svg.bytes.toString('utf8')).toMatch(/^<svg [^>]*width="960"/);
    const text = await svgText(page, svg.bytes.toString('utf8'));
    expect(text).not.toBeNull();
    const title = (await page.textContent('#national-title'))?.trim() ?? '';
    expect(title.length).toBeGreaterThan(0);
    expect(text).toContain(title);
    expect(text).toMatch(/Source: 2020 report, table \d+/);
    expect(text).toContain('Sapa · ');
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
  });

  it('the map gives a PNG with its colours and an SVG with the title and source, in Russian', async () => {
    const { page, consoleErrors } = await newVisit('#/map?lang=ru&year=2019');
    await mapReady(page);
    const png = await downloadOf(page, '[data-testid="map-image-png"]');
    expect(png.name).toMatch(/^sapa-map-.*2019-ru\.png$/);
    expect(isPng(png.bytes)).toBe(true);
    const stats = await pngStats(page, png.bytes);
    expect(stats.width).toBe(1920);
    expect(stats.inked).toBeGreaterThan(0.05);
    expect(stats.colours).toBeGreaterThan(5);

    const svg = await downloadOf(page, '[data-testid="map-image-svg"]');
    const text = await svgText(page, svg.bytes.toString('utf8'));
    expect(text).toContain('Карта регионов');
    expect(text).toMatch(/Источник: отчёт 2020|Источник: .*2020/);
    expect(svg.bytes.toString('utf8')).toContain('data-region-id="akmola"');
    expect(consoleErrors).toEqual([]);
  });

  it('embed=1 shows the figure, its title, source and a link back, without navigation', async () => {
    const { page, consoleErrors } = await newVisit('#/map?lang=en&embed=1', { width: 640, height: 700 });
    await page.waitForSelector('[data-embed-shown]');
    await mapReady(page);
    expect(await page.locator('header.site-header, nav, footer.site-footer, .skip').count()).toBe(0);
    expect(await page.isVisible('[data-testid="region-map"]')).toBe(true);
    expect(await page.isVisible('[data-testid="map-controls"]')).toBe(false);
    expect(await page.isVisible('[data-testid="view-tools"]')).toBe(false);
    expect(await page.textContent('[data-testid="embed-head"] h1')).toBe('Regional map');
    expect(await page.textContent('[data-testid="embed-foot"]')).toContain('Source: 2020 report');
    // The embed hides the table under the map: its hint sends the reader to Sapa instead.
    const hint = (await page.textContent('[data-embed-shown] .hint')) ?? '';
    expect(hint).toContain('in Sapa (link below)');
    expect(hint).not.toContain('under the map');
    const back = await page.getAttribute('[data-testid="open-in-sapa"]', 'href');
    expect(back).toBe(new URL('#/map?lang=en', baseUrl).toString());
    // Sized to its frame: nothing wider than the viewport.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // A chart's embed, picked by its id.
    await page.goto(new URL('#/trends?lang=en&embed=1&figure=trend-regions', baseUrl).toString());
    await page.waitForSelector('[data-embed-shown][data-testid="chart-regions"]');
    await chartReady(page, 'regions');
    expect(await page.isVisible('[data-testid="chart-national"]')).toBe(false);
    expect(await page.locator('nav').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('the data page offers the whole data as a ZIP holding datapackage.json and every file it lists', async () => {
    const { page } = await newVisit('#/data?lang=kk');
    await page.waitForSelector('[data-testid="zip-link"]');
    const zip = await downloadOf(page, '[data-testid="zip-link"]');
    expect(zip.name).toBe('sapa-data.zip');
    const files = unzipSync(new Uint8Array(zip.bytes));
    const pkg = JSON.parse(strFromU8(files['sapa-data/datapackage.json']!)) as { resources: Array<{ path: string }> };
    expect(pkg.resources.length).toBeGreaterThan(20);
    for (const r of pkg.resources) {
      expect(files[`sapa-data/${r.path}`], r.path).toBeDefined();
      const served = await page.evaluate(async (p) => (await fetch(`data/${p}`)).text(), r.path);
      expect(strFromU8(files[`sapa-data/${r.path}`]!), r.path).toBe(served);
    }
    for (const l of ['kk', 'ru', 'en']) expect(strFromU8(files[`sapa-data/dictionary.${l}.md`]!)).toContain('monitoring/regions.csv');
    expect(strFromU8(files['sapa-data/dictionary.kk.md']!)).toContain('Сапа деректер сөздігі');
    expect(files['sapa-data/LICENCE.txt']).toBeDefined();
    // The page lists each file with its title in the reader's language, rows and size.
    const rows = page.locator('[data-testid="data-files"] tbody tr');
    expect(await rows.count()).toBe(pkg.resources.length);
    const regions = page.locator('[data-testid="data-files"] tr[data-file="reference/regions.csv"]');
    expect(await regions.textContent()).toContain('Өңірлер');
    // Its rows as the file has them (20 regions: the 17 of the survey years and the three of 2022).
    const regionRows = readFileSync('data/reference/regions.csv', 'utf8').trim().split('\n').length - 1;
    expect(regionRows).toBe(20);
    expect(await regions.locator('td').nth(1).textContent()).toBe(String(regionRows));
    // The readers' dictionary in the page's language.
    const dictionary = await page.getAttribute('[data-testid="dictionary-link"]', 'href');
    expect(dictionary).toBe('data/dictionary.kk.md');
    expect(await page.evaluate(async (p) => (await fetch(p)).text(), dictionary!)).toContain('Сапа деректер сөздігі');
    // Code to read a file from its address.
    expect(await page.textContent('[data-testid="code-python"]')).toContain(new URL('data/monitoring/regions.csv', baseUrl).toString());
    expect(await page.textContent('[data-testid="code-r"]')).toContain('read.csv(');
  });

  it('the copied link and the citation hold the current URL', async () => {
    const { page } = await newVisit('#/map?lang=en&year=2019&metric=satisfaction_pct');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    await page.waitForSelector('[data-testid="share-copy-link"]');
    const url = page.url();
    expect(await page.inputValue('[data-testid="share-link"]')).toBe(url);
    await page.click('[data-testid="share-copy-link"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="share-copy-link"]')?.textContent?.includes('Copied'), undefined, POLL);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    expect(await page.inputValue('[data-testid="share-cite"]')).toBe(`Sapa. Regional map. ${url} (accessed ${await page.evaluate(() => new Date().toLocaleDateString('sv'))}).`);
    // The map's own menu cites the figure: its scope, measure and year, and its source table.
    await page.locator('[data-testid="map-image-share"] summary').click();
    const cite = await page.inputValue('[data-testid="map-image-cite"]');
    expect(cite).toContain(url);
    expect(cite).toMatch(/^Sapa\. Regional map\. .*2019\. Data: 2020 report/);
    expect(cite).toMatch(/accessed \d{4}-\d\d-\d\d/);
    // A change of state changes both.
    await page.click('[data-testid="metric-avg_score"]');
    await page.waitForFunction(() => !location.hash.includes('metric='), undefined, POLL);
    expect(await page.inputValue('[data-testid="share-link"]')).toBe(page.url());
    expect(await page.inputValue('[data-testid="map-image-cite"]')).toContain(page.url());
    const embed = await page.inputValue('[data-testid="map-image-embed"]');
    expect(embed).toMatch(/^<iframe src="[^"]*embed=1&amp;figure=map" title="Regional map — Sapa" width="100%" height="\d+"/);
  });

  it('a hostile name stays text in the image and the embed', async () => {
    const { page } = await newVisit('#/');
    const evil = HOSTILE_NAME;
    const { dialogs } = await withHostileRegionName(page);
    await page.goto('about:blank');
    await page.goto(new URL('#/trends?lang=en&regions=akmola', baseUrl).toString());
    await page.waitForSelector('main[data-route] h1');
    await scrollToEnd(page);
    // The chart draws when it comes on screen: bring it there, whatever the scroll did.
    await reveal(page, '[data-testid="chart-regions"]');
    await chartReady(page, 'regions');
    const svg = (await downloadOf(page, '[data-testid="csv-regions-svg"]')).bytes.toString('utf8');
    expect(svg).not.toContain('<img');
    expect(await svgText(page, svg)).toContain(evil);
    await page.goto(new URL('#/trends?lang=en&regions=akmola&embed=1&figure=trend-regions', baseUrl).toString());
    await page.waitForSelector('[data-embed-shown]');
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs()).toBe(0);
  });

  it('a figure with no data offers no image and says why; a failed image says so and the page goes on', async () => {
    const { page } = await newVisit('#/');
    // Every 2020 average score of the local executive bodies blanked: "not published".
    await page.route('**/data/monitoring/regions.csv', async (route) => {
      const res = await route.fetch();
      const body = (await res.text()).replace(/^([a-z_]+,2020,leb,)[^,]*,/gm, '$1,');
      await route.fulfill({ response: res, body });
    });
    await page.goto('about:blank');
    await page.goto(new URL('#/map?lang=en&year=2020', baseUrl).toString());
    await page.waitForSelector('[data-testid="map-image-png"]');
    expect(await page.isDisabled('[data-testid="map-image-png"]')).toBe(true);
    expect(await page.isDisabled('[data-testid="map-image-svg"]')).toBe(true);
    expect(await page.textContent('[data-testid="map-image-menu"]')).toContain('No image: this figure has no data.');

    // Satisfaction has data; the browser then fails to draw the image.
    await page.click('[data-testid="metric-satisfaction_pct"]');
    await mapReady(page);
    expect(await page.isDisabled('[data-testid="map-image-png"]')).toBe(false);
    await page.evaluate(() => {
      HTMLImageElement.prototype.decode = () => Promise.reject(new Error('planted failure'));
    });
    await page.click('[data-testid="map-image-png"]');
    await page.waitForSelector('[data-testid="map-image-status"][data-status="failed"]');
    expect(await page.textContent('[data-testid="map-image-status"]')).toContain('The image could not be made');
    // The page still works: the CSV downloads and the controls answer.
    const csv = await downloadOf(page, '[data-testid="map-image"]');
    expect(csv.name).toMatch(/\.csv$/);
    await page.click('[data-testid="metric-avg_score"]');
    await page.waitForFunction(() => !location.hash.includes('metric='), undefined, POLL);
  });

  it('a table alone can be embedded, named by its caption', async () => {
    const { page } = await newVisit('#/rankings?lang=en&embed=1');
    await page.waitForSelector('[data-embed-shown]');
    expect(await page.evaluate(() => document.querySelector('[data-embed-shown]')?.querySelector('table') !== null)).toBe(true);
    const title = await page.textContent('[data-testid="embed-head"] h1');
    expect(await page.evaluate(() => document.querySelector('[data-embed-shown] caption')?.textContent?.trim())).toBe(title);
    expect(await page.locator('header.site-header, footer.site-footer').count()).toBe(0);
    // The page's own in-view navigation is there but hidden with everything else.
    for (const nav of await page.locator('nav').all()) expect(await nav.isVisible()).toBe(false);
  });

  it('the overview chart has the menu: a PNG and an SVG in Kazakh with title, source, "Сапа" and the break note', async () => {
    const { page, consoleErrors, externalRequests } = await newVisit('#/?lang=kk');
    await page.locator('#trend-title').scrollIntoViewIfNeeded();
    await page.locator('[data-testid="overview-chart"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-testid="overview-chart"][data-status="ready"]', { timeout: 30_000 });
    const title = (await page.textContent('#trend-title'))?.trim() ?? '';
    const text = await checkChartImages(page, 'overview-download', 'overview-chart', /^sapa-overview-national-kk\.png$/, title, /Дереккөз: /);
    expect(text).toContain('Сапа · ');
    expect(await page.locator('[data-testid="overview-chart"] figcaption li').count()).toBeGreaterThan(0);
    const csv = await downloadOf(page, '[data-testid="overview-download"]');
    expect(csv.name).toBe('sapa-overview-national-kk.csv');
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
  });

  it("the region page's chart has the menu, its image carries the series break in Russian, and the ranks table has its CSV", async () => {
    const { page, consoleErrors } = await newVisit('#/regions/turkistan?lang=ru');
    await page.locator('[data-testid="region-chart"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-testid="region-chart"][data-status="ready"]', { timeout: 30_000 });
    expect(await page.locator('[data-testid="region-chart"] [data-break="2017"]').count()).toBe(1);
    const text = await checkChartImages(page, 'region-series-csv', 'region-chart', /^sapa-region-turkistan-series-.*-ru\.png$/, 'Туркестан', /Источник: /);
    expect(text).toContain('2017–2018');
    const ranks = await downloadOf(page, '[data-testid="region-ranks-csv"]');
    expect(ranks.name).toMatch(/^sapa-region-turkistan-ranks-.*-ru\.csv$/);
    // The ranks' "2 из 17" as two number columns, after the line's table and its year.
    const rankTable = readDownload(ranks.bytes.toString('utf8'), ';').table;
    expect(rankTable[0]).toHaveLength(5);
    for (const r of rankTable.slice(1)) {
      expect(r[1]).toMatch(/^\d{4}$/);
      expect(r[3]).toMatch(/^(\d+)?$/);
      expect(r[4]).toMatch(/^(\d+)?$/);
    }
    // The series as on screen: year, name, value, change (a number, the break in words, blank for
    // the first year), national value.
    const series = readDownload((await downloadOf(page, '[data-testid="region-series-csv"]')).bytes.toString('utf8'), ';').table;
    expect(series[0]).toHaveLength(5);
    const change = new Map(series.slice(1).map((r) => [r[0], r[3]]));
    expect(change.get('2016')).toBe('');
    expect(change.get('2018')).toBe('разрыв ряда');
    expect(change.get('2020')).toMatch(/^-?\d+(,\d+)?$/);
    expect(consoleErrors).toEqual([]);
  });

  it("the control page's charts have the menu: images of the violation and the channel charts", async () => {
    const { page, consoleErrors } = await newVisit('#/control?lang=en');
    // The channels table (and its menu) is folded by default.
    await page.locator('[data-testid="control-channels-fold"] > summary').click();
    for (const [menu, chart, name, title] of [
      ['control-channels-csv', 'control-channels-chart', /^sapa-control-channels-individual-en\.png$/, 'Services delivered, by channel and month'],
      ['control-trend-csv', 'control-trend-chart', /^sapa-control-violations-en\.png$/, 'Violation counts by period'],
    ] as const) {
      await page.locator(`[data-testid="${chart}"]`).scrollIntoViewIfNeeded();
      await page.waitForSelector(`[data-testid="${chart}"][data-status="ready"]`, { timeout: 30_000 });
      await checkChartImages(page, menu, chart, name, title, /Source: (the filed control report|the filed control reports)/);
    }
    expect(consoleErrors).toEqual([]);
  });

  it('an embedded chart does not send the reader to a table it hides', async () => {
    const { page } = await newVisit('#/trends?lang=en&embed=1&figure=trend-national', { width: 640, height: 700 });
    await page.waitForSelector('[data-embed-shown][data-testid="chart-national"]');
    const hint = (await page.textContent('[data-testid="chart-national-readout"]')) ?? '';
    expect(hint).toContain('in Sapa (link below)');
    expect(hint).not.toContain('table below');
    expect(await page.isVisible('[data-testid="open-in-sapa"]')).toBe(true);
    // The full view keeps its own hint.
    await page.goto(new URL('#/trends?lang=en', baseUrl).toString());
    await page.waitForSelector('[data-testid="chart-national-readout"]');
    expect(await page.textContent('[data-testid="chart-national-readout"]')).not.toContain('link below');
    // The control page's point charts name where their figures are in the chart's own name.
    await page.goto(new URL('#/control?lang=en&embed=1&figure=control-trend', baseUrl).toString());
    await page.waitForSelector('[data-embed-shown][data-testid="control-trend-chart"]');
    const name = (await page.getAttribute('[data-testid="control-trend-chart"] canvas', 'aria-label')) ?? '';
    expect(name).toContain('in the table in Sapa (link below)');
    expect(name).not.toContain('table below');
    await page.goto(new URL('#/control?lang=en', baseUrl).toString());
    await page.waitForSelector('[data-testid="control-trend-chart"] canvas');
    expect(await page.getAttribute('[data-testid="control-trend-chart"] canvas', 'aria-label')).toBe('Chart: violation counts by period, separate points. The figures are in the table below.');
  });

  it("a hostile region name stays text in the region chart's image", async () => {
    const { page } = await newVisit('#/');
    const evil = HOSTILE_NAME;
    const { dialogs } = await withHostileRegionName(page);
    await page.goto('about:blank');
    await page.goto(new URL('#/regions/akmola?lang=en', baseUrl).toString());
    await page.locator('[data-testid="region-chart"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-testid="region-chart"][data-status="ready"]', { timeout: 30_000 });
    const svg = (await downloadOf(page, '[data-testid="region-series-csv-svg"]')).bytes.toString('utf8');
    expect(svg).not.toContain('<img');
    expect(await svgText(page, svg)).toContain(evil);
    expect(dialogs()).toBe(0);
  });

  it('the compared regions and the ranking intervals have their images; every compare table has its CSV', async () => {
    const { page, consoleErrors } = await newVisit('#/map?dataset=leb&metric=satisfaction_pct&year=2017&region=akmola&compare=akmola,turkistan&lang=en');
    await page.locator('[data-testid="compare-chart"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-testid="compare-chart"][data-status="ready"]', { timeout: 30_000 });
    const text = await checkChartImages(page, 'compare-chart-csv', 'compare-chart', /^sapa-compare-akmola-turkistan-series-satisfaction_pct-en\.png$/, 'Compare regions: Akmola Region, Turkistan Region', /Source: /);
    expect(text).toContain('2017–2018'); // Turkistan's break
    for (const part of ['scores', 'services']) expect((await downloadOf(page, `[data-testid="compare-${part}-csv"]`)).name).toBe(`sapa-compare-akmola-turkistan-${part}-satisfaction_pct-en.csv`);

    // The interval chart is plain SVG styled by the page: its image carries the paint.
    await page.goto(new URL('#/rankings?table=services&lang=ru', baseUrl).toString());
    await page.waitForSelector('[data-testid="intervals-services"] circle');
    const png = await downloadOf(page, '[data-testid="csv-services-png"]');
    expect(png.name).toMatch(/^sapa-rankings-services-\d{4}-ru\.png$/);
    const stats = await pngStats(page, png.bytes);
    expect(stats.width).toBe(1920);
    expect(stats.colours).toBeGreaterThan(5);
    const svg = (await downloadOf(page, '[data-testid="csv-services-svg"]')).bytes.toString('utf8');
    expect(await svgText(page, svg)).toContain((await page.textContent('[data-testid="intervals-services"] figcaption'))?.trim());
    expect(svg.match(/<circle [^>]*fill="rgb\(/g)?.length).toBe(62);
    expect(consoleErrors).toEqual([]);
  });
});
