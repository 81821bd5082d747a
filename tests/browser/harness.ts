import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { CHROMIUM_FLAGS } from './chromium.ts';
import { buildHash } from '../../src/lib/url/route.ts';
import { ROUTE_NAMES, routeSpec, type Route } from '../../src/lib/url/routes.ts';

export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const baseUrl = inject('baseUrl');

/** One hash per route in the route table (detail pages with their example id), so a new page is tested at once. */
export const EVERY_ROUTE: readonly string[] = ROUTE_NAMES.map((name) => {
  const spec = routeSpec(name);
  if (spec.path === null) return '#/no-such-page';
  if (spec.path.includes(':id') && spec.exampleId === undefined) throw new Error(`route ${name} needs an exampleId`);
  const route = (spec.path.includes(':id') ? { name, id: spec.exampleId } : { name }) as Route;
  return buildHash(route);
});

/**
 * Options for page.waitForFunction: poll on a timer. Playwright's default polls on animation
 * frames, and a headless Chromium with many pages open can leave a page without frames for tens of
 * seconds (seen as rare 30 s timeouts late in a test file, with the page long ready).
 */
export const POLL = { polling: 100 } as const;
export const hasChromium = inject('chromiumPath') !== '';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Visit {
  page: Page;
  /** Same-document navigation to another hash; resolves when that route's heading is shown. */
  go(hash: string): Promise<void>;
  consoleErrors: string[];
  externalRequests: string[];
  /** The site's own requests that failed (HTTP 4xx/5xx or a network error); any one fails the test. */
  failedRequests: string[];
  /** For a test that breaks a request on purpose: failures of URLs matching `pattern` are expected. */
  expectFailedRequests(pattern: RegExp): void;
}

let browser: Browser | undefined;

/** One Chromium per test file. */
export interface VisitOptions {
  width?: number;
  height?: number;
  /**
   * The build registers a service worker that serves the site from its cache. Blocked unless a
   * test asks for it: page.route() does not see requests a service worker answers, and tests that
   * alter a data file through a route would otherwise read the cached original.
   */
  serviceWorkers?: 'allow' | 'block';
  /** Another server of the site (tests/browser/offline.test.ts serves a copy it can change). */
  site?: string;
  /** A touch screen (a phone): no hover, so `(hover: none)` matches. */
  touch?: boolean;
  /**
   * Keep this visit open for the tests that follow, until the file ends (a visit opened in a
   * describe's beforeAll and shared by its tests, e.g. one offline tab whose service worker is
   * installed once). Its failed requests still fail the test that is running when they happen.
   */
  persist?: boolean;
  /** Run in the page before any of its scripts, from the first load on (page.addInitScript). */
  initScript?: () => void;
}

export function useBrowser(): { newVisit: (hash?: string, opts?: VisitOptions) => Promise<Visit> } {
  const contexts: BrowserContext[] = [];
  const visits: Visit[] = [];
  const kept: BrowserContext[] = [];
  const keptVisits: Visit[] = [];
  beforeAll(async () => {
    if (!hasChromium) return;
    browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_FLAGS });
  });
  // A test's pages are closed when it ends: pages left open all stay "visible" in headless
  // Chromium, and with dozens of them a page can wait seconds for its next frame.
  // Any failed request for the site's own files fails the test that made it, whatever the test
  // checks: a missing favicon or a 404 for a chunk or a dataset can never pass unnoticed.
  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close().catch(() => undefined);
    const failed = [...visits.splice(0), ...keptVisits].flatMap((v) => v.failedRequests.splice(0));
    if (failed.length > 0) throw new Error(`failed requests for the site's own files:\n${failed.join('\n')}`);
  });
  afterAll(async () => {
    for (const c of kept.splice(0)) await c.close().catch(() => undefined);
    await browser?.close();
  });
  return {
    async newVisit(hash = '#/', { width = 1280, height = 900, serviceWorkers = 'block', site = baseUrl, touch = false, persist = false, initScript }: VisitOptions = {}) {
      if (!browser) throw new Error('no browser');
      const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true, serviceWorkers, ...(touch ? { hasTouch: true, isMobile: true } : {}) });
      (persist ? kept : contexts).push(context);
      const page = await context.newPage();
      if (initScript) await page.addInitScript(initScript);
      const consoleErrors: string[] = [];
      const externalRequests: string[] = [];
      const failedRequests: string[] = [];
      const expected: RegExp[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => consoleErrors.push(String(e)));
      const origin = new URL(site).origin;
      const watched = (url: string) => url.startsWith(origin) && !expected.some((re) => re.test(url));
      page.on('response', (r) => {
        if (r.status() >= 400 && watched(r.url())) failedRequests.push(`HTTP ${r.status()} ${r.url()}`);
      });
      page.on('requestfailed', (r) => {
        const error = r.failure()?.errorText ?? 'failed';
        // The one exception: a request cancelled because the page navigated away (the tests go to
        // about:blank between pages, cutting off loads still under way) is not a broken file.
        if (error !== 'net::ERR_ABORTED' && watched(r.url())) failedRequests.push(`${error} ${r.url()}`);
      });
      // Any request that leaves the site is recorded and blocked: the site must make none.
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        externalRequests.push(url);
        return route.abort();
      });
      const go = async (h: string) => {
        await page.goto(new URL(h, site).toString());
        await page.waitForFunction((expected) => location.hash === expected || (expected === '#/' && location.hash === ''), h.startsWith('#') ? h : `#${h}`, POLL).catch(() => undefined);
        await page.waitForSelector('main[data-route] h1');
        // Wait until no loading line (aria-busy) and no part still to come (Later.svelte's
        // data-pending) is left, so the scroll below passes over the finished page. A wait that
        // times out says which page it was and what it still showed.
        for (const selector of ['main [aria-busy="true"]', 'main [data-pending]']) {
          await page.waitForFunction((sel) => !document.querySelector(sel), selector, POLL).catch(async (e: unknown) => {
            const main = await page.evaluate(() => document.querySelector('main')?.innerText.slice(0, 300) ?? '(no main)').catch(() => '(page gone)');
            const loaded = await page
              .evaluate(() => performance.getEntriesByType('resource').map((r) => r.name.replace(/^.*\/data\//, '')).filter((n) => n.endsWith('.csv') || n.endsWith('.json')))
              .catch(() => []);
            throw new Error(`${h}: ${selector} still there: ${JSON.stringify(main)}; console errors: ${JSON.stringify(consoleErrors)}; data fetched: ${loaded.join(' ')}`, { cause: e });
          });
        }
        // The share tools and the footer mount once the view is whole (App.svelte, data-settled).
        await page.waitForSelector('main[data-settled]', { state: 'attached' });
        // Sections below the fold render as they come near the screen: read the page to its end
        // once, as a person would, then return to the top.
        await scrollToEnd(page);
        await page.evaluate(() => window.scrollTo(0, 0));
      };
      const visit: Visit = { page, go, consoleErrors, externalRequests, failedRequests, expectFailedRequests: (pattern) => void expected.push(pattern) };
      (persist ? keptVisits : visits).push(visit);
      await go(hash);
      return visit;
    },
  };
}

/** Run axe-core with the WCAG 2.0–2.2 A/AA rules; returns "rule: target" strings for violations. */
/** The XSS fixture: a region name that would run script if it ever became HTML. */
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

/**
 * Serve the English region names (the per-language slice the views read, lib/data/slices.ts) with
 * Akmola renamed to HOSTILE_NAME, and count the dialogs a running script would open. Load a fresh
 * document after this so the file is fetched again through the route.
 */
export async function withHostileRegionName(page: Page): Promise<{ dialogs: () => number }> {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.route('**/data/slices/names/reference.regions.en.csv', async (route) => {
    const res = await route.fetch();
    await route.fulfill({ response: res, body: (await res.text()).replace('Akmola Region', `"${HOSTILE_NAME}"`) });
  });
  return { dialogs: () => dialogs };
}

export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline script) is untouched.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
}

/**
 * Bring a part that renders on approach (WhenVisible) on screen, as a reader scrolling would: half a
 * screen down at each poll until it exists, then into view. Waiting for it without scrolling
 * races the parts above it: once they have grown, its placeholder is no longer near the screen.
 */
export async function reveal(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      if (el) {
        el.scrollIntoView({ block: 'center' });
        return true;
      }
      window.scrollBy(0, Math.round(window.innerHeight / 2));
      return false;
    },
    selector,
    POLL,
  );
}

/**
 * "Try with example reports" on the workspace (#/reports): click, then wait until every file is read
 * and kept (the list done, over 40 rows, the button no longer busy). Returns the files listed. The
 * timeout is the caller's: reading the set takes longer beside other browsers of the same file.
 */
export async function loadExampleSet(page: Page, timeout: number): Promise<number> {
  await page.locator('[data-testid="own-example-set"]').click();
  await page.waitForFunction(
    () => {
      const t = document.querySelector('[data-testid="own-files"]');
      return t?.getAttribute('data-done') === 'true' && t.querySelectorAll('tbody tr').length > 40 && !document.querySelector('[data-testid="own-example-set"][aria-busy="true"]');
    },
    undefined,
    { ...POLL, timeout },
  );
  return page.locator('[data-testid="own-files"] tbody tr').count();
}

/** Scroll to the end until the page stops growing: content below the fold renders on approach. */
export async function scrollToEnd(page: Page): Promise<void> {
  // A screen at a time, as a reader would: parts that build when they come on screen (the map,
  // charts) must pass through the viewport, not be jumped over.
  for (let i = 0; i < 150; i++) {
    const atEnd = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy(0, Math.round(window.innerHeight * 0.9));
      return window.scrollY === before;
    });
    await page.waitForTimeout(atEnd ? 150 : 40);
    if (atEnd && (await page.evaluate(() => window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 1))) break;
  }
}

/** The downloads read back as rows (PapaParse: quotes, doubled quotes, CRLF). */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows = Papa.parse<string[]>(text, { delimiter }).data;
  // A file that ends with a line break has no empty row after it.
  if (rows.length > 0 && rows.at(-1)!.length === 1 && rows.at(-1)![0] === '') rows.pop();
  return rows;
}

/**
 * A download split into its header block (label → value lines above the first empty line, see
 * src/lib/export/meta.ts) and its table; a file without the block is all table.
 */
export function readDownload(text: string, delimiter: string): { meta: Map<string, string>; table: string[][] } {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''), delimiter);
  const blank = rows.findIndex((r) => r.length === 1 && r[0] === '');
  if (blank < 0) return { meta: new Map(), table: rows };
  return { meta: new Map(rows.slice(0, blank).map((r) => [r[0] ?? '', r[1] ?? ''])), table: rows.slice(blank + 1) };
}
