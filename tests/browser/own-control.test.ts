import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations, hasChromium, POLL, readDownload, useBrowser } from './harness.ts';
import { controlReference, csvRecords } from '../unit/fixtures.ts';
import { exampleSet, type ExampleRegion } from '../../src/lib/control/own/example-set.ts';
import { interchangeHeader, interchangeLine } from '../../src/lib/control/own/interchange.ts';
import { consolidate } from '../../src/lib/control/own/consolidate.ts';
import { readWorkbook } from '../../src/lib/control/own/xlsx-read.ts';
import { slotPeriod, type Slot } from '../../src/lib/control/own/consolidated-view.ts';

// The views built on reports loaded in this browser: the control ranking (#/rankings), the region
// page's section (#/regions/<id>) and the consolidated report (#/reports), on example files made
// here (exampleSet, written in the interchange format) and uploaded through the file input.

const FLAG = 'Example — made-up figures';
const reference = controlReference(true);
const regions: ExampleRegion[] = csvRecords<Record<string, string>>('reference/regions.csv').map((r) => ({ id: r.region_id as string, validFrom: r.valid_from ?? '', validTo: r.valid_to ?? '' }));
// Three regions (abai from the June 2022 split on) are enough to rank, pair and consolidate; akmola carries a deliberate mistake (example_akmola_2).
const files = exampleSet({ reference, regions: regions.filter((r) => ['akmola', 'abai', 'almaty_city'].includes(r.id)), monthlyDelivered: 61135, regionWithoutReports: 'mangystau' });
const asCsv = (f: (typeof files)[number]) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from([interchangeHeader(), ...f.rows.map(interchangeLine)].join('\n') + '\n', 'utf8') });

async function upload(page: Page, list: typeof files) {
  await page.locator('[data-testid="own-input"]').setInputFiles(list.map(asCsv));
  await page.waitForFunction(
    (n) => {
      const t = document.querySelector('[data-testid="own-files"]');
      return t?.getAttribute('data-done') === 'true' && t.querySelectorAll('tbody tr').length === n;
    },
    list.length,
    POLL,
  );
}

describe.skipIf(!hasChromium)('control views of loaded reports', () => {
  const { newVisit } = useBrowser();

  it('with nothing loaded, the control ranking says how to load reports and the region page has no section', async () => {
    const { page, go } = await newVisit('#/rankings?table=control&lang=en');
    const empty = page.locator('[data-testid="control-rank-empty"]');
    await empty.waitFor();
    expect(await empty.locator('a').getAttribute('href')).toContain('#/reports');
    expect(await page.locator('[data-testid="control-rank-region-table"]').count()).toBe(0);
    await go('#/regions/akmola?lang=en');
    // The section has read the browser's storage (busy until then) and found nothing.
    await page.waitForFunction(() => !document.querySelector('[data-testid="own-region-reading"]'), undefined, POLL);
    expect(await page.locator('[data-testid="own-region-section"]').count()).toBe(0);
  });

  it('ranks the loaded reports by a rate with intervals and the pairwise reading, says the figures are made up, keeps rate and period in the URL', async () => {
    const { page, go, externalRequests, consoleErrors } = await newVisit('#/reports?lang=en');
    // One reporter a region, and a second in one of them, are enough (few files to read on a busy machine).
    await upload(page, files.filter((f) => /_1$/.test(f.reporter) || f.reporter === 'example_akmola_3'));
    // A period no loaded report has is named as ignored; the latest quarter loaded is shown instead.
    await go('#/rankings?table=control&lang=en&period=2019-Q1');
    const byRegion = page.locator('[data-testid="control-rank-region-table"]');
    await byRegion.waitFor();
    await page.locator('[data-testid="param-notice"]').waitFor();
    expect(await page.locator('[data-testid="param-notice"]').textContent()).toContain('2019-Q1');
    expect(await page.locator('[data-testid="control-rank-period"]').inputValue()).toBe('2023-Q2');
    await page.locator('[data-testid="control-rank-period"]').selectOption('2022-Q3');
    await page.waitForFunction(() => location.hash.includes('period=2022-Q3') && document.querySelector('[data-testid="control-rank-region-table"] caption')?.textContent?.includes('Q3 2022'), undefined, POLL);
    expect(await byRegion.locator('caption').textContent()).toContain(`${FLAG}: Late services per 1,000 delivered, Q3 2022: regions`);
    const rows = await byRegion.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim() ?? '')));
    expect(rows).toHaveLength(3);
    // Rank, region, rate, interval, numerator, denominator, reports, pairwise.
    for (const r of rows) {
      expect(r[3]).toMatch(/^\d[\d.,]* – \d[\d.,]*$/);
      expect(Number((r[5] ?? '').replace(/,/g, ''))).toBeGreaterThan(0);
      expect(r[7]).toMatch(/^clearly higher than \d+, clearly lower than \d+, not distinguishable from \d+$/);
      const [h, l, s] = (r[7] ?? '').match(/\d+/g)!.map(Number);
      expect((h ?? 0) + (l ?? 0) + (s ?? 0)).toBe(2);
    }
    // Lowest rate first.
    const rates = rows.map((r) => Number((r[2] ?? '').replace(/,/g, '')));
    expect([...rates].sort((a, b) => a - b)).toEqual(rates);
    // Reporters too, each with its denominator.
    expect(await page.locator('[data-testid="control-rank-reporter-table"] tbody tr').count()).toBeGreaterThan(3);
    // The download says the figures are made up.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="control-rank-region-csv"]').click()]);
    const { meta, table } = readDownload(readFileSync((await csv.path()) as string, 'utf8'), ',');
    expect([...meta.values()].join(' ')).toContain(FLAG);
    expect(table[0]).toEqual(expect.arrayContaining(['95% interval, low', '95% interval, high', 'Services delivered late', 'Services delivered']));
    // Rate and period live in the URL.
    await page.locator('[data-testid="control-rank-rate"]').selectOption('complaints_per_10000');
    await page.waitForFunction(() => location.hash.includes('rate=complaints_per_10000') && location.hash.includes('period=2022-Q3'), undefined, POLL);
    await page.waitForFunction(() => document.querySelector('[data-testid="control-rank-region-table"] caption')?.textContent?.includes('Complaints per 10,000'), undefined, POLL);
    expect(await axeViolations(page)).toEqual([]);
    expect(externalRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 30_000);

  it('the region page shows its loaded reports by quarter and their findings, flagged as made up', async () => {
    // The region page: the loaded reports by quarter, with the findings of the region's files.
    const { page, go, externalRequests, consoleErrors } = await newVisit('#/reports?lang=en');
    const mine = files.filter((f) => f.reporter === 'example_akmola_1' || f.reporter === 'example_akmola_2');
    await upload(page, mine);
    await go('#/regions/akmola?lang=en');
    const section = page.locator('[data-testid="own-region-section"]');
    await section.waitFor();
    expect(await section.locator('h2').textContent()).toContain(FLAG);
    const quarters = new Set(mine.flatMap((f) => f.rows.map((r) => r.period)).filter((p) => p.includes('-Q')));
    expect(await section.locator('[data-testid="own-region-table"] tbody tr').count()).toBe(quarters.size);
    expect(await section.locator('[data-testid="own-region-findings"]').textContent()).toMatch(/errors [1-9]\d*,/);
    expect(await axeViolations(page)).toEqual([]);
    expect(externalRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 30_000);

  it('consolidates one region for one quarter: downloaded as XLSX and loaded back, the same cells and the validator run on the sum', async () => {
    const { page, externalRequests, consoleErrors } = await newVisit('#/reports?lang=en');
    // Two reports of form 1-mk, one with the region's deliberate mistake (example_akmola_2).
    const akmola = files.filter((f) => f.reporter === 'example_akmola_2' || f.reporter === 'example_akmola_3');
    await upload(page, akmola);
    // The report with the region's deliberate mistake counts only when included: include it, so the sum carries it.
    for (const box of await page.locator('[data-testid="own-include"]').all()) await box.check();
    const box = page.locator('[data-testid="own-consolidate"]');
    await box.waitFor();
    await box.locator('[data-testid="own-consolidate-form"]').selectOption('1-mk');
    await box.locator('[data-testid="own-consolidate-region"]').selectOption('akmola');
    await box.locator('[data-testid="own-consolidate-quarter"]').selectOption('2022-Q1');
    await box.locator('[data-testid="own-consolidate-run"]').click();
    const result = page.locator('[data-testid="own-consolidated"]');
    await result.waitFor();
    expect(await result.locator('[data-testid="own-consolidated-heading"]').textContent()).toBe(`${FLAG}: Form 1-мк, Q1 2022, Akmola Region`);
    const sel = { form: '1-mk', quarter: '2022-Q1', region: 'akmola' };
    const expected = consolidate(akmola.flatMap((f) => f.rows), sel);
    expect(await result.locator('[data-testid="own-consolidated-included"] li').count()).toBe(expected.included.length);
    // The validator ran on the sum: the region's deliberate mistake (a quarter over its months) is in it.
    const checks = page.locator('[data-testid="own-consolidated-checks"]');
    await checks.waitFor();
    expect(Number(await checks.getAttribute('data-errors'))).toBeGreaterThan(0);
    expect(await checks.textContent()).toContain('Q1 2022');

    // Downloaded as a workbook: its cells are the sums (compared with consolidate() here).
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="own-consolidated-xlsx"]').click()]);
    expect(download.suggestedFilename()).toBe('sapa-consolidated-1-mk-akmola-2022-Q1-en.xlsx');
    const bytes = readFileSync((await download.path()) as string);
    const cells = readWorkbook(new Uint8Array(bytes))[0]?.rows.map((r) => r.cells) ?? [];
    expect(cells[0]?.[0]).toContain(FLAG);
    const codeRow = cells.findIndex((r) => r.includes('#code'));
    const head = cells[codeRow] ?? [];
    const got = new Map<string, string>();
    for (const r of cells.slice(codeRow + 1)) {
      for (const slot of ['m1', 'm2', 'm3', 'q'] as Slot[]) {
        const v = r[head.indexOf(`#${slot}`)] ?? '';
        if (v !== '') got.set([r[head.indexOf('#code')], r[head.indexOf('#applicant')] ?? '', r[2] ?? '', slotPeriod('2022-Q1', slot)].join('|'), v);
      }
    }
    const want = new Map(expected.cells.filter((c) => c.row.value !== '').map((c) => [[c.row.code, c.row.applicant, c.row.service, c.row.period].join('|'), c.row.value]));
    expect(got.size).toBeGreaterThan(50);
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(want));

    // Loaded back like any filled template: one report of the consolidated reporter, with the same findings count as the checks of the sum.
    await page.locator('[data-testid="own-input"]').setInputFiles([{ name: 'consolidated.xlsx', mimeType: 'application/octet-stream', buffer: bytes }]);
    const back = page.locator('[data-testid="own-files"] tbody tr[data-file="consolidated.xlsx"]');
    await page.waitForFunction(() => document.querySelector('tr[data-file="consolidated.xlsx"]')?.getAttribute('data-status') === 'loaded', undefined, POLL);
    const backCells = await back.evaluate((tr) => [...tr.children].map((c) => c.textContent?.trim() ?? ''));
    expect(backCells[1]).toBe('example_consolidated_akmola');
    expect(backCells[3]).toBe('Q1 2022');
    const errors = Number(await checks.getAttribute('data-errors'));
    expect(backCells[5]).toContain(`not valid (errors: ${errors})`);
    expect(await axeViolations(page)).toEqual([]);
    expect(externalRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 30_000);
});
