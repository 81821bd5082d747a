/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { buildDataBundle } from './scripts/publish/bundle.ts';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { buildSlices } from './scripts/slices/build.ts';

const DATA_DIR = resolve(import.meta.dirname, 'data');
// Only these folders of data/ are published; scripts' inputs and notes for maintainers stay out.
const PUBLISHED = ['reference', 'monitoring', 'geo', 'control'];
const TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.zip': 'application/zip',
};

/** Serve data/ at /data/ in dev. */
function serveSiteData(): Plugin {
  return {
    name: 'sapa-serve-data',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const rel = normalize(decodeURIComponent((req.url ?? '').split('?')[0] ?? '')).replace(/^([/\\])+/, '');
        // The catalogue, dictionaries and ZIP are made from data/ (scripts/publish/bundle.ts), afresh on each request.
        const made = rel.includes(sep) ? undefined : buildDataBundle(DATA_DIR).files.get(rel);
        if (made) {
          res.setHeader('Content-Type', TYPES[extname(rel)] ?? 'application/octet-stream');
          res.end(made);
          return;
        }
        // The route-shaped slices, made from the current data on every request (dev only).
        const slice = rel.startsWith('slices/') ? buildSlices(DATA_DIR).get(rel.split(sep).join('/')) : undefined;
        if (slice !== undefined) {
          res.setHeader('Content-Type', TYPES[extname(rel)] ?? 'application/octet-stream');
          res.end(slice);
          return;
        }
        const file = join(DATA_DIR, rel);
        const top = rel.split(sep)[0] ?? '';
        if (!file.startsWith(DATA_DIR + sep) || !PUBLISHED.includes(top) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
        res.end(readFileSync(file));
      });
    },
  };
}

/**
 * Copy the published folders of data/ into dist/data/, and write the slices the views read
 * (scripts/slices/build.ts) to dist/data/slices/ (build only: Vitest also runs plugins).
 */
function copySiteData(): Plugin {
  let outDir = 'dist';
  return {
    name: 'sapa-copy-data',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // Before the service worker is generated (vite-plugin-pwa, also at closeBundle): its precache
    // list is read from dist/, and the data must be in it.
    closeBundle: {
      order: 'pre',
      sequential: true,
      handler() {
        for (const dir of PUBLISHED) {
          const from = join(DATA_DIR, dir);
          if (existsSync(from)) cpSync(from, join(outDir, 'data', dir), { recursive: true });
        }
        const readme = join(DATA_DIR, 'README.md');
        if (existsSync(readme)) cpSync(readme, join(outDir, 'data', 'README.md'));
        // The data page's file list, the readers' dictionaries and the whole data as one ZIP.
        mkdirSync(join(outDir, 'data'), { recursive: true });
        for (const [name, bytes] of buildDataBundle(DATA_DIR).files) writeFileSync(join(outDir, 'data', name), bytes);
        for (const [path, text] of buildSlices(DATA_DIR)) {
          const file = join(outDir, 'data', path);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, text);
        }
      },
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
    // The service worker (offline use), the Web Worker that reads loaded reports ("Your reports"
    // on #/control) and the web app manifest, all from the site itself.
    "worker-src 'self'",
    "manifest-src 'self'",
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

/**
 * Link previews: crawlers need absolute URLs, which a build for "any sub-path of any host" cannot
 * know. With SITE_URL set (https://host/path/), the preview image and og:url become absolute.
 */
function socialMeta(): Plugin {
  const site = process.env['SITE_URL'];
  return {
    name: 'sapa-social-meta',
    apply: 'build',
    transformIndexHtml(html) {
      if (!site) return html;
      const base = site.endsWith('/') ? site : `${site}/`;
      const image = new URL('og-image.png', base).toString();
      return html
        .replaceAll('content="./og-image.png"', `content="${image}"`)
        .replace('<meta property="og:type"', `<meta property="og:url" content="${base}" />\n    <meta property="og:type"`);
    },
  };
}

/**
 * Offline use: a Workbox service worker (generated by vite-plugin-pwa) precaches the app, every
 * view's code, the three dictionaries and the published data, so after one visit every page works
 * without network in every language. A new version waits until the reader chooses to reload
 * (registerType 'prompt', src/components/UpdateBanner.svelte): one page never mixes two versions.
 * The dev server registers nothing (devOptions off).
 */
function offline(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    // Registered from src/lib/offline/register.svelte.ts, not by an inline script the CSP forbids.
    injectRegister: false,
    // The icons are listed in the manifest and precached from there.
    includeAssets: ['favicon.png'],
    manifest: {
      name: 'Сапа — мемлекеттік қызметтер сапасы / Sapa',
      short_name: 'Сапа',
      description: "Мемлекеттік қызметтер сапасының ашық деректері. Open data on the quality of Kazakhstan's public services.",
      lang: 'kk',
      id: './',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#00607a',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // The whole site, data included (about 100 KB gzip of CSV and boundaries): pages not yet
      // visited must work offline too (data/catalogue.json, the data page's list, with them).
      // The downloads the data page links to work offline too: the whole data as one ZIP (135 KB,
      // already compressed) and the three dictionaries (8 KB gzip each), so the page needs no note
      // on which downloads need the network. Deliberately not precached: data/README.md (not
      // linked from the app) and data/datapackage.json (235 KB, for programs; the ZIP holds it).
      globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}', 'data/**/*.{csv,json}', 'data/sapa-data.zip', 'data/dictionary.*.md'],
      // og-image.png is for link previews made by other sites' crawlers, never shown by the app.
      globIgnores: ['**/node_modules/**', 'data/datapackage.json', 'og-image.png'],
      // Hash routes: every page is index.html.
      navigateFallback: 'index.html',
      // The first visit is controlled as soon as the worker is ready, so a page opened later in the
      // same tab already comes from the cache. Updates still wait for the reader (no skipWaiting).
      clientsClaim: true,
      cleanupOutdatedCaches: true,
    },
    devOptions: { enabled: false },
  });
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
    socialMeta(),
    offline(),
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
  // The reports worker is a module worker (own-state.svelte.ts): as ES output its dynamic imports
  // stay separate chunks, so the XLSX reader (fflate, saxen) is fetched only for a workbook.
  worker: { format: 'es' },
  // Routes live in the hash, so the server never needs to answer an unknown path with index.html
  // (Vite's default "spa" fallback). Without that fallback a missing file is a 404, as on any
  // static host, and the browser tests fail on it instead of receiving index.html with a 200.
  appType: 'mpa',
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Every unit test takes under 2 s on an idle machine (see --reporter=verbose); CI shares two
    // cores with other jobs and runs them several times slower, so the timeout leaves room for
    // that instead of failing a good change. A test that needs more states its own timeout.
    testTimeout: 20_000,
    environment: 'node',
  },
});
