#!/usr/bin/env node
// npm run bench: build, serve, and print JSON against the budgets. A benchmark, not a test: it
// does not run in npm test, and it exits 0 unless BENCH_STRICT=1 and a budget is missed.
//   - bundle sizes (gzip);
//   - trace figures per route under 4x CPU throttling (scripts/bench-trace.mjs): longest boot
//     task, total blocking time, script/layout/paint split, the latency of each control, the data
//     each route fetches; median of BENCH_TRACE_RUNS runs (default 10), BENCH_TRACE_PAGES to narrow;
//   - Lighthouse (mobile) as a second opinion, median of BENCH_RUNS runs per page (default 5,
//     Lighthouse's advice for variable hosts) over BENCH_PAGES; BENCH_LIGHTHOUSE=0 skips it.
import { build, preview } from 'vite';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { traceBench, TRACE_ROUTES } from './bench-trace.mjs';
import { clsBench, controlClsBench } from './bench-cls.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const PAGES = (process.env.BENCH_PAGES ?? '#/,#/map,#/rankings,#/trends').split(',');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== '0';
const TRACE_PAGES = process.env.BENCH_TRACE_PAGES ? process.env.BENCH_TRACE_PAGES.split(',') : TRACE_ROUTES;
const BUDGET = { initialJsKb: 60, performance: 95, accessibility: 100, cls: 0.02 };
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const kb = (bytes) => Math.round((bytes / 1024) * 100) / 100;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** chunk file → heavy libraries bundled in it, read from the build's own module list. */
function heavyLibsByChunk(output) {
  const outputs = Array.isArray(output) ? output : [output];
  const map = new Map();
  for (const o of outputs) {
    for (const chunk of o.output ?? []) {
      if (chunk.type !== 'chunk') continue;
      const ids = chunk.moduleIds ?? Object.keys(chunk.modules ?? {});
      const libs = [];
      if (ids.some((id) => /node_modules[\\/]chart\.js[\\/]/.test(id))) libs.push('chart.js');
      if (ids.some((id) => /node_modules[\\/]leaflet[\\/]/.test(id))) libs.push('leaflet');
      map.set(chunk.fileName, libs);
    }
  }
  return map;
}

/**
 * What the first bundle holds and why: each module of the chunks index.html loads, its size in
 * the bundle (raw, and gzip of its code alone: an estimate, as modules compress together) and the
 * chain of static imports from the entry that brought it in. Filled while the bench builds.
 */
const entryWhy = [];
function explainEntry() {
  const short = (id) => id.replace(`${ROOT}/`, '').replace(/^.*node_modules\//, '');
  return {
    name: 'bench-explain-entry',
    apply: 'build',
    generateBundle(_options, bundle) {
      const initial = Object.values(bundle).filter((c) => c.type === 'chunk' && c.isEntry);
      const entries = initial.flatMap((c) => (c.facadeModuleId ? [c.facadeModuleId] : []));
      // Shortest chain of static imports from an entry to each module (breadth first).
      const via = new Map(entries.map((id) => [id, null]));
      const queue = [...entries];
      while (queue.length) {
        const id = queue.shift();
        for (const next of this.getModuleInfo(id)?.importedIds ?? []) {
          if (!via.has(next)) {
            via.set(next, id);
            queue.push(next);
          }
        }
      }
      const chain = (id) => {
        const out = [];
        for (let at = via.get(id); at; at = via.get(at)) out.unshift(short(at));
        return out.join(' → ');
      };
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !(chunk.isEntry || chunk.name === 'app')) continue;
        for (const [id, m] of Object.entries(chunk.modules)) {
          if (!m.renderedLength) continue;
          entryWhy.push({ module: short(id), kb: kb(m.renderedLength), gzipKb: kb(gzipSync(m.code ?? '', { level: 9 }).length), via: chain(id) });
        }
      }
      entryWhy.sort((a, b) => b.kb - a.kb);
    },
  };
}

function bundleSizes(libs) {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]));
  const assets = readdirSync(join(DIST, 'assets')).filter((f) => /\.(js|css)$/.test(f)).map((f) => `assets/${f}`);
  const describe = (f) => {
    const contains = libs.get(f) ?? [];
    return { file: f, gzipKb: kb(gz(join(DIST, f))), contains };
  };
  const init = [...initial].map(describe);
  const lazy = assets.filter((f) => !initial.has(f)).map(describe).sort((a, b) => b.gzipKb - a.gzipKb);
  const sum = (xs, ext) => kb(xs.filter((x) => x.file.endsWith(ext)).reduce((s, x) => s + x.gzipKb * 1024, 0));
  return {
    initialJsGzipKb: sum(init, '.js'),
    initialCssGzipKb: sum(init, '.css'),
    initial: init,
    lazy,
    heavyLibsInInitial: init.flatMap((x) => x.contains),
    // The first bundle's modules, largest first, each with the imports that brought it in.
    initialModules: entryWhy,
  };
}

async function lighthouseRuns(url) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      const lhr = result.lhr;
      runs.push({
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
        tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
        cls: Math.round(lhr.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
        benchmarkIndex: Math.round(lhr.environment?.benchmarkIndex ?? 0),
        lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.nodeLabel
          ?? lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.node?.nodeLabel ?? null,
        warnings: lhr.runWarnings ?? [],
        failedA11y: Object.values(lhr.audits).filter((a) => a.score === 0 && lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id)).map((a) => a.id),
      });
    } finally {
      await chrome.kill();
    }
  }
  const pick = (k) => median(runs.map((r) => r[k]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    cls: pick('cls'),
    lcpElement: runs[0]?.lcpElement ?? null,
    failedA11yAudits: [...new Set(runs.flatMap((r) => r.failedA11y))],
    runs: runs.length,
    // Each run, so a noisy host shows as such: [performance, TBT ms, LCP ms, Lighthouse's
    // benchmarkIndex of the machine at that moment].
    eachRun: runs.map((r) => [r.performance, r.tbtMs, r.lcpMs, r.benchmarkIndex]),
    // Lighthouse's own warnings, e.g. that the host CPU was slower than it expects.
    runWarnings: [...new Set(runs.flatMap((r) => r.warnings))],
  };
}

const output = await build({ root: ROOT, logLevel: 'warn', plugins: [explainEntry()] });
const sizes = bundleSizes(heavyLibsByChunk(output));
const server = await preview({ root: ROOT, logLevel: 'warn', preview: { port: 4190, strictPort: false, host: '127.0.0.1' } });
const base = server.resolvedUrls.local[0];
const lighthouseByPage = {};
let trace;
let cls;
let controlCls;
try {
  trace = await traceBench({ baseUrl: base, dist: DIST, routes: TRACE_PAGES });
  // Every route of the trace, plus the page for an unknown address, at a phone's and a laptop's size, in kk, ru, en.
  cls = await clsBench({ baseUrl: base, routes: [...TRACE_PAGES, '#/no-such-page'] });
  // And after each change of a year, metric, dataset, table or language on those routes.
  controlCls = await controlClsBench({ baseUrl: base, routes: TRACE_PAGES });
  if (LIGHTHOUSE) for (const page of PAGES) lighthouseByPage[page] = await lighthouseRuns(new URL(page, base).toString());
} finally {
  await server.close();
}

const checks = {
  initialJs: sizes.initialJsGzipKb <= BUDGET.initialJsKb,
  heavyLibsLazy: sizes.heavyLibsInInitial.length === 0,
  ...trace.checks,
  firstLoadCls: cls.withinBudget,
  controlChangeCls: controlCls.withinBudget,
  ...(LIGHTHOUSE
    ? {
        performance: Object.values(lighthouseByPage).every((r) => r.performance >= BUDGET.performance),
        accessibility: Object.values(lighthouseByPage).every((r) => r.accessibility >= BUDGET.accessibility),
        cls: Object.values(lighthouseByPage).every((r) => r.cls <= BUDGET.cls),
      }
    : {}),
};
const report = {
  budget: { ...BUDGET, ...trace.budget },
  withinBudget: Object.values(checks).every(Boolean),
  checks,
  misses: { ...trace.misses, layoutShift: cls.misses, layoutShiftAfterControls: controlCls.misses },
  sizes,
  trace: { runs: trace.runs, routes: trace.routes },
  // Cumulative layout shift of each route's first load (the worst of its widths and languages).
  cls,
  // Layout shift after each control change (year, metric, dataset, table, language) at 412 and
  // 1280 px: \`cls\` as CLS counts it (not in the 0.5 s after the input), \`all\` every shift.
  controlCls,
  lighthouse: LIGHTHOUSE ? lighthouseByPage : 'skipped (BENCH_LIGHTHOUSE=0)',
};
console.log(JSON.stringify(report, null, 2));
if (process.env.BENCH_STRICT === '1' && !report.withinBudget) process.exit(1);
