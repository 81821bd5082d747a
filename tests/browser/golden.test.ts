// Golden images (as Observable Plot keeps test/output/): a few named figures, in kk and en, made by
// the image export itself (the SVG download, lib/export/figure-image.ts figureImageSvg) on a fixed
// day, and compared with the files in tests/golden/. A change to a figure's title, legend, notes,
// source line, layout or (for the map and the interval chart, which are SVG) its marks shows up as
// a reviewed diff of those files. A chart drawn on a canvas arrives as a PNG whose pixels depend on
// the machine's fonts: its data URL is replaced by a marker, the frame around it is compared.
//
// After a deliberate change: UPDATE_GOLDEN=1 npx vitest run --config tests/browser/vitest.config.ts tests/browser/golden.test.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, useBrowser } from './harness.ts';

const GOLDEN = resolve(import.meta.dirname, '../golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
/** The day every golden image is dated (local noon, so no time zone moves it). */
const DAY = new Date(2026, 0, 15, 12, 0, 0);

interface Scenario {
  name: string;
  hash: (lang: string) => string;
  ready: string;
  button: string;
}

const SCENARIOS: Scenario[] = [
  { name: 'map', hash: (l) => `#/map?lang=${l}&year=2019`, ready: '[data-testid="region-map"][data-ready="true"]', button: '[data-testid="map-image-svg"]' },
  { name: 'trend', hash: (l) => `#/trends?lang=${l}`, ready: '[data-testid="chart-national"][data-status="ready"]', button: '[data-testid="csv-national-svg"]' },
  { name: 'intervals', hash: (l) => `#/rankings?table=services&lang=${l}`, ready: '[data-testid="intervals-services"] circle', button: '[data-testid="csv-services-svg"]' },
  { name: 'control', hash: (l) => `#/control?lang=${l}`, ready: '[data-testid="control-trend-chart"][data-status="ready"]', button: '[data-testid="control-trend-csv-svg"]' },
];

/** The image as compared: a canvas picture's pixels replaced by a marker, one element a line for a readable diff. */
function normaliseImage(svg: string): string {
  return svg.replace(/href="data:image\/png;base64,[^"]*"/g, 'href="data:image/png;base64,(canvas pixels: not compared)"').replace(/></g, '>\n<') + '\n';
}

async function svgDownload(page: Page, selector: string): Promise<string> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return (await readFile(await download.path())).toString('utf8');
}

describe.skipIf(!hasChromium)('golden images', () => {
  const { newVisit } = useBrowser();

  for (const s of SCENARIOS) {
    for (const lang of ['kk', 'en']) {
      it(`${s.name} (${lang})`, async () => {
        const { page, consoleErrors } = await newVisit(s.hash(lang));
        await page.clock.setFixedTime(DAY);
        await page.waitForSelector(s.ready, { timeout: 30_000 });
        const image = normaliseImage(await svgDownload(page, s.button));
        const file = join(GOLDEN, `${s.name}.${lang}.svg`);
        if (UPDATE) {
          mkdirSync(GOLDEN, { recursive: true });
          writeFileSync(file, image);
        }
        expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
        expect(image, `${file} differs: look at the diff, and if the change is meant, run with UPDATE_GOLDEN=1`).toBe(readFileSync(file, 'utf8'));
        expect(consoleErrors).toEqual([]);
      });
    }
  }
});
