// Trace-based figures for `npm run bench` (scripts/bench.mjs calls traceBench()), steadier than
// Lighthouse's score on a busy host: per route, under 4× CPU throttling,
//   - boot: the longest main-thread task, total blocking time and where the main thread's time
//     went (script / style & layout / paint / …), read from a Chromium trace of a cold load;
//   - interactions: the latency of each control (sort, year, metric, dataset, entity, filter, table,
//     language), from the browser's Event Timing API (what INP is built on), as a real key press or
//     click: input → the frame that shows the result, beside the handlers' own time, the layout
//     shift the change causes once its 0.5 s input grace is over, and where the main thread's time
//     went (script / style and layout / paint, from one more change, traced);
//   - viewport 412×823 (BENCH_TRACE_VIEWPORT=1280x800 for a laptop's);
//   - data: the data files the route fetched, raw and gzip.
// Medians over BENCH_TRACE_RUNS runs (default 10). Service workers are blocked: the figures are
// those of the page itself, not of the worker's first-visit precaching.
// Standalone: `node scripts/bench-trace.mjs` against an existing dist/ (run `vite build` first).
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { observeShifts, shiftsSince } from './bench-cls.mjs';
import { findControls, interact } from './bench-controls.mjs';

export const TRACE_BUDGET = { interactionMs: 100, bootTaskMs: 200, servicePageDataGzipKb: 10, cpuSlowdown: 4 };

import { TRACE_ROUTES } from './bench-routes.mjs';
export { TRACE_ROUTES };

const CATEGORIES = ['-*', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing', 'loading', 'toplevel'].join(',');
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadControllerImpl::DoWork', 'TaskQueueManager::ProcessTaskFromWorkQueue']);
// Where main-thread time goes, by trace event name (the groups Lighthouse's main-thread breakdown
// uses). An event of no group counts toward its parent's group; a task of none is "other".
const GROUPS = {
  script: ['BlinkScheduler_PerformMicrotaskCheckpoint', 'v8.callFunction', 'v8.newInstance', 'LocalWindowProxy::Initialize', 'LocalWindowProxy::CreateContext', 'ContextCreatedNotification', 'EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame', 'RunMicrotasks', 'V8.Execute', 'v8.run', 'EventDispatch', 'XHRReadyStateChange', 'XHRLoad', 'v8.compile', 'v8.compileModule', 'V8.CompileCode', 'v8.produceCache', 'v8.produceModuleCache', 'CacheScript', 'v8.deserializeOnBackground', 'v8.parseOnBackground'],
  styleLayout: ['ScheduleStyleRecalculation', 'UpdateLayoutTree', 'RecalculateStyles', 'InvalidateLayout', 'Layout', 'ParseAuthorStyleSheet'],
  paint: ['Animation', 'HitTest', 'PaintSetup', 'Paint', 'PaintImage', 'PrePaint', 'Layerize', 'UpdateLayer', 'UpdateLayerTree', 'CompositeLayers', 'Commit', 'RasterTask', 'ScrollLayer', 'Decode Image', 'ImageDecodeTask'],
  parseHtml: ['ParseHTML'],
  gc: ['GCEvent', 'MinorGC', 'MajorGC', 'BlinkGC.AtomicPhase', 'ThreadState::performIdleLazySweep', 'V8.GCFinalizeMC', 'V8.GCScavenger', 'V8.GCIncrementalMarking', 'BlinkGCMarking', 'CppGC.AtomicPhase'],
};
const GROUP_OF = new Map(Object.entries(GROUPS).flatMap(([g, names]) => names.map((n) => [n, g])));
const groupOf = (name) => GROUP_OF.get(name) ?? (/^V8\.GC/.test(name) ? 'gc' : /^(v8|V8)\./.test(name) ? 'script' : undefined);

const round = (x) => Math.round(x * 10) / 10;
const kb = (bytes) => Math.round((bytes / 1024) * 100) / 100;
export const median = (xs) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The renderer main thread that did the most work: the page's (the trace also holds others). */
function pageMainThread(events) {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
  let best = null;
  let bestBusy = -1;
  for (const key of mains) {
    const busy = events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X' && TASK_NAMES.has(e.name)).reduce((s, e) => s + (e.dur ?? 0), 0);
    if (busy > bestBusy) [best, bestBusy] = [key, busy];
  }
  return best;
}

/** Complete events of one thread, B/E pairs joined into X, sorted for nesting. */
function threadEvents(events, key) {
  const out = [];
  const open = [];
  for (const e of events) {
    if (`${e.pid}:${e.tid}` !== key) continue;
    if (e.ph === 'X' && typeof e.dur === 'number') out.push({ name: e.name, ts: e.ts, dur: e.dur });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) out.push({ name: b.name, ts: b.ts, dur: e.ts - b.ts });
    }
  }
  return out.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

/** Tasks (longest, TBT) and self time by group over the whole trace of one cold load. */
export function analyseTrace(trace) {
  const events = trace.traceEvents ?? trace;
  const key = pageMainThread(events);
  if (!key) return null;
  const list = threadEvents(events, key);
  const tasks = list.filter((e) => TASK_NAMES.has(e.name));
  // Nested task events (a task inside a task's nested run loop) count once, as the outer one.
  const topTasks = [];
  for (const t of tasks) {
    const last = topTasks[topTasks.length - 1];
    if (!last || t.ts >= last.ts + last.dur) topTasks.push(t);
  }
  const split = { script: 0, styleLayout: 0, paint: 0, parseHtml: 0, gc: 0, other: 0 };
  // Self time of each event inside tasks, given to its own group or else its nearest ancestor's.
  const stack = [];
  const close = (until) => {
    while (stack.length && stack[stack.length - 1].end <= until) {
      const done = stack.pop();
      split[done.group] += Math.max(0, done.dur - done.childDur) / 1000;
    }
  };
  for (const e of list) {
    close(e.ts);
    const parent = stack[stack.length - 1];
    if (!parent && !TASK_NAMES.has(e.name)) continue; // work outside any task is not main-thread time we budget
    if (parent) parent.childDur += Math.min(e.dur, parent.end - e.ts);
    const group = groupOf(e.name) ?? (parent ? parent.group : 'other');
    stack.push({ end: e.ts + e.dur, dur: e.dur, childDur: 0, group });
  }
  close(Infinity);
  const durs = topTasks.map((t) => t.dur / 1000);
  return {
    longestTaskMs: round(Math.max(0, ...durs)),
    totalBlockingTimeMs: round(durs.reduce((s, d) => s + Math.max(0, d - 50), 0)),
    tasksOver50ms: durs.filter((d) => d > 50).length,
    mainThreadMs: split,
  };
}

/** Wait until the route shows its content: heading, no loading line, no part still to come. */
async function settled(page) {
  await page.waitForSelector('main[data-route] h1', { timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]') && !document.querySelector('main [data-pending]'), undefined, { polling: 100, timeout: 60_000 });
  await page.waitForLoadState('networkidle').catch(() => undefined);
}

/** Read the page to its end once, as a person would: parts below the fold render on approach. */
async function scrollThrough(page) {
  for (let i = 0; i < 150; i++) {
    const atEnd = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy(0, Math.round(window.innerHeight * 0.9));
      return window.scrollY === before;
    });
    await page.waitForTimeout(atEnd ? 150 : 40);
    if (atEnd) break;
  }
  await settled(page);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Two frames and a moment: Event Timing entries are reported after the next paint. */
const afterPaint = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));

// A phone's viewport by default; BENCH_TRACE_VIEWPORT=1280x800 for a laptop's (wide tables, charts beside them).
const [vw, vh] = (process.env.BENCH_TRACE_VIEWPORT ?? '412x823').split('x').map(Number);
const VIEWPORT = { width: vw || 412, height: vh || 823 };

async function newThrottledPage(browser, origin) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const external = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    external.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  // Interactions as the browser reports them for INP: every event entry of an interaction.
  await page.addInitScript(() => {
    window.__benchEvents = [];
    new PerformanceObserver((list) => {
      // duration: from the input to the next frame that shows its result (what INP counts);
      // processingEnd - processingStart: the event handlers alone.
      for (const e of list.getEntries()) if (e.interactionId) window.__benchEvents.push({ id: e.interactionId, name: e.name, duration: e.duration, handler: e.processingEnd - e.processingStart });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  // Layout shifts after a control's change (those within 0.5 s of the input do not count, as in CLS).
  await page.addInitScript(observeShifts);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: TRACE_BUDGET.cpuSlowdown });
  return { context, page, external };
}

/** One cold load of a route with a trace; also records the data files it fetched. */
async function bootRun(browser, url, origin) {
  const { context, page, external } = await newThrottledPage(browser, origin);
  const data = new Set();
  page.on('response', (r) => {
    const m = r.url().match(/\/(data\/[^?#]+)/);
    if (m && r.ok()) data.add(decodeURIComponent(m[1]));
  });
  try {
    await browser.startTracing(page, { categories: CATEGORIES.split(',') });
    await page.goto(url);
    await settled(page);
    await afterPaint(page);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    return { figures: analyseTrace(trace), data: [...data].sort(), external };
  } finally {
    await context.close();
  }
}

/** Latency (ms) of each interaction with each control on one loaded route. */
async function interactionRuns(browser, url, origin, runs) {
  const { context, page } = await newThrottledPage(browser, origin);
  const byControl = {};
  try {
    const open = async () => {
      await page.goto('about:blank');
      await page.goto(url);
      await settled(page);
      await scrollThrough(page);
    };
    await open();
    const controls = await findControls(page);
    for (const [n, control] of controls.entries()) {
      // Each control starts from the route as linked (another control may have changed the view).
      if (n > 0) await open();
      const latencies = [];
      const handlers = [];
      const shifts = [];
      let unmeasured = 0;
      for (let i = 0; i < runs; i++) {
        try {
          const from = await page.evaluate(() => window.__benchEvents.length);
          const shiftsFrom = await page.evaluate(() => window.__shifts.length);
          await interact(page, control, i);
          await afterPaint(page);
          await settled(page);
          // Late parts of the change (data of another year, a chart) may still move things.
          await page.evaluate(() => new Promise((r) => setTimeout(r, 600)));
          const entries = await page.evaluate((n) => window.__benchEvents.slice(n), from);
          // Shorter than 16 ms: the browser reports no entry; counted as 16 ms (the floor we can see).
          latencies.push(entries.length ? Math.max(...entries.map((e) => e.duration)) : 16);
          handlers.push(entries.length ? Math.max(...entries.map((e) => e.handler)) : 0);
          shifts.push((await shiftsSince(page, shiftsFrom)).cls);
        } catch {
          unmeasured++;
        }
      }
      // Where the time of the change goes: one more change, traced (not among the timed runs,
      // as tracing slows the page), split into script, style and layout, paint… (analyseTrace).
      let frameSplitMs = null;
      try {
        await open();
        await browser.startTracing(page, { categories: CATEGORIES.split(',') });
        await interact(page, control, runs);
        await afterPaint(page);
        const split = analyseTrace(JSON.parse((await browser.stopTracing()).toString('utf8')));
        frameSplitMs = split ? Object.fromEntries(Object.entries(split.mainThreadMs).map(([k, v]) => [k, round(v)])) : null;
      } catch {
        await browser.stopTracing().catch(() => undefined);
      }
      byControl[control.control] = {
        // Input → the frame that shows the result (Event Timing duration, as INP).
        medianMs: median(latencies),
        maxMs: latencies.length ? Math.max(...latencies) : null,
        // The event handlers alone (processingStart → processingEnd); the rest is style, layout, paint.
        handlerMedianMs: handlers.length ? round(median(handlers)) : null,
        // Layout shift the change caused once its 0.5 s input grace had passed (worst run).
        maxCls: shifts.length ? Math.max(...shifts) : null,
        // Main-thread time from the input to two frames after it, by kind (one traced run).
        frameSplitMs,
        runs: latencies.length,
        ...(unmeasured ? { failedRuns: unmeasured } : {}),
      };
    }
  } finally {
    await context.close();
  }
  return byControl;
}

/** Trace figures for every route, medians of `runs` runs, with budgets and pass/fail. */
export async function traceBench({ baseUrl, dist, runs = Number(process.env.BENCH_TRACE_RUNS ?? 10), routes = TRACE_ROUTES, chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium' }) {
  const origin = new URL(baseUrl).origin;
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const byRoute = {};
  try {
    for (const route of routes) {
      const url = new URL(route, baseUrl).toString();
      const boots = [];
      let data = [];
      const external = new Set();
      for (let i = 0; i < runs; i++) {
        const run = await bootRun(browser, url, origin);
        if (run.figures) boots.push(run.figures);
        if (i === 0) data = run.data;
        run.external.forEach((u) => external.add(u));
      }
      const pick = (f) => (boots.length ? round(median(boots.map(f))) : null);
      const files = data.map((file) => {
        const path = join(dist, file);
        const raw = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
        return { file, kb: kb(raw.length), gzipKb: kb(gzipSync(raw, { level: 9 }).length) };
      });
      byRoute[route] = {
        boot: {
          longestTaskMs: pick((b) => b.longestTaskMs),
          longestTaskMaxMs: boots.length ? Math.max(...boots.map((b) => b.longestTaskMs)) : null,
          totalBlockingTimeMs: pick((b) => b.totalBlockingTimeMs),
          tasksOver50ms: pick((b) => b.tasksOver50ms),
          mainThreadMs: Object.fromEntries(Object.keys(boots[0]?.mainThreadMs ?? {}).map((k) => [k, pick((b) => b.mainThreadMs[k])])),
          runs: boots.length,
        },
        interactions: await interactionRuns(browser, url, origin, runs),
        data: { files, kb: kb(files.reduce((s, f) => s + f.kb * 1024, 0)), gzipKb: kb(files.reduce((s, f) => s + f.gzipKb * 1024, 0)) },
        externalRequests: [...external],
      };
    }
  } finally {
    await browser.close();
  }

  const allInteractions = Object.entries(byRoute).flatMap(([route, r]) => Object.entries(r.interactions).map(([c, v]) => ({ route, control: c, ...v })));
  const slow = allInteractions.filter((x) => x.medianMs === null || x.medianMs > TRACE_BUDGET.interactionMs).map((x) => `${x.route} ${x.control}: ${x.medianMs} ms`);
  const longBoots = Object.entries(byRoute).filter(([, r]) => r.boot.longestTaskMs === null || r.boot.longestTaskMs > TRACE_BUDGET.bootTaskMs).map(([route, r]) => `${route}: ${r.boot.longestTaskMs} ms`);
  const servicePages = Object.entries(byRoute).filter(([route]) => /^#\/services\/[^/?]+/.test(route));
  const heavyServiceData = servicePages.filter(([, r]) => r.data.gzipKb > TRACE_BUDGET.servicePageDataGzipKb).map(([route, r]) => `${route}: ${r.data.gzipKb} KB gzip`);
  const checks = {
    interactionsWithin100ms: slow.length === 0,
    bootTasksWithin200ms: longBoots.length === 0,
    servicePageDataWithin10KbGzip: servicePages.length > 0 && heavyServiceData.length === 0,
    noThirdPartyRequests: Object.values(byRoute).every((r) => r.externalRequests.length === 0),
  };
  return {
    budget: TRACE_BUDGET,
    // Verdicts use the medians; each route also shows its worst boot task (longestTaskMaxMs).
    checks,
    misses: { slowInteractions: slow, longBootTasks: longBoots, heavyServicePages: heavyServiceData },
    runs,
    routes: byRoute,
  };
}

// Standalone: serve the existing build and print the trace figures alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { preview } = await import('vite');
  const root = resolve(import.meta.dirname, '..');
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run "vite build" first');
  const server = await preview({ root, logLevel: 'warn', preview: { port: 4191, strictPort: false, host: '127.0.0.1' } });
  try {
    const routes = process.env.BENCH_TRACE_PAGES ? process.env.BENCH_TRACE_PAGES.split(',') : TRACE_ROUTES;
    console.log(JSON.stringify(await traceBench({ baseUrl: server.resolvedUrls.local[0], dist, routes }), null, 2));
  } finally {
    await server.close();
  }
}
