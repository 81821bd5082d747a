#!/usr/bin/env node
// Scale of "Your reports" (#/reports; the workspace left #/control, where the input no longer is): a generated interchange file of 10k, 100k and 1M rows
// (written by code into a temp dir, never committed) set on the file input of the built site in
// /usr/bin/chromium; timed until the page reports the file done. Prints JSON per size: median of
// BENCH_OWN_RUNS load times, the longest main-thread task (PerformanceObserver 'longtask'), and
// the tab's memory growth (renderer process RSS, which includes the worker; and the page's JS
// heap via CDP Performance.getMetrics). Run by `npm run bench`, or alone: node scripts/bench-own.mjs.
// BENCH_OWN_ARCHIVE=400x7500 instead: a national archive of 400 files × 7,500 rows set at once, its
// reload and the control map's recolour at 4× CPU (see archive() below; BENCH_OWN_PROFILE adds the
// main thread's sampled profile of the load on stderr, BENCH_OWN_PROFILE=runs its long runs, of the
// load and of the reload). Its load and reload also list their long animation frames (longFrames:
// the scripts that ran in each, by their entry point; BENCH_OWN_NO_MINIFY=1 to read the names).
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ALL_REGIONS, generate } from './own-archive.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = (process.env.BENCH_OWN_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_OWN_RUNS ?? 3);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const TAG = `--sapa-bench-own=${process.pid}`;

/** The renderer processes of the Chromium launched with TAG (the page and its workers live there), or all its processes, not those of other browsers on the machine: pid and /proc status. */
function renderers(all = false) {
  const info = new Map();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      info.set(pid, { cmd, status, ppid: status.match(/PPid:\s+(\d+)/)?.[1] });
    } catch {
      /* process ended */
    }
  }
  const root = [...info].find(([, p]) => p.cmd.includes(TAG) && !p.cmd.includes('--type='))?.[0];
  const out = [];
  for (const [pid, p] of info) {
    if (all && pid === root) out.push({ pid, status: p.status });
    if (!all && !p.cmd.includes('--type=renderer')) continue;
    let up = p.ppid;
    for (let i = 0; i < 4 && up && up !== root; i++) up = info.get(up)?.ppid;
    if (up === root) out.push({ pid, status: p.status });
  }
  return out;
}

/** RSS of the renderer processes. */
function rendererRss() {
  return renderers().reduce((sum, p) => sum + Number(p.status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) * 1024, 0);
}

/**
 * CPU seconds (user + system) used so far by the renderer processes (or all of Chromium's): on a machine shared with
 * other jobs the load time depends on them, the CPU time much less; that time over the cores is
 * about what the load would take here with the machine to itself.
 */
function cpuS(all = false) {
  const tick = 100; // USER_HZ on Linux
  let total = 0;
  for (const { pid } of renderers(all)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(f[11]) + Number(f[12])) / tick;
    } catch {
      /* process ended */
    }
  }
  return total;
}

/**
 * CPU seconds so far of each thread of Chromium's processes (renderer: the page's main thread
 * CrRendererMain, its workers DedicatedWorker; browser: IndexedDB, the file threads…), by process
 * type and thread name: where a load's CPU went, which the load time over the cores hides.
 */
function threadCpuS() {
  const tick = 100;
  const out = {};
  for (const { pid } of renderers(true)) {
    const cmd = (() => { try { return readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { return ''; } })();
    const type = cmd.match(/--type=([a-z-]+)/)?.[1] ?? 'browser';
    let tids;
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim().replace(/[0-9]+$/, '');
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const k = `${type}:${name}`;
        out[k] = (out[k] ?? 0) + (Number(f[11]) + Number(f[12])) / tick;
      } catch {
        /* thread ended */
      }
    }
  }
  return out;
}
/** The threads' CPU seconds between two threadCpuS() readings, the busiest first (over 0.1 s). */
const threadDelta = (a, b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, Math.round((v - (a[k] ?? 0)) * 10) / 10]).filter(([, v]) => v >= 0.1).sort((x, y) => y[1] - x[1]));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mb = (b) => Math.round((b / 1048576) * 10) / 10;

/**
 * BENCH_OWN_ARCHIVE=FILESxROWS (e.g. 400x7500: 3,000,000 interchange rows, issue 24 item 6): FILES
 * generated files (each its own reporters, regions spread over the 17 that exist in every period)
 * set on the workspace's file input at once. Measures the time until every file is listed done and
 * kept in IndexedDB, the longest main-thread task, the renderer's memory growth; then reloads the
 * page and measures whether (and how fast) the kept files come back; then opens the map's "Loaded
 * control reports" dataset and, with the CPU throttled 4× (CDP), times the period change from the
 * input to the frame that shows it (in-page: change → requestAnimationFrame until the caption
 * shows the new period, and until the map is drawn again → setTimeout 0; five changes among
 * quarters with the same regions, five across the June 2022 split; and Event Timing of trusted
 * ArrowDown/ArrowUp presses on the select, five between quarters with the same regions and five
 * across the split), median of 5. For a quick look at the recolour alone, BENCH_OWN_ARCHIVE=40x4200
 * (each file's rows reach over 17 quarters, on both sides of the split) loads in seconds; the
 * figure of issue 24 is 400x7500's. On a shared machine compare builds in one session, interleaved
 * (BENCH_OWN_NO_BUILD=1 serves the dist/ as it is).
 */
/** With BENCH_OWN_PROFILE: the main thread's sampled profile since Profiler.start, by self time and by innermost stacks. */
async function profileTop(cdp) {
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const stacks = new Map();
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const frames = [];
    for (let n = id; n !== undefined && frames.length < 5; n = parent.get(n)) {
      const f = byId.get(n).callFrame;
      if (f.functionName === '(root)') break;
      frames.push(`${f.functionName || '(anon)'}@${f.url.split('/').pop()}:${f.lineNumber}`);
    }
    if (frames[0]?.startsWith('(idle)') || frames[0]?.startsWith('(program)')) return;
    self.set(frames[0], (self.get(frames[0]) ?? 0) + dt);
    const k = frames.join(' < ');
    stacks.set(k, (stacks.get(k) ?? 0) + dt);
  });
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${Math.round(v / 1000)} ms ${k}`).join('\n');
  return `self:\n${top(self, 15)}\nstacks:\n${top(stacks, 12)}`;
}

/**
 * With BENCH_OWN_PROFILE, for the load: the main thread's runs of busy samples longer than 50 ms
 * (about its long tasks) and the stacks that took their time, innermost first (build with
 * BENCH_OWN_NO_MINIFY=1 to read the names).
 */
async function profileLongRuns(cdp) {
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const frames = (id, depth) => {
    const out = [];
    for (let n = id; n !== undefined && out.length < depth; n = parent.get(n)) {
      const f = byId.get(n).callFrame;
      if (f.functionName === '(root)') break;
      out.push(`${f.functionName || '(anon)'}@${f.url.split('/').pop()}:${f.lineNumber + 1}`);
    }
    return out;
  };
  const runs = [];
  let run = null;
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    t += dt;
    const top = byId.get(id).callFrame.functionName;
    if (top === '(idle)' || top === '(program)') {
      if (run && run.ms > 50_000) runs.push(run);
      run = null;
      return;
    }
    run ??= { start: t, ms: 0, stacks: new Map() };
    run.ms += dt;
    const k = frames(id, 8).join(' < ');
    run.stacks.set(k, (run.stacks.get(k) ?? 0) + dt);
  });
  if (run && run.ms > 50_000) runs.push(run);
  return runs
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 6)
    .map((r) => `run ${Math.round(r.ms / 1000)} ms at ${Math.round((r.start - profile.startTime) / 1000)} ms:\n` + [...r.stacks].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `   ${Math.round(v / 1000)} ms ${k}`).join('\n'))
    .join('\n');
}

async function archive(url, spec) {
  const [count, rows] = spec.split('x').map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'sapa-bench-own-archive-'));
  const out = { files: count, rowsPerFile: rows, rows: count * rows };
  try {
    const paths = [];
    let bytes = 0;
    for (let f = 0; f < count; f++) {
      const path = join(dir, `archive-${String(f).padStart(4, '0')}.csv`);
      const text = generate(rows, { reporter: (r) => `csb_${f}_${r}`, region: (r) => ALL_REGIONS[(f * 2 + r) % ALL_REGIONS.length] });
      writeFileSync(path, text);
      bytes += Buffer.byteLength(text);
      paths.push(path);
    }
    out.totalMb = mb(bytes);
    const browser = await chromium.launch({ executablePath: CHROME, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', TAG, ...(process.env.BENCH_OWN_ARGS ?? '').split(' ').filter(Boolean)] });
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const crashed = [];
      page.on('crash', () => crashed.push(Date.now()));
      await page.addInitScript(() => {
        window.__entries = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__entries.push([e.startTime, e.duration]);
        }).observe({ type: 'longtask', buffered: false });
        // Long animation frames (over 50 ms) and the scripts in them: which of Sapa's tasks a long one was.
        window.__frames = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__frames.push({ start: e.startTime, ms: e.duration, blockingMs: e.blockingDuration, layoutMs: e.startTime + e.duration - e.styleAndLayoutStart, scripts: e.scripts.filter((x) => x.duration >= 5).map((x) => `${x.invoker} ${x.sourceFunctionName || ''}@${x.sourceURL.split('/').pop()}:${x.sourceCharPosition} ${Math.round(x.duration)}`) });
        }).observe({ type: 'long-animation-frame', buffered: false });
      });
      // The browser's own share: the same files set on a bare <input type=file multiple> in an
      // empty page, whose change listener does nothing (without a listener the task is not
      // reported) — the longest task that setting them alone makes, with no Sapa code.
      const bare = await context.newPage();
      await bare.evaluate(() => {
        const input = Object.assign(document.createElement('input'), { type: 'file', multiple: true });
        input.addEventListener('change', () => {});
        document.body.append(input);
        window.__bare = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__bare.push(e.duration);
        }).observe({ type: 'longtask' });
      });
      await bare.locator('input').setInputFiles(paths);
      await bare.waitForTimeout(1000);
      out.bareInputLongestTaskMs = Math.round(await bare.evaluate(() => Math.max(0, ...window.__bare)));
      await bare.close();
      await page.goto(`${url}#/reports?lang=en`);
      await page.locator('[data-testid="own-input"]').waitFor();
      // The files are set on a settled page: the service worker installed (its precache, on a
      // first visit, is not the load's work).
      await page.evaluate(() => Promise.race([navigator.serviceWorker?.ready, new Promise((r) => setTimeout(r, 30_000))]));
      await page.waitForTimeout(500);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize').value;
      const heap0 = await heap();
      const rss0 = rendererRss();
      let peakRss = rss0;
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, rendererRss())), 200);
      const longSince = (t) => page.evaluate((t) => { const d = window.__entries.filter(([s]) => s >= t).map(([, d]) => d); return { longestTaskMs: Math.round(Math.max(0, ...d)), longTasks: d.length }; }, t);
      const kept = () => page.evaluate(() => new Promise((resolve) => {
        const req = indexedDB.open('sapa-own-reports');
        req.onerror = () => resolve(-1);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('files')) return resolve(0);
          const c = db.transaction('files').objectStore('files').count();
          c.onsuccess = () => { db.close(); resolve(c.result); };
          c.onerror = () => { db.close(); resolve(-1); };
        };
      }));
      const listed = () => page.evaluate(() => {
        const t = document.querySelector('[data-testid="own-files"]');
        const trs = [...(t?.querySelectorAll('tbody tr') ?? [])];
        return { listed: trs.length, loaded: trs.filter((r) => r.getAttribute('data-status') === 'loaded').length, failed: trs.filter((r) => r.getAttribute('data-status') === 'failed').length, done: t?.getAttribute('data-done') === 'true', notices: [...document.querySelectorAll('[data-testid="own-notice"], [data-testid="own-problem"]')].map((p) => p.textContent.trim().slice(0, 300)) };
      });
      const profiling = Boolean(process.env.BENCH_OWN_PROFILE);
      if (profiling) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.start');
      }
      const pageStart = await page.evaluate(() => performance.now());
      const cpu0 = cpuS();
      const cpuAll0 = cpuS(true);
      const threads0 = threadCpuS();
      const t0 = Date.now();
      await page.locator('[data-testid="own-input"]').setInputFiles(paths);
      const load = { setFilesMs: Date.now() - t0 };
      try {
        await page.waitForFunction((n) => { const t = document.querySelector('[data-testid="own-files"]'); return t?.getAttribute('data-done') === 'true' && t.querySelectorAll('tbody tr').length >= n; }, count, { polling: 250, timeout: 1_200_000 });
        load.doneMs = Date.now() - t0;
        // CPU time of the renderer (page and workers) and of all of Chromium (IndexedDB lives in the browser process).
        load.rendererCpuS = Math.round((cpuS() - cpu0) * 10) / 10;
        load.chromiumCpuS = Math.round((cpuS(true) - cpuAll0) * 10) / 10;
        load.threadCpuS = threadDelta(threads0, threadCpuS());
        for (let i = 0; i < 600 && (await kept()) < count; i++) await page.waitForTimeout(250);
        load.keptMs = Date.now() - t0;
        load.kept = await kept();
      } catch (e) {
        load.error = String(e).slice(0, 300);
        load.crashed = crashed.length > 0;
      }
      Object.assign(load, await listed().catch(() => ({})));
      await page.waitForTimeout(1500);
      clearInterval(sampler);
      peakRss = Math.max(peakRss, rendererRss());
      Object.assign(load, await longSince(pageStart).catch(() => ({})), { rssGrowthMb: mb(peakRss - rss0), heapGrowthMb: mb((await heap().catch(() => heap0)) - heap0) });
      // Where the time went: the workers' reading (the page's own:read measures, each a file's time in its worker, summed: more than the load time when workers read side by side) and the long tasks [ms after the files were set, duration].
      Object.assign(load, await page.evaluate((t) => {
        const worker = performance.getEntriesByName('own:read').reduce((sum, e) => sum + e.duration, 0);
        // The task the files were set in comes first; its length is the browser's own (bareInputLongestTaskMs
        // above, with no Sapa code): the longest of the others is the one Sapa's code can answer for.
        const tasks = window.__entries.filter(([s]) => s >= t);
        const first = tasks[0] && tasks[0][0] - t < 500 ? tasks[0] : null;
        const afterInput = tasks.filter((x) => x !== first).map(([, d]) => d);
        return { workerReadMs: Math.round(worker), longestTaskAfterInputMs: Math.round(Math.max(0, ...afterInput)), longTaskList: window.__entries.filter(([s]) => s >= t).map(([s, d]) => [Math.round(s - t), Math.round(d)]), longFrames: window.__frames.filter((f) => f.start >= t && f.blockingMs > 0).map((f) => ({ ...f, start: Math.round(f.start - t), ms: Math.round(f.ms), layoutMs: Math.round(f.layoutMs) })) };
      }, pageStart).catch(() => ({})));
      if (profiling && process.env.BENCH_OWN_PROFILE === 'runs') console.error('main thread while loading, its long runs:\n' + (await profileLongRuns(cdp)));
      else if (profiling) console.error('main thread while loading:\n' + (await profileTop(cdp)));
      out.load = load;

      // Reload: the kept files come back from IndexedDB (or the page says what it could not keep).
      const reload = {};
      const rss1 = rendererRss();
      const t1 = Date.now();
      await page.reload();
      const reloadStart = await page.evaluate(() => performance.now());
      if (profiling) await cdp.send('Profiler.start');
      try {
        await page.waitForFunction((n) => { const t = document.querySelector('[data-testid="own-files"]'); return document.querySelector('[data-testid="own-notice"]') || (t?.getAttribute('data-done') === 'true' && t.querySelectorAll('tbody tr').length >= n); }, count, { polling: 250, timeout: 300_000 });
        reload.restoredMs = Date.now() - t1;
      } catch (e) {
        reload.error = String(e).slice(0, 300);
      }
      await page.waitForTimeout(1500);
      if (profiling) console.error('main thread while reloading, its long runs:\n' + (await profileLongRuns(cdp)));
      Object.assign(reload, await page.evaluate((t) => ({ longTaskList: window.__entries.filter(([s]) => s >= t).map(([s, d]) => [Math.round(s - t), Math.round(d)]), longFrames: window.__frames.filter((f) => f.start >= t && f.blockingMs > 0).map((f) => ({ ...f, start: Math.round(f.start - t), ms: Math.round(f.ms), layoutMs: Math.round(f.layoutMs) })) }), reloadStart).catch(() => ({})));
      Object.assign(reload, await listed().catch(() => ({})), { kept: await kept().catch(() => null) }, await longSince(reloadStart).catch(() => ({})), { rssMb: mb(rendererRss()), rssBeforeMb: mb(rss1) });
      out.reload = reload;

      // The map of the loaded reports: the period changed at 4× CPU.
      const map = {};
      const t2 = Date.now();
      await page.goto(`${url}#/map?dataset=own_reports&lang=en`);
      try {
        await page.waitForSelector('[data-testid="control-map"] [data-testid="region-map"][data-ready="true"]', { timeout: 300_000 });
        map.firstMapMs = Date.now() - t2;
        const codes = await page.locator('[data-testid="control-period"] option').evaluateAll((os) => os.map((o) => o.value).filter((v) => /Q/.test(v)));
        map.quarters = codes.length;
        const c2 = await context.newCDPSession(page);
        await c2.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.waitForTimeout(1000);
        // In-page: from the change event to the frame after the caption shows the new period
        // (captionMs), and to the frame after the map is drawn again for it (mapMs: RegionMap's
        // data-ready back to true and as many regions drawn as the table lists; the map is rebuilt
        // in steps when the regions in force change, as across the June 2022 split).
        const change = (code) => page.evaluate((code) => new Promise((resolve) => {
          const sel = document.querySelector('[data-testid="control-period"]');
          const before = document.querySelector('[data-testid="map-caption"]')?.textContent;
          const t = performance.now();
          let captionMs = null;
          sel.value = code;
          sel.dispatchEvent(new Event('change', { bubbles: true }));
          const drawn = () => {
            const ids = new Set([...document.querySelectorAll('[data-testid="control-map"] [data-region-id]')].map((e) => e.getAttribute('data-region-id')));
            return document.querySelector('[data-testid="control-map"] [data-testid="region-map"][data-ready="true"]') && ids.size === document.querySelectorAll('[data-testid="control-map-table"] tbody tr').length;
          };
          const tick = () => {
            const now = performance.now();
            if (captionMs === null && document.querySelector('[data-testid="map-caption"]')?.textContent !== before) setTimeout(() => (captionMs = performance.now() - t), 0);
            if (captionMs !== null && drawn()) setTimeout(() => resolve({ captionMs: Math.round(captionMs), mapMs: Math.round(performance.now() - t) }), 0);
            else if (now - t > 20_000) resolve({ captionMs: captionMs === null ? null : Math.round(captionMs), mapMs: null });
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }), code);
        const pre = codes.filter((c) => c < '2022-Q2');
        const post = codes.filter((c) => c >= '2022-Q3');
        const series = async (seq) => {
          const out = [];
          for (const code of seq) {
            out.push(code && code !== (await page.locator('[data-testid="control-period"]').inputValue()) ? await change(code) : { captionMs: null, mapMs: null });
            await page.waitForTimeout(500);
          }
          const med = (k) => (out.some((x) => x[k] !== null) ? median(out.filter((x) => x[k] !== null).map((x) => x[k])) : null);
          return { captionMs: out.map((x) => x.captionMs), mapMs: out.map((x) => x.mapMs), medianCaptionMs: med('captionMs'), medianMapMs: med('mapMs') };
        };
        if (post[0]) await change(post[0]);
        await page.waitForTimeout(500);
        if (profiling) await cdp.send('Profiler.start');
        // Five changes between quarters after the split (the same 20 regions), then five across it (17 ↔ 20).
        map.sameRegions = await series([post[3], post[1], post[4], post[2], post[5]]);
        if (profiling) console.error('main thread while the period changed 5 times (4× CPU, same regions):\n' + (await profileTop(cdp)));
        if (profiling) await cdp.send('Profiler.start');
        map.acrossSplit = await series([pre[0], post[1], pre[1], post[2], pre[2]]);
        if (profiling) console.error('main thread while the period changed 5 times (4× CPU, across the split):\n' + (await profileTop(cdp)));
        // Event Timing of a trusted key press on the select (ArrowDown/ArrowUp change a closed select's value).
        await page.evaluate(() => {
          window.__events = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) window.__events.push({ name: e.name, start: e.startTime, duration: e.duration, processing: e.processingEnd - e.processingStart, id: e.interactionId });
          }).observe({ type: 'event', durationThreshold: 16, buffered: false });
        });
        // Five presses between two quarters with the same regions (from post[2]: 20 regions both
        // ways), then five across the June 2022 split (from 2022-Q2, the last quarter drawn with 17
        // regions: ArrowDown gives 2022-Q3 with 20, ArrowUp 2022-Q2 again).
        const keys = async (from) => {
          if (from && from !== (await page.locator('[data-testid="control-period"]').inputValue())) await change(from);
          await page.waitForTimeout(800);
          await page.locator('[data-testid="control-period"]').focus();
          const eventMs = [];
          const values = [];
          for (let i = 0; i < 5; i++) {
            const since = await page.evaluate(() => performance.now());
            await page.keyboard.press(i % 2 ? 'ArrowUp' : 'ArrowDown');
            await page.waitForTimeout(1200);
            values.push(await page.locator('[data-testid="control-period"]').inputValue());
            eventMs.push(await page.evaluate((since) => Math.round(Math.max(0, ...window.__events.filter((e) => e.start >= since).map((e) => e.duration))), since));
          }
          return { eventMs, values };
        };
        const same = await keys(post[2]);
        map.keyEventDurationMs = same.eventMs;
        map.keyEventMedianMs = median(same.eventMs);
        map.keyValues = same.values;
        const across = await keys(codes.includes('2022-Q2') && codes.includes('2022-Q3') ? '2022-Q2' : null);
        map.keyAcrossSplit = { eventDurationMs: across.eventMs, medianMs: median(across.eventMs), values: across.values };
        await c2.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      } catch (e) {
        map.error = String(e).slice(0, 300);
        map.text = (await page.locator('main').textContent().catch(() => '')).slice(0, 500);
      }
      map.rssMb = mb(rendererRss());
      out.map = map;
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  out.budget = { loadMs: 10000, longestTaskMs: 50, memoryMb: 1024, recolourMs: 100 };
  return out;
}

async function main() {
  if (!process.env.BENCH_OWN_NO_BUILD) await build({ root: ROOT, logLevel: 'warn', ...(process.env.BENCH_OWN_NO_MINIFY ? { build: { minify: false } } : {}) });
  const server = await preview({ root: ROOT, logLevel: 'warn', preview: { port: 4191, strictPort: false, host: '127.0.0.1' } });
  const url = server.resolvedUrls.local[0];
  if (process.env.BENCH_OWN_ARCHIVE) {
    try {
      console.log(JSON.stringify({ ownArchive: await archive(url, process.env.BENCH_OWN_ARCHIVE) }, null, 2));
    } finally {
      await server.close();
    }
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'sapa-bench-own-'));
  const results = [];
  try {
    for (const size of SIZES) {
      const file = join(dir, `interchange-${size}.csv`);
      writeFileSync(file, generate(size));
      const bytes = readFileSync(file).length;
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', TAG] });
        try {
          const context = await browser.newContext();
          const page = await context.newPage();
          const outside = [];
          await context.route('**/*', (route) => {
            const u = route.request().url();
            if (u.startsWith(new URL(url).origin) || u.startsWith('blob:') || u.startsWith('data:')) return route.continue();
            outside.push(u);
            return route.abort();
          });
          await page.addInitScript(() => {
            window.__longest = 0;
            window.__long = 0;
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) {
                window.__longest = Math.max(window.__longest, e.duration);
                window.__long++;
                (window.__entries ??= []).push([Math.round(e.startTime), Math.round(e.duration)]);
              }
            }).observe({ type: 'longtask', buffered: false });
          });
          await page.goto(`${url}#/reports?lang=en`);
          await page.locator('[data-testid="own-input"]').waitFor();
          await page.waitForTimeout(500);
          const cdp = await context.newCDPSession(page);
          await cdp.send('Performance.enable');
          await cdp.send('HeapProfiler.collectGarbage');
          const heap = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize').value;
          const heap0 = await heap();
          const rss0 = rendererRss();
          const start = await page.evaluate(() => {
            window.__longest = 0;
            window.__long = 0;
            window.__entries = [];
            return performance.now();
          });
          if (process.env.BENCH_OWN_TRACE) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
          if (process.env.BENCH_OWN_PROFILE) {
            await cdp.send('Profiler.enable');
            await cdp.send('Profiler.start');
          }
          let peakRss = rss0;
          const sampler = setInterval(() => (peakRss = Math.max(peakRss, rendererRss())), 100);
          const t0 = Date.now();
          await page.locator('[data-testid="own-input"]').setInputFiles(file);
          await page.waitForFunction(() => document.querySelector('[data-testid="own-files"]')?.getAttribute('data-done') === 'true' && document.querySelector('[data-testid="own-files"] tbody tr')?.getAttribute('data-status') === 'loaded', undefined, { polling: 20, timeout: 120_000 });
          const ms = Date.now() - t0;
          // After the file is done the findings, the trends and the control chart follow in later
          // tasks, and a reader scrolls to them: those tasks count too (the longest task is over
          // the whole time, not only until the list says done).
          const doneAt = await page.evaluate(() => performance.now());
          await page.waitForFunction(() => document.querySelector('[data-testid="own-trend-table"], [data-testid="own-trends-empty"]'), undefined, { polling: 20, timeout: 30_000 });
          await page.waitForTimeout(800);
          for (const target of ['[data-testid="own-findings"], [data-testid="own-findings-none"]', '[data-testid="own-trend-chart"]']) {
            await page.locator(target).first().scrollIntoViewIfNeeded();
            await page.waitForTimeout(800);
          }
          clearInterval(sampler);
          peakRss = Math.max(peakRss, rendererRss());
          let profile;
          if (process.env.BENCH_OWN_PROFILE) {
            ({ profile } = await cdp.send('Profiler.stop'));
            const self = new Map();
            const byId = new Map(profile.nodes.map((n) => [n.id, n]));
            profile.samples.forEach((id, i) => {
              const n = byId.get(id);
              const k = `${n.callFrame.functionName} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
              self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0));
            });
            console.error([...self].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${Math.round(v / 1000)} ms ${k}`).join('\n'));
          }
          if (process.env.BENCH_OWN_TRACE) {
            // The main thread's long tasks and what took the time inside them (for looking into a regression).
            const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
            const main = trace.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
            const onMain = trace.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
            for (const task of onMain.filter((e) => e.name === 'RunTask' && e.dur > 50000)) {
              const inside = new Map();
              for (const e of onMain) {
                if (e === task || e.ts < task.ts || e.ts + (e.dur ?? 0) > task.ts + task.dur) continue;
                // A script's entry point says which handler it was (the message from the worker, a Svelte effect, …).
                const d = e.args?.data;
                const name = e.name === 'FunctionCall' && d ? `FunctionCall ${d.functionName || '(anonymous)'} ${String(d.url ?? '').split('/').pop()}:${d.lineNumber ?? ''}` : e.name;
                inside.set(name, (inside.get(name) ?? 0) + (e.dur ?? 0));
              }
              console.error(`task ${Math.round(task.dur / 1000)} ms:`, [...inside].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${Math.round(v / 1000)}`).join(', '));
              // With BENCH_OWN_PROFILE too: the sampled stacks inside this task (profile and trace share the clock), innermost frames first.
              if (profile) {
                const byId = new Map(profile.nodes.map((n) => [n.id, n]));
                const parent = new Map();
                for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
                const stacks = new Map();
                let ts = profile.startTime;
                profile.samples.forEach((id, i) => {
                  ts += profile.timeDeltas[i] ?? 0;
                  if (ts < task.ts || ts > task.ts + task.dur) return;
                  const frames = [];
                  for (let n = id; n !== undefined && frames.length < 6; n = parent.get(n)) {
                    const f = byId.get(n).callFrame;
                    if (f.functionName === '(root)') break;
                    frames.push(`${f.functionName || '(anon)'}@${f.url.split('/').pop()}:${f.lineNumber}`);
                  }
                  const k = frames.join(' < ');
                  stacks.set(k, (stacks.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0));
                });
                for (const [k, v] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.error(`   ${Math.round(v / 1000)} ms ${k}`);
              }
            }
          }
          const heap1 = await heap();
          const { longest, long, entries, end, marks } = await page.evaluate(() => ({ longest: window.__longest, long: window.__long, entries: window.__entries, end: performance.now(), marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]) }));
          const longestAfter = Math.max(0, ...entries.filter(([t]) => t >= doneAt).map(([, d]) => d));
          if (process.env.BENCH_OWN_PROFILE) console.error('long tasks [start, duration] ms after the file was set:', JSON.stringify(entries.map(([t, d]) => [t - Math.round(start), d])), 'done at', Math.round(doneAt - start), 'observed until', Math.round(end - start), JSON.stringify(marks.map(([n, t]) => [n, t - Math.round(start)])));
          runs.push({ ms, longestTaskMs: Math.round(longest), longestTaskAfterDoneMs: Math.round(longestAfter), longTasks: long, rssGrowthMb: mb(peakRss - rss0), heapGrowthMb: mb(heap1 - heap0), requestsOutside: outside.length });
        } finally {
          await browser.close();
        }
      }
      results.push({
        rows: size,
        fileMb: mb(bytes),
        medianMs: median(runs.map((r) => r.ms)),
        maxLongestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
        medianRssGrowthMb: median(runs.map((r) => r.rssGrowthMb)),
        medianHeapGrowthMb: median(runs.map((r) => r.heapGrowthMb)),
        runs,
      });
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await server.close();
  }
  const budget = { ms: 3000, longestTaskMs: 50, memoryMb: 400 };
  const big = results.find((r) => r.rows === 1_000_000);
  console.log(JSON.stringify({ ownReports: { budget, results, withinBudget: big ? big.medianMs <= budget.ms && big.maxLongestTaskMs <= budget.longestTaskMs && big.medianRssGrowthMb <= budget.memoryMb : null } }, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
