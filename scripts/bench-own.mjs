#!/usr/bin/env node
// Scale of "Your reports" (#/control): a generated interchange file of 10k, 100k and 1M rows
// (written by code into a temp dir, never committed) set on the file input of the built site in
// /usr/bin/chromium; timed until the page reports the file done. Prints JSON per size: median of
// BENCH_OWN_RUNS load times, the longest main-thread task (PerformanceObserver 'longtask'), and
// the tab's memory growth (renderer process RSS, which includes the worker; and the page's JS
// heap via CDP Performance.getMetrics). Run by `npm run bench`, or alone: node scripts/bench-own.mjs.
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = (process.env.BENCH_OWN_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_OWN_RUNS ?? 3);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * A 1-mk file of valid reports (many reporters × 24 quarters): every row without service sub-rows,
 * each month and the quarter; leaves are pseudo-random, totals the sums of their parts, quarters
 * the sums of their months, so the file holds what a well-kept national export would.
 */
function generate(rows) {
  const ref = readFileSync(join(ROOT, 'data/reference/control_rows.csv'), 'utf8').split('\n').slice(1).filter(Boolean);
  // Split on commas outside quotes: labels contain commas.
  const cells = (l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
  const defs = ref.map(cells).filter((c) => c[0] === '1-mk' && c[9] === '').map((c) => ({ code: c[2], parent: c[4], split: c[8] === 'true' }));
  const codes = new Set(defs.map((d) => d.code));
  const children = new Map();
  for (const d of defs) if (d.parent && codes.has(d.parent)) children.set(d.parent, [...(children.get(d.parent) ?? []), d.code]);
  const lines = ['form,reporter,region_id,period,code,applicant,service,value'];
  // Region ids of reference/regions.csv that existed in every period below (the loader checks them).
  const regions = ['astana', 'almaty_city', 'shymkent', 'karaganda', 'akmola', 'aktobe', 'almaty_region', 'atyrau'];
  let seq = 0;
  let n = 0;
  for (let r = 0; ; r++) {
    // Quarters the 2021 form version covers (from 2021-Q3), none in the future: a valid file, counted in the trends.
    for (let year = 2021; year <= 2026; year++) {
      for (let q = year === 2021 ? 3 : 1; q <= (year === 2026 ? 2 : 4); q++) {
        const months = [1, 2, 3].map((k) => `${year}-${String((q - 1) * 3 + k).padStart(2, '0')}`);
        const value = new Map();
        const month = (code, k) => {
          const key = `${code}|${k}`;
          if (!value.has(key)) value.set(key, children.has(code) ? children.get(code).reduce((s, c) => s + month(c, k), 0) : (seq++ * 7919) % 13);
          return value.get(key);
        };
        for (const { code, split } of defs) {
          for (const applicant of split ? ['individual', 'legal'] : ['']) {
            const v = [0, 1, 2].map((k) => month(code, `${k}${applicant}`));
            const periods = [...months.map((m, i) => [m, v[i]]), [`${year}-Q${q}`, v[0] + v[1] + v[2]]];
            for (const [period, val] of periods) {
              lines.push(`1-mk,csb_${r},${regions[r % regions.length]},${period},${code},${applicant},,${val}`);
              if (++n >= rows) return lines.join('\n') + '\n';
            }
          }
        }
      }
    }
  }
}

const TAG = `--sapa-bench-own=${process.pid}`;

/** RSS of the renderer processes of the Chromium launched with TAG (the page and its worker live there), not of other browsers on the machine. */
function rendererRss() {
  const info = new Map();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      info.set(pid, { cmd, ppid: status.match(/PPid:\s+(\d+)/)?.[1], rss: Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) * 1024 });
    } catch {
      /* process ended */
    }
  }
  const root = [...info].find(([, p]) => p.cmd.includes(TAG) && !p.cmd.includes('--type='))?.[0];
  let total = 0;
  for (const [pid, p] of info) {
    if (!p.cmd.includes('--type=renderer')) continue;
    let up = p.ppid;
    for (let i = 0; i < 4 && up && up !== root; i++) up = info.get(up)?.ppid;
    if (up === root) total += p.rss;
    void pid;
  }
  return total;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mb = (b) => Math.round((b / 1048576) * 10) / 10;

async function main() {
  if (!process.env.BENCH_OWN_NO_BUILD) await build({ root: ROOT, logLevel: 'warn' });
  const server = await preview({ root: ROOT, logLevel: 'warn', preview: { port: 4191, strictPort: false, host: '127.0.0.1' } });
  const url = server.resolvedUrls.local[0];
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
          await page.goto(`${url}#/control?lang=en`);
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
