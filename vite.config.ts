/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { cpSync, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const DATA_DIR = resolve(import.meta.dirname, 'data');
// Only these folders of data/ are published; scripts' inputs and notes for maintainers stay out.
const PUBLISHED = ['reference', 'monitoring', 'geo', 'control'];
const TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** Serve data/ at /data/ in dev. */
function serveSiteData(): Plugin {
  return {
    name: 'sapa-serve-data',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const rel = normalize(decodeURIComponent((req.url ?? '').split('?')[0] ?? '')).replace(/^([/\\])+/, '');
        const file = join(DATA_DIR, rel);
        const top = rel.split(sep)[0] ?? '';
        if (!file.startsWith(DATA_DIR + sep) || !PUBLISHED.includes(top) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
        res.end(readFileSync(file));
      });
    },
  };
}

/** Copy the published folders of data/ into dist/data/ (build only: Vitest also runs plugins). */
function copySiteData(): Plugin {
  let outDir = 'dist';
  return {
    name: 'sapa-copy-data',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const dir of PUBLISHED) {
        const from = join(DATA_DIR, dir);
        if (existsSync(from)) cpSync(from, join(outDir, 'data', dir), { recursive: true });
      }
      const readme = join(DATA_DIR, 'README.md');
      if (existsSync(readme)) cpSync(readme, join(outDir, 'data', 'README.md'));
    },
  };
}

/**
 * Content-Security-Policy as a <meta> (static hosts cannot set headers). Build only: the dev server
 * needs its own client script and websocket.
 */
function contentSecurityPolicy(): Plugin {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    // Svelte and Leaflet set element styles at run time; no style is loaded from elsewhere.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The Web Worker that reads loaded reports ("Your reports" on #/control).
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
  return {
    name: 'sapa-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
    },
  };
}

export default defineConfig({
  // Relative base: the build works from any sub-path of any static host.
  base: './',
  plugins: [
    // Templates built node by node, not parsed from HTML strings: each first use of a template
    // otherwise runs the HTML parser, 5-9 ms a task when a view first renders (traced), and no
    // template goes through innerHTML.
    svelte({ compilerOptions: { fragments: 'tree' } }),
    serveSiteData(),
    copySiteData(),
    contentSecurityPolicy(),
  ],
  resolve: {
    // Leaflet's ES module build: no CommonJS wrapper to run, and its unused parts can be dropped.
    alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }],
  },
  build: {
    target: 'es2022',
    // One stylesheet, linked from index.html. With a file per view, the loader adds <link>s at run
    // time; added before the first paint, they held it back (up to 2 s on the map page under
    // Lighthouse), and each costs a request and a style recalculation. All views' CSS is about 5 KB gzip.
    cssCodeSplit: false,
    // Everything the first page needs in one file (the `$initial` modules), so index.html has one
    // <script> and no <link rel="modulepreload">. With preload links in the page, headless Chromium
    // under Lighthouse held the first paint back by 1–2 s in most runs (no frame at all until then),
    // and splitting the entry into ten shared chunks would otherwise cost a round trip of requests
    // after the entry arrives. Lazy views import what they share from this file.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
    modulePreload: {
      polyfill: false,
      // No preload links, in index.html or added by the loader: see above for the first; each link
      // the loader adds costs the main thread several milliseconds (about 60 ms in all for the
      // trends page under Lighthouse's mobile profile), more than the round trip it saves once the
      // page heading is already on screen.
      resolveDependencies: () => [],
    },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
