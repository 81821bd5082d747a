import { preview, type PreviewServer } from 'vite';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = findChromium();
  if (!chromium) {
    const message = 'Chromium not found (install Debian\'s "chromium" or set CHROME_PATH): browser tests are SKIPPED.';
    if (process.env.CI) throw new Error(`${message} In CI this is a failure.`);
    console.warn(`\n\n!!!!!!!!!!\n!!! ${message}\n!!!!!!!!!!\n`);
  }
  const root = resolve(import.meta.dirname, '../..');
  if (!existsSync(resolve(root, process.env.SAPA_DIST ?? 'dist', 'index.html'))) throw new Error('dist/ is missing: run "vite build" first (npm test does).');
  // SAPA_DIST lets parallel work build and test into separate folders.
  const outDir = process.env.SAPA_DIST ?? 'dist';
  server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port: 4179, strictPort: false, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its URL');
  project.provide('baseUrl', url);
  project.provide('chromiumPath', chromium ?? '');
  return async () => {
    await server?.close();
  };
}
