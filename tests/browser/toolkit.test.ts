// The journalists' toolkit (issue 15): images of the trends chart and the map (PNG at 2×, SVG),
// the embed form, the whole data as a ZIP, and the share and cite texts holding the current URL.
import { readFile } from 'node:fs/promises';
import { unzipSync, strFromU8 } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, hasChromium, POLL, scrollToEnd, useBrowser } from './harness.ts';

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
    expect(await regions.locator('td').nth(1).textContent()).toBe('17');
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
    await page.waitForSelector('[data-testid="copy-link"]');
    const url = page.url();
    expect(await page.inputValue('[data-testid="share-link"]')).toBe(url);
    await page.click('[data-testid="copy-link"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="copy-link"]')?.textContent?.includes('Copied'), undefined, POLL);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    const cite = await page.inputValue('[data-testid="cite-text"]');
    expect(cite).toContain(url);
    expect(cite).toMatch(/^Sapa\. Regional map \(.*2019\)\. Data: 2020 report/);
    expect(cite).toMatch(/accessed \d{4}-\d\d-\d\d/);
    // A change of state changes both.
    await page.click('[data-testid="metric-avg_score"]');
    await page.waitForFunction(() => !location.hash.includes('metric='), undefined, POLL);
    expect(await page.inputValue('[data-testid="share-link"]')).toBe(page.url());
    expect(await page.inputValue('[data-testid="cite-text"]')).toContain(page.url());
    const embed = await page.inputValue('[data-testid="embed-code"]');
    expect(embed).toMatch(/^<iframe src="[^"]*embed=1[^"]*" title="Regional map — Sapa" width="100%" height="\d+"/);
  });

  it('a hostile name stays text in the image and the embed', async () => {
    const { page } = await newVisit('#/');
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const evil = '<img src=x onerror=alert(1)>';
    // Trends reads the English names' slice of regions.csv (lib/data/slices.ts).
    await page.route('**/data/slices/names/reference.regions.en.csv', async (route) => {
      const res = await route.fetch();
      const body = (await res.text()).replace('Akmola Region', `"${evil}"`);
      await route.fulfill({ response: res, body });
    });
    await page.goto('about:blank');
    await page.goto(new URL('#/trends?lang=en&regions=akmola', baseUrl).toString());
    await page.waitForSelector('main[data-route] h1');
    await scrollToEnd(page);
    // The chart draws when it comes on screen: bring it there, whatever the scroll did.
    await page.locator('[data-testid="chart-regions"]').scrollIntoViewIfNeeded();
    await chartReady(page, 'regions');
    const svg = (await downloadOf(page, '[data-testid="csv-regions-svg"]')).bytes.toString('utf8');
    expect(svg).not.toContain('<img');
    expect(await svgText(page, svg)).toContain(evil);
    await page.goto(new URL('#/trends?lang=en&regions=akmola&embed=1&figure=trend-regions', baseUrl).toString());
    await page.waitForSelector('[data-embed-shown]');
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toBe(0);
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
});
