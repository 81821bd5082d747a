// Cumulative layout shift of each route's first load, and after each control change, read from
// Chromium's own `layout-shift` entries (the Layout Instability API that CLS is built on; no
// Lighthouse). Shifts right after an input (hadRecentInput) do not count, as in CLS; a control
// change is measured as the shift of what is already on screen once the change has rendered.
// The sources of each shift (the elements that moved) are kept, so a jump can be traced to its cause.
// Standalone: `node scripts/bench-cls.mjs` against an existing dist/ (run `vite build` first);
// CLS_ROUTES (comma-separated hashes), CLS_WIDTHS (e.g. 412x823,1280x800), CLS_LANGS narrow it;
// CLS_CONTROLS=1 measures the shift after each control change (year, metric, dataset, table, language).
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findControls, interact } from './bench-controls.mjs';

export const CLS_BUDGET = 0.02;
export const CLS_VIEWPORTS = [
  { width: 412, height: 823 },
  { width: 1280, height: 800 },
];
export const CLS_LANGS = ['kk', 'ru', 'en'];

/** Installed before any script of the page: collects every layout shift with what moved. */
export function observeShifts() {
  window.__shifts = [];
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return node ? node.nodeName : '?';
    const el = /** @type {Element} */ (node);
    const id = el.id ? `#${el.id}` : '';
    const testid = el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : '';
    const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
    return `${el.localName}${id}${testid}${cls}`;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__shifts.push({
        value: e.value,
        hadRecentInput: e.hadRecentInput,
        at: Math.round(e.startTime),
        sources: (e.sources ?? []).map((s) => `${describe(s.node)} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Wait until the route shows its content: heading, no loading line, no part still to come. */
export async function settledForShifts(page) {
  await page.waitForSelector('main[data-route] h1', { timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]') && !document.querySelector('main [data-pending]'), undefined, { polling: 100, timeout: 60_000 });
  // Late work (a chart drawn on the next frame, a font) may still move things: two frames and a moment.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
}

/** Sum of the shifts not caused by input since index `from`, and the worst entries' sources. */
export async function shiftsSince(page, from = 0) {
  const entries = await page.evaluate((n) => window.__shifts.slice(n), from);
  const counted = entries.filter((e) => !e.hadRecentInput);
  const cls = Math.round(counted.reduce((s, e) => s + e.value, 0) * 10000) / 10000;
  const worst = [...counted].sort((a, b) => b.value - a.value).slice(0, 3).map((e) => ({ value: Math.round(e.value * 10000) / 10000, at: e.at, sources: e.sources }));
  return { cls, worst };
}

/** First-load CLS of one route in one language at one viewport (a fresh context: a cold load). */
export async function firstLoadShift(browser, url, viewport, { cpuSlowdown = 1 } = {}) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(observeShifts);
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.goto(url);
    await settledForShifts(page);
    return await shiftsSince(page);
  } finally {
    await context.close();
  }
}

/**
 * Layout shift after each control change of one route (year, metric, dataset, table, language…):
 * the page is opened as linked and settled, the control changed once, the page settled again. Two
 * figures per control: `cls`, the shifts CLS counts (none in the 0.5 s after the input), and
 * `all`, every shift, input or not: a table that empties and fills again jumps under the reader
 * even when CLS excuses it. The worst entries' sources say what moved.
 */
export async function controlShifts(browser, url, viewport, { kinds = null, cpuSlowdown = 1 } = {}) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const byControl = {};
  try {
    const page = await context.newPage();
    await page.addInitScript(observeShifts);
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    const open = async () => {
      await page.goto('about:blank');
      await page.goto(url);
      await settledForShifts(page);
    };
    await open();
    const controls = (await findControls(page)).filter((c) => !kinds || kinds.includes(c.control.split(':')[0]));
    for (const [n, control] of controls.entries()) {
      if (n > 0) await open();
      const from = await page.evaluate(() => window.__shifts.length);
      try {
        await interact(page, control, 0);
        await settledForShifts(page);
        // Late parts of the change (another year's data, a chart drawn on sight) may still move things.
        await page.evaluate(() => new Promise((r) => setTimeout(r, 600)));
        const counted = await shiftsSince(page, from);
        const all = await page.evaluate((k) => Math.round(window.__shifts.slice(k).reduce((s, e) => s + e.value, 0) * 10000) / 10000, from);
        byControl[control.control] = { cls: counted.cls, all, worstShifts: counted.worst };
      } catch (e) {
        byControl[control.control] = { error: String(e).split('\n')[0] };
      }
    }
  } finally {
    await context.close();
  }
  return byControl;
}

/** Control kinds whose change the budget covers (issue 25: year, metric, dataset, table, language). */
export const CONTROL_KINDS = ['year', 'metric', 'dataset', 'table', 'language'];

/** Layout shift after each control change of every route at each viewport: the worst, and the misses. */
export async function controlClsBench({ baseUrl, routes, viewports = CLS_VIEWPORTS, kinds = CONTROL_KINDS, chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium', cpuSlowdown = 1 }) {
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const byRoute = {};
  try {
    for (const route of routes) {
      for (const viewport of viewports) {
        const controls = await controlShifts(browser, new URL(route, baseUrl).toString(), viewport, { kinds, cpuSlowdown });
        for (const [control, r] of Object.entries(controls)) (byRoute[route] ??= {})[`${control}@${viewport.width}`] = r;
      }
    }
  } finally {
    await browser.close();
  }
  const misses = Object.entries(byRoute).flatMap(([route, cs]) => Object.entries(cs).filter(([, r]) => r.error || r.cls > CLS_BUDGET).map(([c, r]) => `${route} ${c}: ${r.error ?? r.cls}`));
  return { budget: CLS_BUDGET, withinBudget: misses.length === 0, misses, routes: byRoute };
}

const withLang = (route, lang) => `${route}${route.includes('?') ? '&' : '?'}lang=${lang}`;

/** First-load CLS of every route × viewport × language: the worst per route, and the misses. */
export async function clsBench({ baseUrl, routes, viewports = CLS_VIEWPORTS, langs = CLS_LANGS, chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium', cpuSlowdown = 1 }) {
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const byRoute = {};
  try {
    for (const route of routes) {
      const cases = {};
      let worst = { cls: 0 };
      for (const viewport of viewports) {
        for (const lang of langs) {
          const key = `${viewport.width}/${lang}`;
          const r = await firstLoadShift(browser, new URL(withLang(route, lang), baseUrl).toString(), viewport, { cpuSlowdown });
          cases[key] = r.cls;
          if (r.cls >= worst.cls) worst = { case: key, ...r };
        }
      }
      byRoute[route] = { maxCls: worst.cls, cases, worstShifts: worst.worst ?? [] };
    }
  } finally {
    await browser.close();
  }
  const misses = Object.entries(byRoute).filter(([, r]) => r.maxCls > CLS_BUDGET).map(([route, r]) => `${route}: ${r.maxCls}`);
  return { budget: CLS_BUDGET, withinBudget: misses.length === 0, misses, routes: byRoute };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { preview } = await import('vite');
  const root = resolve(import.meta.dirname, '..');
  if (!existsSync(join(root, 'dist', 'index.html'))) throw new Error('dist/ is missing: run "vite build" first');
  const { TRACE_ROUTES } = await import('./bench-routes.mjs');
  const server = await preview({ root, logLevel: 'warn', preview: { port: 4192, strictPort: false, host: '127.0.0.1' } });
  try {
    const routes = process.env.CLS_ROUTES ? process.env.CLS_ROUTES.split(',') : [...TRACE_ROUTES, '#/no-such-page'];
    const viewports = process.env.CLS_WIDTHS ? process.env.CLS_WIDTHS.split(',').map((v) => ({ width: Number(v.split('x')[0]), height: Number(v.split('x')[1]) })) : CLS_VIEWPORTS;
    const langs = process.env.CLS_LANGS ? process.env.CLS_LANGS.split(',') : CLS_LANGS;
    const baseUrl = server.resolvedUrls.local[0];
    const cpuSlowdown = Number(process.env.CLS_CPU ?? 1);
    // CLS_CONTROLS=1: the shift after each control change instead of the first load's.
    const report = process.env.CLS_CONTROLS === '1' ? await controlClsBench({ baseUrl, routes, viewports, cpuSlowdown }) : await clsBench({ baseUrl, routes, viewports, langs, cpuSlowdown });
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await server.close();
  }
}
