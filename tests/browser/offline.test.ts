import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVERY_ROUTE as ROUTES, LANGS, POLL, axeViolations, hasChromium, useBrowser, type Lang, type Visit } from './harness.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, process.env.SAPA_DIST ?? 'dist');
const withLang = (route: string, lang: Lang) => (lang === 'kk' ? route : `${route}?lang=${lang}`);

/** Resolves once the service worker has installed (precache complete), activated and controls the page. */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, POLL);
}

/**
 * The text of the main region once the page is complete (harness go() scrolls it all in). Its
 * textContent, not innerText: sections with content-visibility: auto leave innerText while they
 * are off screen, so innerText would depend on where the page happens to be scrolled.
 */
const mainText = (page: Page) => page.evaluate(() => document.querySelector('main')?.textContent?.replace(/\s+/g, ' ').trim() ?? '');

describe.skipIf(!hasChromium)('offline', () => {
  const { newVisit } = useBrowser();

  // One test per route and language: as one test per language over every route they needed a
  // 240 s timeout on a busy machine. The offline tab is opened once per language: one visit of the
  // overview (the service worker installs and precaches everything), then no network.
  describe.each(LANGS)('after one visit in %s, without network', (lang) => {
    let offline: Visit;
    // Installing the service worker precaches the whole site (about 2.3 MB, 330 files): a hook of
    // its own with a timeout for a busy machine.
    beforeAll(async () => {
      offline = await newVisit(withLang('#/', lang), { serviceWorkers: 'allow', persist: true });
      await controlledByServiceWorker(offline.page);
      await offline.page.context().setOffline(true);
      expect(await offline.page.evaluate(() => navigator.onLine)).toBe(false);
    }, 120_000);

    it.each(ROUTES)('%s renders as it does online', async (route) => {
      const hash = withLang(route, lang);
      // What the page shows online (no service worker in this tab).
      const online = await newVisit(hash);
      const expected = await mainText(online.page);
      await online.page.context().close();

      const { page, go, consoleErrors, externalRequests } = offline;
      // A fresh document each time, so the page itself also has to come from the cache.
      await page.goto('about:blank');
      await go(hash);
      expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).workerStart > 0), hash).toBe(true);
      expect(await page.getAttribute('html', 'lang'), hash).toBe(lang);
      expect(await page.locator('[data-testid="dataset-error"], [data-testid="view-offline"]').count(), hash).toBe(0);
      expect(await mainText(page), hash).toBe(expected);
      expect(consoleErrors.splice(0), hash).toEqual([]);
      expect(externalRequests.splice(0), hash).toEqual([]);
    });
  });

  it('without network and without a cache, a view says "you are offline", not "page not found"', async () => {
    // No service worker: nothing is cached beyond what this page already loaded.
    const { page, consoleErrors, externalRequests, expectFailedRequests } = await newVisit('#/data?lang=en');
    // The network is cut on purpose: every request for the site's files while offline fails
    // (the console check at the end still lets nothing but ERR_INTERNET_DISCONNECTED through).
    expectFailedRequests(/./);
    await page.context().setOffline(true);

    // A page whose code never loaded.
    await page.click('[data-nav="map"]');
    const viewOffline = page.locator('[data-testid="view-offline"]');
    await viewOffline.waitFor();
    expect(await viewOffline.textContent()).toContain('You are offline');
    expect(await page.textContent('main h1')).toBe('Regional map');
    expect(await page.locator('main', { hasText: 'Page not found' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // A page whose code arrived (as from the browser's HTTP cache) but whose data never did.
    const rankings = readdirSync(join(DIST, 'assets')).find((f) => /^RankingsPage-.*\.js$/.test(f));
    expect(rankings).toBeDefined();
    await page.context().setOffline(false);
    // A string, so Vitest leaves the page's own import() alone.
    await page.evaluate(`import('./assets/${rankings}').then(() => undefined)`);
    await page.context().setOffline(true);
    await page.click('[data-nav="rankings"]');
    const dataOffline = page.locator('[data-testid="dataset-error"][data-offline="true"]').first();
    await dataOffline.waitFor();
    expect(await dataOffline.textContent()).toContain('You are offline');
    expect(await page.locator('[data-testid="view-offline"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // The same in Kazakh.
    await page.click('[data-lang="kk"]');
    await page.waitForFunction(() => document.documentElement.lang === 'kk', undefined, POLL);
    expect(await dataOffline.textContent()).toContain('Сіз интернетке қосылмағансыз');

    // Back online, Retry loads it.
    await page.context().setOffline(false);
    const count = await page.locator('[data-testid="dataset-error"]').count();
    for (let i = 0; i < count; i++) await page.locator('[data-testid="dataset-error"] button').first().click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="dataset-error"]'), undefined, POLL);
    expect(externalRequests).toEqual([]);
    // Chromium reports each failed request offline as a console error; nothing else may fail.
    expect(consoleErrors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });

  it('the ZIP and the dictionaries linked from #/data download without network after one visit', async () => {
    const { page, expectFailedRequests } = await newVisit('#/data?lang=en', { serviceWorkers: 'allow' });
    await controlledByServiceWorker(page);
    expectFailedRequests(/./);
    await page.context().setOffline(true);
    const zip = await page.getAttribute('[data-testid="zip-link"]', 'href');
    const files = [zip, ...LANGS.map((l) => `data/dictionary.${l}.md`)];
    for (const file of files) {
      const got = await page.evaluate(async (url) => {
        try {
          const r = await fetch(url);
          return { ok: r.ok, bytes: (await r.arrayBuffer()).byteLength };
        } catch {
          return { ok: false, bytes: 0 };
        }
      }, file as string);
      expect(got, file ?? '').toEqual({ ok: true, bytes: readFileSync(join(DIST, file as string)).byteLength });
    }
  });
});
