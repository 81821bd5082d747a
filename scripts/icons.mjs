#!/usr/bin/env node
// Renders the web app manifest's PNG icons from scripts/icon.svg (the site's mark, the same
// drawing as favicon.png) with headless Chromium, so no one draws binaries by hand. Run it after
// changing the SVG and commit the PNGs: `node scripts/icons.mjs`. It also renders the social
// preview (Open Graph / Twitter card) public/og-image.png from scripts/og-image.svg.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PUBLIC = resolve(import.meta.dirname, '..', 'public');
const svg = readFileSync(resolve(import.meta.dirname, 'icon.svg'), 'utf8');
// A maskable icon is cropped to a circle or squircle by the system: full-bleed background, the
// mark inside the central 80 % safe zone.
const maskable = svg
  .replace(/<rect [^>]*\/>/, '<rect width="32" height="32" fill="#00607a"/>')
  .replace(/<path /, '<path transform="translate(3.2 3.2) scale(0.8)" ');

const ICONS = [
  { file: 'icon-192.png', size: 192, svg },
  { file: 'icon-512.png', size: 512, svg },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable },
  { file: 'og-image.png', size: 1200, height: 630, svg: readFileSync(resolve(import.meta.dirname, 'og-image.svg'), 'utf8') },
];

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
try {
  for (const icon of ICONS) {
    const height = icon.height ?? icon.size;
    const page = await browser.newPage({ viewport: { width: icon.size, height } });
    const sized = icon.height ? icon.svg : icon.svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
    await page.goto(`data:image/svg+xml,${encodeURIComponent(sized)}`);
    await page.screenshot({ path: join(PUBLIC, icon.file), omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height } });
    await page.close();
  }
} finally {
  await browser.close();
}
