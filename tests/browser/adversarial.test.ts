// The adversarial cases of issue 23 (links from data, URL parameters, empty and damaged data files,
// long unbroken names), one route per case. Each failed on the build before its fix.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, scrollToEnd, useBrowser, type Visit } from './harness.ts';

type Rewrite = (text: string) => string;

/** Open `hash` in a fresh document with the given data files rewritten (glob → new text). */
async function openWith(visit: Visit, hash: string, rewrites: Record<string, Rewrite>): Promise<void> {
  for (const [glob, rewrite] of Object.entries(rewrites)) {
    await visit.page.route(glob, async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, body: rewrite(await res.text()) });
    });
  }
  await visit.page.goto('about:blank');
  await visit.go(hash);
}

const headerOnly: Rewrite = (text) => text.slice(0, text.indexOf('\n') + 1);
const noticeText = (page: Page) => page.locator('[data-testid="param-notice"]').allTextContents().then((t) => t.join(' '));

describe.skipIf(!hasChromium)('adversarial inputs', () => {
  const { newVisit } = useBrowser();

  it('a source_url with another scheme than http(s) is shown as text, never as a link', async () => {
    const visit = await newVisit('#/no-such-page');
    const hostile = ['javascript:alert(11)', ' javascript:alert(11)', 'JaVaScRiPt:alert(11)', '"data:text/html,<script>alert(1)</script>"', 'vbscript:msgbox(1)', '/relative/junk'];
    let i = 0;
    await openWith(visit, '#/control?lang=en', {
      '**/data/control/published.csv': (text) => text.replace(/(?<=,)https?:\/\/[^,"\s]+(?=,)/g, () => hostile[i++ % hostile.length] as string),
    });
    expect(i).toBeGreaterThan(0);
    const schemes = await visit.page.evaluate(() => [...document.querySelectorAll('main a[href]')].map((a) => (a as HTMLAnchorElement).protocol));
    expect(schemes.filter((s) => s !== 'http:' && s !== 'https:')).toEqual([]);
    expect(await visit.page.locator('[data-testid="control-evidence"]').textContent()).toContain('javascript:alert(11)');
  });

  const notices: Array<[string, string]> = [
    ['#/map?lang=en&embed=true', 'embed'],
    ['#/map?lang=en&embed=2', 'embed'],
    [`#/map?lang=en&embed=${'1'.repeat(5000)}`, 'embed'],
    ['#/control?lang=en&own_topic=zzz', 'own_topic'],
    ['#/control?lang=en&own_grain=zzz', 'own_grain'],
    ['#/control?lang=en&own_forms=ZZZ!', 'own_forms'],
    ['#/control?lang=en&forms=zzz-asc', 'forms'],
    ['#/control?lang=en&published=zzz-desc', 'published'],
    ['#/rankings?lang=en&year=2099', 'year'],
    ['#/rankings?lang=en&year=2016', 'year'],
  ];
  for (const [hash, param] of notices) {
    it(`${hash.slice(0, 60)} gives a notice about ${param}`, async () => {
      const { page } = await newVisit(hash);
      await page.waitForSelector('[data-testid="param-notice"]', { timeout: 10_000 });
      expect(await noticeText(page)).toContain(`“${param}”`);
    });
  }

  it('embed: the last of repeated values wins, as for every other parameter', async () => {
    const { page, go } = await newVisit('#/map?lang=en&embed=0&embed=1');
    expect(await page.locator('main.embed-mode').count()).toBe(1);
    await page.goto('about:blank');
    await go('#/map?lang=en&embed=1&embed=0');
    expect(await page.locator('main.embed-mode').count()).toBe(0);
  });

  it('embed: an unknown figure gives a notice instead of silently showing the first', async () => {
    const { page } = await newVisit('#/map?lang=en&embed=1&figure=zzz');
    await page.waitForSelector('[data-testid="param-notice"]', { timeout: 15_000 });
    expect(await noticeText(page)).toContain('“figure”');
  });

  it('a catalogue that lists a file the site does not have, or a size it does not have, names each file on #/data', async () => {
    const visit = await newVisit('#/no-such-page');
    visit.expectFailedRequests(/\/data\/monitoring\/gone\.csv$/);
    const listed: Array<{ path: string; bytes: number }> = [];
    await openWith(visit, '#/data?lang=en', {
      '**/data/catalogue.json': (text) => {
        const cat = JSON.parse(text) as { files: Array<{ path: string; bytes: number }> };
        const regions = cat.files.find((f) => f.path === 'monitoring/regions.csv')!;
        regions.bytes += 7;
        cat.files.push({ ...regions, path: 'monitoring/gone.csv' });
        listed.push(regions);
        return JSON.stringify(cat);
      },
    });
    const box = visit.page.locator('[data-testid="catalogue-mismatch"]');
    await box.waitFor();
    expect(await box.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^monitoring\/regions\.csv: listed at [\d,]+ bytes, but the file on this site is [\d,]+ bytes\.$/),
      'monitoring/gone.csv: listed, but this site does not have the file (HTTP 404).',
    ]);
    expect(await box.locator('li').first().textContent()).toContain(`${(listed[0]!.bytes).toLocaleString('en')} bytes`);
    // The files that are as listed are not named.
    expect(await box.locator('li[data-file="monitoring/national.csv"]').count()).toBe(0);
  });

  it('the catalogue as built names no file as missing or of another size', async () => {
    const { page } = await newVisit('#/data?lang=en');
    await page.waitForSelector('[data-testid="data-files"] tbody tr');
    // The check asks for every file's headers: wait until the server has answered them all.
    await page.waitForSelector('[data-testid="whole-data"][data-checked="true"]');
    expect(await page.locator('[data-testid="catalogue-mismatch"]').count()).toBe(0);
  });

  it('a data file with a header and no rows is an error naming the file (map)', async () => {
    const visit = await newVisit('#/no-such-page');
    await openWith(visit, '#/map?lang=en', { '**/data/monitoring/regions.csv': headerOnly });
    const error = visit.page.locator('[data-testid="dataset-error"]');
    expect(await error.count()).toBeGreaterThan(0);
    expect(await error.first().textContent()).toContain('monitoring/regions.csv');
  });

  it('a data file with a header and no rows is an error naming the file (overview)', async () => {
    const visit = await newVisit('#/no-such-page');
    await openWith(visit, '#/?lang=en', { '**/data/monitoring/national.csv': headerOnly });
    const error = visit.page.locator('[data-testid="dataset-error"]');
    expect(await error.count()).toBeGreaterThan(0);
    expect(await error.first().textContent()).toContain('monitoring/national.csv');
  });

  for (const [name, rewrite] of [
    ['cut at 55 %', (text: string) => text.slice(0, Math.floor(text.length * 0.55))],
    ['header only', headerOnly],
  ] as const) {
    it(`a damaged reference/control_rows.csv (${name}) is named on #/control and #/reports, which do not wait forever`, async () => {
      const visit = await newVisit('#/no-such-page');
      // go() fails if a loading line stays.
      await openWith(visit, '#/control?lang=en', { '**/data/reference/control_rows.csv': rewrite });
      const errors = await visit.page.locator('[data-testid="dataset-error"]').allTextContents();
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.join(' ')).toContain('reference/control_rows.csv');
      // The workspace (its own page) names it too, and the reports kept in this browser are still
      // listed (none here: the list says so).
      await openWith(visit, '#/reports?lang=en', { '**/data/reference/control_rows.csv': rewrite });
      expect(await visit.page.locator('[data-testid="own-section"] [data-testid="own-empty"]').count()).toBe(1);
      expect(await visit.page.locator('[data-testid="own-section"] [data-testid="dataset-error"]').count()).toBe(1);
    });
  }

  const LONG = 'Ақмола'.repeat(250); // 1,500 characters, no space
  for (const hash of ['#/map?lang=en&region=akmola', '#/regions/akmola?lang=en', '#/trends?lang=en&regions=akmola', '#/?lang=en']) {
    it(`a 1,500-character region name never widens ${hash}`, async () => {
      const visit = await newVisit('#/no-such-page');
      await openWith(visit, hash, { '**/data/slices/names/reference.regions.en.csv': (text) => text.replace('Akmola Region', LONG) });
      await scrollToEnd(visit.page);
      const widths = await visit.page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
    });
  }
});

