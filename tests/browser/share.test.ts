// Each figure shares itself (issue 22): its own link, embed code and citation hold the state the
// reader set up; the embed fits its host (it posts its height) and renders with storage denied;
// every download comes as CSV with its header block, as data only, and as metadata JSON.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { baseUrl, hasChromium, POLL, readDownload, reveal, useBrowser } from './harness.ts';

async function downloadOf(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/** Open a menu's "Share, embed, cite" and read its three texts. */
async function shareOf(page: Page, prefix: string): Promise<{ link: string; embed: string; cite: string }> {
  await page.locator(`[data-testid="${prefix}-share"] summary`).click();
  await page.waitForSelector(`[data-testid="${prefix}-embed"]`);
  return {
    link: await page.inputValue(`[data-testid="${prefix}-link"]`),
    embed: await page.inputValue(`[data-testid="${prefix}-embed"]`),
    cite: await page.inputValue(`[data-testid="${prefix}-cite"]`),
  };
}

const srcOf = (snippet: string) => (/<iframe src="([^"]+)"/.exec(snippet)?.[1] ?? '').replace(/&amp;/g, '&');
const balanced = (text: string) => [...text].reduce((d, c) => (d < 0 ? d : d + (c === '(' ? 1 : c === ')' ? -1 : 0)), 0) === 0;
const legendOf = (page: Page, chart: string) => page.$$eval(`[data-testid="${chart}"] .chart-legend li`, (lis) => lis.map((li) => (li.textContent ?? '').trim()));

/** Before any script of the page: every way to Web Storage throws, as in a sandboxed or storage-blocked frame. */
const DENY_STORAGE = () => {
  for (const name of ['localStorage', 'sessionStorage', 'indexedDB'] as const) {
    const deny = {
      configurable: true,
      get() {
        throw new DOMException(`${name} is denied in this test`, 'SecurityError');
      },
    };
    Object.defineProperty(Window.prototype, name, deny);
    Object.defineProperty(window, name, deny);
  }
};

describe.skipIf(!hasChromium)('share, embed, cite per figure', () => {
  const { newVisit } = useBrowser();

  it('the trend set up with three regions gives its own embed code and citation, and the embed shows that figure', async () => {
    const { page, consoleErrors } = await newVisit('#/trends?lang=en&regions=karaganda,akmola,pavlodar');
    await reveal(page, '[data-testid="chart-regions"]');
    await page.waitForSelector('[data-testid="chart-regions"][data-status="ready"]', { timeout: 30_000 });
    const setUp = await legendOf(page, 'chart-regions');
    expect(setUp.join(' ')).toMatch(/Karaganda.*Akmola.*Pavlodar|Akmola.*Karaganda.*Pavlodar/s);

    const regions = await shareOf(page, 'csv-regions');
    const src = srcOf(regions.embed);
    const query = new URLSearchParams(src.slice(src.indexOf('?') + 1));
    expect(query.get('figure')).toBe('trend-regions');
    expect(query.get('embed')).toBe('1');
    expect(query.get('regions')?.split(',')).toEqual(['karaganda', 'akmola', 'pavlodar']);
    expect(decodeURIComponent(regions.link)).toBe(decodeURIComponent(page.url()));
    // The embed code carries the host's resize script, bound to this site's origin.
    expect(regions.embed).toContain(`indexOf(${JSON.stringify(new URL(baseUrl).origin)})===0`);
    // The citation: title, the entities, measure and years, the source table, URL and date; balanced.
    expect(regions.cite).toMatch(/^Sapa\. /);
    for (const name of ['Karaganda', 'Akmola', 'Pavlodar']) expect(regions.cite).toContain(name);
    expect(regions.cite).toMatch(/20\d\d–20\d\d/);
    expect(regions.cite).toMatch(/Data: .*table \d+/);
    expect(regions.cite).toContain(regions.link);
    expect(regions.cite).toMatch(/accessed \d{4}-\d\d-\d\d\)\.$/);
    expect(balanced(regions.cite)).toBe(true);
    expect(regions.cite).not.toMatch(/\.\./);
    // Scope, measure and years from their own fields (never the subtitle's note with its bullets).
    expect(regions.cite).toMatch(/\. Local executive bodies only, Average score, 2016–2020\. Data: /);
    expect(regions.cite).not.toContain('·');

    // The national chart's menu names its own figure, not the regions'.
    const national = await shareOf(page, 'csv-national');
    expect(new URLSearchParams(srcOf(national.embed).split('?')[1]).get('figure')).toBe('trend-national');
    expect(balanced(national.cite)).toBe(true);
    expect(national.cite).toContain('. All providers, Average score, 2016–2020. ');
    expect(national.cite).not.toContain('(table 6).');

    // The page-level tools do not contradict: a link and the page's citation, no other figure's embed.
    expect(decodeURIComponent(await page.inputValue('[data-testid="share-link"]'))).toBe(decodeURIComponent(page.url()));
    expect(await page.locator('[data-testid="view-tools"] textarea[data-testid$="-embed"]').count()).toBe(0);

    // The embed opened from that code shows that figure, as set up.
    await page.goto(src);
    await page.waitForSelector('[data-embed-shown][data-testid="chart-regions"]');
    await page.waitForSelector('[data-testid="chart-regions"][data-status="ready"]', { timeout: 30_000 });
    expect(await legendOf(page, 'chart-regions')).toEqual(setUp);
    expect(await page.isVisible('[data-testid="chart-national"]')).toBe(false);
    expect(await page.locator('[data-testid="csv-regions-share"]').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('a service page table cites the service and its source table; a ranking names its source table', async () => {
    const { page } = await newVisit('#/services/driving_licence?lang=ru');
    const prefix = await page.locator('[data-testid$="-share"]').first().getAttribute('data-testid');
    const cite = (await shareOf(page, prefix!.replace(/-share$/, ''))).cite;
    const service = (await page.textContent('main h1'))?.trim() ?? '';
    expect(service.length).toBeGreaterThan(0);
    expect(cite).toContain(service);
    expect(cite).toMatch(/Данные: .*(таблица|приложение)/i);
    expect(balanced(cite)).toBe(true);

    await page.goto(new URL('#/rankings?lang=en', baseUrl).toString());
    await page.waitForSelector('[data-testid="csv-bodies-share"]');
    const ranking = (await shareOf(page, 'csv-bodies')).cite;
    expect(ranking).toMatch(/Data: .*table \d+/);
    expect(balanced(ranking)).toBe(true);
  });

  it('an embed with storage denied renders the figure, not "Loading data…"', async () => {
    const { page } = await newVisit('#/');
    await page.addInitScript(DENY_STORAGE);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('about:blank');
    await page.goto(new URL('#/trends?lang=ru&embed=1&figure=trend-national', baseUrl).toString());
    expect(await page.evaluate(() => { try { void window.localStorage; return 'open'; } catch { return 'denied'; } })).toBe('denied');
    await page.waitForSelector('[data-embed-shown][data-testid="chart-national"]', { timeout: 30_000 });
    await page.waitForSelector('[data-testid="chart-national"][data-status="ready"]', { timeout: 30_000 });
    expect(await page.locator('main [aria-busy="true"]').count()).toBe(0);
    expect(await page.isVisible('[data-testid="open-in-sapa"]')).toBe(true);
    // A language link clicked in a denied frame does not throw either (the full page's switcher).
    expect(errors).toEqual([]);
  });

  it('on a 360 px host page the frame takes the height the embed posts: source line and link visible', async () => {
    const { page } = await newVisit('#/trends?lang=kk&regions=karaganda,akmola,pavlodar', { width: 360, height: 640 });
    const { embed } = await shareOf(page, 'csv-regions');
    const fallback = Number(/height="(\d+)"/.exec(embed)?.[1]);
    expect(fallback).toBeGreaterThan(0);
    const hostUrl = new URL('host-page-for-test.html', baseUrl).toString();
    await page.route(hostUrl, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><meta name="viewport" content="width=device-width"><body style="margin:8px"><h1>A newspaper</h1><p>Text before.</p>${embed}<p id="after">Text after.</p></body>` }),
    );
    await page.addInitScript(DENY_STORAGE);
    await page.goto(hostUrl);
    const frameEl = page.locator('iframe');
    // The host's script applies the posted height (style.height), replacing the fixed fallback.
    await page.waitForFunction(() => (document.querySelector('iframe') as HTMLIFrameElement | null)?.style.height.endsWith('px') === true, undefined, { ...POLL, timeout: 30_000 });
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-embed-shown][data-testid="chart-regions"]').waitFor({ timeout: 30_000 });
    await frame.locator('[data-testid="chart-regions"][data-status="ready"]').waitFor({ timeout: 30_000 });
    // Settled: the posted height equals the embed's content height.
    await page.waitForFunction(
      () => {
        const f = document.querySelector('iframe') as HTMLIFrameElement;
        const main = f.contentDocument?.querySelector('main');
        return main !== null && main !== undefined && Math.abs(parseFloat(f.style.height) - Math.ceil(main.getBoundingClientRect().bottom)) <= 1;
      },
      undefined,
      { ...POLL, timeout: 30_000 },
    );
    const box = (await frameEl.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(360);
    for (const sel of ['[data-testid="embed-foot"] .embed-source', '[data-testid="open-in-sapa"]']) {
      const inner = (await frame.locator(sel).boundingBox())!;
      expect(inner, sel).not.toBeNull();
      // Inside the frame's box (the frame's own coordinates are offset by the box).
      expect(inner.y + inner.height, sel).toBeLessThanOrEqual(box.y + box.height + 0.5);
      expect(await frame.locator(sel).isVisible()).toBe(true);
    }
    // No scroll bar inside the frame: its content fits.
    expect(await frame.locator('html').evaluate((h) => h.scrollHeight <= h.clientHeight + 1)).toBe(true);
  });

  it('every download comes as CSV with its header block, as data only (PapaParse, no skipped rows) and as metadata JSON', async () => {
    const { page } = await newVisit('#/map?lang=ru&year=2019');
    await page.waitForSelector('[data-testid="map-csv"]');
    const full = await downloadOf(page, '[data-testid="map-csv"]');
    const data = await downloadOf(page, '[data-testid="map-csv-data"]');
    const meta = await downloadOf(page, '[data-testid="map-csv-metadata"]');
    expect(full.name).toMatch(/^sapa-map-.*-2019-ru\.csv$/);
    expect(data.name).toBe(full.name.replace(/\.csv$/, '.data.csv'));
    expect(meta.name).toBe(full.name.replace(/\.csv$/, '.metadata.json'));

    // The data-only file: one header row, read as a whole by PapaParse with a header, nothing skipped.
    expect(data.text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(data.text.replace(/^\uFEFF/, ''), { header: true, delimiter: ';', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const withBlock = readDownload(full.text, ';');
    expect(parsed.meta.fields).toEqual(withBlock.table[0]);
    expect(parsed.data.length).toBe(withBlock.table.length - 1);
    expect(parsed.data.length).toBe(await page.locator('[data-testid="map-table"] tbody tr').count());
    // Numbers stay numbers (a decimal comma in Russian), the same as in the file with the block.
    const valueHeader = parsed.meta.fields!.find((f) => /балл|%/i.test(f))!;
    expect(parsed.data.some((r) => /^\d+(,\d+)?$/.test(r[valueHeader] ?? ''))).toBe(true);

    // The metadata: the block's facts as JSON, the columns and the dialect of the data file.
    const json = JSON.parse(meta.text) as { title: string; source: string; page: string; downloaded: string; citation: string; data: { file: string; delimiter: string; decimal_mark: string; rows: number }; columns: Array<{ name: string; type: string }> };
    expect(json.title).toBe(withBlock.meta.get('Таблица'));
    expect(json.source).toBe(withBlock.meta.get('Источник'));
    expect(json.page).toBe(page.url());
    expect(json.downloaded).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(json.data).toMatchObject({ file: data.name, delimiter: ';', decimal_mark: ',', rows: parsed.data.length });
    expect(json.columns.map((c) => c.name)).toEqual(parsed.meta.fields);
    expect(json.columns.find((c) => c.name === valueHeader)?.type).toBe('number');
    expect(json.citation).toContain(page.url());
    expect(balanced(json.citation)).toBe(true);
  });
});
