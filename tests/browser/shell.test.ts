import { describe, expect, it } from 'vitest';
import { EVERY_ROUTE as ROUTES, LANGS, axeViolations, hasChromium, useBrowser, POLL } from './harness.ts';

const HEADINGS = {
  kk: { '#/': 'Мемлекеттік қызметтер сапасына шолу', '#/data': 'Деректер және әдістеме' },
  ru: { '#/': 'Обзор качества государственных услуг', '#/data': 'Данные и методика' },
  en: { '#/': 'Public-service quality at a glance', '#/data': 'Data & methods' },
} as const;

describe.skipIf(!hasChromium)('app shell', () => {
  const { newVisit } = useBrowser();

  const withLang = (route: string, lang: string) => (lang === 'kk' ? route : `${route}?lang=${lang}`);

  // One test per route and language (each a few seconds): as one test per language over every
  // route (and another for axe) they ran past a minute on a busy machine.
  const EVERY_CASE = LANGS.flatMap((lang) => ROUTES.map((route) => [route, lang] as const));

  it.each(EVERY_CASE)('%s renders in %s with no console errors, no third-party requests and no WCAG 2.2 AA violations (axe-core)', async (route, lang) => {
    const hash = withLang(route, lang);
    // A fresh load of the route, read to its end (harness).
    const { page, consoleErrors, externalRequests } = await newVisit(hash);
    expect(await axeViolations(page), hash).toEqual([]);
    expect(await page.getAttribute('html', 'lang'), hash).toBe(lang);
    const h1 = (await page.textContent('main h1'))?.trim() ?? '';
    expect(h1.length, hash).toBeGreaterThan(0);
    const expected = (HEADINGS[lang] as Record<string, string>)[route];
    if (expected) expect(h1).toBe(expected);
    expect(await page.locator(`[data-lang="${lang}"][aria-current="true"]`).count()).toBe(1);
    expect(consoleErrors, hash).toEqual([]);
    expect(externalRequests, hash).toEqual([]);
  });

  it('ships a Content-Security-Policy that allows scripts only from self', async () => {
    const { page } = await newVisit('#/');
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('switches language and navigates with the keyboard alone', async () => {
    const { page } = await newVisit('#/');
    // Tab to the "Русский" link and press Enter.
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('data-lang') === 'ru');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'ru', undefined, POLL);
    expect(page.url()).toContain('lang=ru');
    expect(await page.textContent('main h1')).toBe('Обзор качества государственных услуг');

    // Tab on to the "Data & methods" navigation link and follow it.
    reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('data-nav') === 'data');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.startsWith('#/data'), undefined, POLL);
    // The heading follows the hash a task later (the route's view renders after the change).
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent !== 'Обзор качества государственных услуг', undefined, POLL);
    expect(await page.textContent('main h1')).toBe('Данные и методика');
    expect(page.url()).toContain('lang=ru'); // the language survives navigation
    // Back returns to the overview, still in Russian.
    await page.goBack();
    await page.waitForFunction(() => !location.hash.startsWith('#/data'), undefined, POLL);
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent !== 'Данные и методика', undefined, POLL);
    expect(await page.textContent('main h1')).toBe('Обзор качества государственных услуг');
  });

  it('remembers the language for a URL without lang=', async () => {
    const { page } = await newVisit('#/?lang=en');
    await page.goto(page.url().replace(/#.*$/, '#/rankings'));
    await page.waitForFunction(() => document.documentElement.lang === 'en', undefined, POLL);
    expect(page.url()).toContain('lang=en');
    await page.goto(page.url().replace(/#.*$/, '#/trends'));
    await page.reload();
    await page.waitForFunction(() => document.documentElement.lang === 'en' && location.hash.includes('lang=en'), undefined, POLL);
    // Choosing Қазақша (the default, whose links carry no lang=) is remembered too.
    await page.click('[data-lang="kk"]');
    await page.waitForFunction(() => document.documentElement.lang === 'kk', undefined, POLL);
    await page.goto(page.url().replace(/#.*$/, '#/map'));
    await page.reload();
    await page.waitForSelector('main[data-route="map"] h1');
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    expect(page.url()).not.toContain('lang=');
  });

  it('ignores an invalid parameter with a visible notice', async () => {
    const { page, consoleErrors } = await newVisit('#/?lang=xx');
    const notice = page.locator('[data-testid="param-notice"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('lang');
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    expect(consoleErrors).toEqual([]);
  });

  it('a repeated parameter means the same before and after the language is filled in', async () => {
    const { page } = await newVisit('#/?lang=ru');
    await page.goto(page.url().replace(/#.*$/, '#/data?kind=typo&kind=series_break'));
    // The remembered language is added to the address, and the last "kind" is the one kept and shown.
    await page.waitForFunction(() => location.hash === '#/data?kind=series_break&lang=ru', undefined, POLL);
    await page.waitForSelector('[data-testid="notes-table"]');
    expect(await page.inputValue('[data-testid="notes-kind"]')).toBe('series_break');
    expect(await page.locator('[data-testid="param-notice"]').count()).toBe(0);
  });

  it('flags unknown #/data filter values and #/rankings sort keys like any invalid value', async () => {
    const { page, go } = await newVisit('#/data?dataset=nope&kind=typo&lang=en');
    const notice = page.locator('[data-testid="param-notice"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('dataset');
    expect(await notice.textContent()).toContain('typo');
    expect(await page.inputValue('[data-testid="notes-dataset"]')).toBe('');
    await go('#/rankings?sort=bogus-asc&lang=en');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('bogus-asc');
  });

  it('rewrites an old permalink to the current one in the address bar', async () => {
    const { page } = await newVisit('#/');
    await page.goto(page.url().replace(/#.*$/, '#/regions/nur_sultan?lang=en'));
    await page.waitForFunction(() => location.hash === '#/regions/astana?lang=en', undefined, POLL);
    await page.goto(page.url().replace(/#.*$/, '#/trends?regions=nur_sultan,akmola'));
    await page.waitForFunction(() => location.hash.startsWith('#/trends?regions=astana%2Cakmola'), undefined, POLL);
  });

  it('titles a detail page by its entity’s name, in the reader’s language', async () => {
    const { page, go } = await newVisit('#/services/ambulance_call?lang=en');
    await page.waitForFunction(() => document.title.startsWith('Service: Calling an ambulance'), undefined, POLL);
    await go('#/regions/akmola?lang=ru');
    await page.waitForFunction(() => document.title.includes('Акмолинская область'), undefined, POLL);
    // An unknown id keeps the id: there is no name to show.
    await go('#/services/no_such_service?lang=en');
    await page.waitForFunction(() => document.title.startsWith('Service: no_such_service'), undefined, POLL);
  });

  it('the harness fails a test on a missing file of the site', async () => {
    const visit = await newVisit('#/');
    await visit.page.evaluate(() => fetch('data/no-such-file.csv').catch(() => undefined));
    await expect.poll(() => visit.failedRequests.length).toBe(1);
    expect(visit.failedRequests).toEqual([expect.stringMatching(/^HTTP 404 .*\/data\/no-such-file\.csv$/)]);
    visit.failedRequests.length = 0; // seen and expected here: not a failure of this test
  });

  it('axe check can fail: it reports a planted violation', async () => {
    const { page } = await newVisit('#/');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('main')?.append(img);
    });
    expect((await axeViolations(page)).join('\n')).toContain('image-alt');
  });

  it.each(ROUTES)('%s lays out at 360 px without horizontal scrolling', async (route) => {
    const visit = await newVisit(route, { width: 360, height: 740 });
    const overflow = await visit.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, route).toBeLessThanOrEqual(0);
  });
});
