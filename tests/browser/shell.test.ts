import { describe, expect, it } from 'vitest';
import { LANGS, ROUTES, axeViolations, baseUrl, hasChromium, useBrowser, POLL } from './harness.ts';
const HEADINGS = {
  kk: { '#/': 'Мемлекеттік қызметтер сапасына шолу', '#/data': 'Деректер және әдістеме' },
  ru: { '#/': 'Обзор качества государственных услуг', '#/data': 'Данные и методика' },
  en: { '#/': 'Public-service quality at a glance', '#/data': 'Data & methods' },
} as const;

describe.skipIf(!hasChromium)('app shell', () => {
  const { newVisit } = useBrowser();

  const withLang = (route: string, lang: string) => (lang === 'kk' ? route : `${route}?lang=${lang}`);

  for (const lang of LANGS) {
    it(`every route renders in ${lang} with no console errors and no third-party requests`, async () => {
      // A fresh load of each route, one tab per language.
      const { page, consoleErrors, externalRequests } = await newVisit(withLang('#/', lang));
      for (const route of ROUTES) {
        const hash = withLang(route, lang);
        await page.goto('about:blank');
        await page.goto(new URL(hash, baseUrl).toString());
        await page.waitForSelector('main[data-route] h1');
        await page.waitForFunction(() => !document.querySelector('main .loading[aria-busy]'), undefined, POLL);
        expect(await page.getAttribute('html', 'lang'), hash).toBe(lang);
        const h1 = (await page.textContent('main h1'))?.trim() ?? '';
        expect(h1.length, hash).toBeGreaterThan(0);
        const expected = (HEADINGS[lang] as Record<string, string>)[route];
        if (expected) expect(h1).toBe(expected);
        expect(await page.locator(`[data-lang="${lang}"][aria-current="true"]`).count()).toBe(1);
        expect(consoleErrors, hash).toEqual([]);
        expect(externalRequests, hash).toEqual([]);
      }
    });
  }

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
    expect(await page.textContent('main h1')).toBe('Данные и методика');
    expect(page.url()).toContain('lang=ru'); // the language survives navigation
    // Back returns to the overview, still in Russian.
    await page.goBack();
    await page.waitForFunction(() => !location.hash.startsWith('#/data'), undefined, POLL);
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

  it('axe check can fail: it reports a planted violation', async () => {
    const { page } = await newVisit('#/');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('main')?.append(img);
    });
    expect((await axeViolations(page)).join('\n')).toContain('image-alt');
  });

  for (const lang of LANGS) {
    it(`has no WCAG 2.2 AA violations (axe-core) on any route in ${lang}`, async () => {
      const visit = await newVisit(withLang('#/', lang));
      for (const route of ROUTES) {
        await visit.go(withLang(route, lang));
        expect(await axeViolations(visit.page), `${route} ${lang}`).toEqual([]);
      }
    });
  }

  it('lays out at 360 px without horizontal scrolling', async () => {
    const visit = await newVisit('#/', { width: 360, height: 740 });
    for (const route of ROUTES) {
      await visit.go(route);
      const overflow = await visit.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, route).toBeLessThanOrEqual(0);
    }
  });
});
