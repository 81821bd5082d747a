import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations, hasChromium, LANGS, loadExampleSet, POLL, readDownload, useBrowser, type Visit } from './harness.ts';
import { controlReference, csvRecords } from '../unit/fixtures.ts';
import { EXAMPLE_MISTAKES, exampleSet } from '../../src/lib/control/own/example-set.ts';
import { EXAMPLE_REGION_WITHOUT_REPORTS, monthlyDelivered } from '../../src/lib/control/own/example-files.ts';

// The example set ("Try with example reports") and the map's "Loaded control reports" dataset:
// the set loads in one click, the map draws 17 regions in a 2021 quarter and 20 after the June
// 2022 split, each with one region "no data"; the table's numerators are the sums of the
// example files (the same set, made here); every view of example reports says so. The set is read
// once into one browser context that the tests share (its IndexedDB keeps the files).

const FLAG = { en: 'Example — made-up figures', ru: 'Пример — вымышленные цифры', kk: 'Мысал — ойдан шығарылған сандар' } as const;

/** The control map's table rows: region id (from its link), value cell, numerator cell. */
async function tableRows(page: Page): Promise<Array<{ id: string; cells: string[] }>> {
  return page.locator('[data-testid="control-map-table"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({ id: (tr.querySelector('a')?.getAttribute('href') ?? '').replace(/^.*\/regions\//, '').replace(/\?.*$/, ''), cells: [...tr.children].map((c) => c.textContent?.trim() ?? '') })),
  );
}

/** Wait until the map has drawn `regions` regions and the table lists them. */
async function mapReady(page: Page, regions: number) {
  await page.waitForFunction(
    (n) => {
      const ids = new Set([...document.querySelectorAll('[data-testid="control-map"] [data-region-id]')].map((e) => e.getAttribute('data-region-id')));
      return document.querySelector('[data-testid="control-map"] [data-testid="region-map"][data-ready="true"]') && ids.size === n && document.querySelectorAll('[data-testid="control-map-table"] tbody tr').length === n;
    },
    regions,
    POLL,
  );
}

/** The regions drawn hatched ("no data"). */
async function hatched(page: Page): Promise<string[]> {
  const ids = await page.locator('[data-testid="control-map"] path[data-region-id]').evaluateAll((ps) => ps.filter((p) => (p.getAttribute('fill') ?? '').includes('no-data-hatch')).map((p) => p.getAttribute('data-region-id') ?? ''));
  return [...new Set(ids)];
}

describe.skipIf(!hasChromium)('the map of loaded control reports', () => {
  const { newVisit } = useBrowser();

  // The example set is read once (about 10 s on a busy machine) into one browser context, which
  // the tests below share (its IndexedDB keeps the files); each test then opens the view it checks.
  // It is loaded from the map's own empty state, as a reader with nothing loaded would.
  let shared: Visit | undefined;
  let exampleFiles: ReturnType<typeof exampleSet> = [];
  let empty: { listed: number; link: number; text: string } | undefined;
  beforeAll(async () => {
    if (!hasChromium) return;
    const regions = csvRecords<Record<string, string>>('reference/regions.csv').map((r) => ({ id: r.region_id as string, validFrom: r.valid_from ?? '', validTo: r.valid_to ?? '' }));
    exampleFiles = exampleSet({ reference: controlReference(true), regions, monthlyDelivered: monthlyDelivered(csvRecords('control/report_cells.csv')), regionWithoutReports: EXAMPLE_REGION_WITHOUT_REPORTS });
    shared = await newVisit('#/map?dataset=own_reports&lang=en', { persist: true });
    const { page } = shared;
    await page.waitForSelector('[data-testid="control-map-empty"]');
    empty = {
      listed: await page.locator('#map-dataset option[value="own_reports"]').count(),
      link: await page.locator('[data-testid="control-map-empty"] a[href*="/reports"]').count(),
      text: (await page.locator('[data-testid="control-map-empty"]').textContent()) ?? '',
    };
    await page.locator('[data-testid="map-try-example"]').click();
    await page.waitForSelector('[data-testid="control-map"]', { timeout: 80_000 });
  }, 120_000);
  async function withExamples(hash: string): Promise<Visit> {
    if (!shared) throw new Error('no shared visit');
    shared.consoleErrors.length = 0;
    await shared.go(hash);
    return shared;
  }

  it('with nothing loaded the dataset is listed, says how to load reports, and loads the example set from the map', async () => {
    expect(empty).toMatchObject({ listed: 1, link: 1 });
    expect(empty?.text).toContain('try the example set');
    const { page, consoleErrors } = await withExamples('#/map?dataset=own_reports&lang=en');
    await mapReady(page, 20);
    expect(await page.locator('[data-testid="map-caption"]').textContent()).toContain(FLAG.en);
    expect(consoleErrors).toEqual([]);
  }, 30_000);

  it('a 2021 quarter draws 17 regions and a late-2022 quarter 20, one "no data" in each; the numerators are the sums of the example files per region', async () => {
    // The files with a deliberate mistake have errors: they are not counted (unless the reader ticks them).
    const uncounted = new Set(EXAMPLE_MISTAKES.map((m) => m.reporter));
    const sums = (quarter: string, code: string) => {
      const out = new Map<string, number>();
      for (const f of exampleFiles) {
        if (uncounted.has(f.reporter)) continue;
        for (const r of f.rows) if (r.period === quarter && r.code === code && r.service === '') out.set(r.region_id, (out.get(r.region_id) ?? 0) + Number(r.value));
      }
      return out;
    };
    for (const [quarter, regions] of [
      ['2021-Q3', 17],
      ['2022-Q4', 20],
    ] as const) {
      const { page } = await withExamples(`#/map?dataset=own_reports&period=${quarter}&lang=en`);
      await mapReady(page, regions);
      const rows = await tableRows(page);
      expect(rows).toHaveLength(regions);
      const noData = rows.filter((r) => r.cells[1] === 'No data');
      expect(noData.map((r) => r.id)).toEqual(['mangystau']);
      // The map draws the period's regions, the one without reports hatched (not coloured as a 0).
      expect(await hatched(page)).toEqual(['mangystau']);
      const expected = sums(quarter, 'violations.total');
      expect(expected.size).toBe(regions - 1);
      for (const r of rows.filter((x) => x.id !== 'mangystau')) expect([r.id, Number(r.cells[2]!.replace(/\D/g, ''))]).toEqual([r.id, expected.get(r.id)]);
    }
  }, 30_000);

  it.each(LANGS)('%s: caption, legend, table caption, CSV header, metadata and image title carry the example flag; the state is in the URL', async (lang) => {
    const { page, consoleErrors } = await withExamples(`#/map?dataset=own_reports&measure=late_per_1000&period=2022&form=2-mk&lang=${lang}`);
    await mapReady(page, 20);
    const flag = FLAG[lang];
    expect(await page.locator('[data-testid="map-caption"]').textContent()).toContain(flag);
    expect(await page.locator('[data-testid="map-legend"] .title').textContent()).toContain(flag);
    expect(await page.locator('[data-testid="control-map-table"] caption').textContent()).toContain(flag);
    // The URL state was read: the choices show it.
    expect(await page.locator('[data-testid="control-measure"]').inputValue()).toBe('late_per_1000');
    expect(await page.locator('[data-testid="control-period"]').inputValue()).toBe('2022');
    expect(await page.locator('[data-testid="control-form"]').inputValue()).toBe('2-mk');
    // A partial year says so: the regions split off in June 2022 have two quarters only.
    expect(await page.locator('[data-testid="control-year-note"]').count()).toBe(1);
    // The CSV's header block, the metadata and the SVG image.
    const delimiter = lang === 'en' ? ',' : ';';
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="map-csv"]').click()]);
    const { meta, table } = readDownload(readFileSync((await csv.path()) as string, 'utf8'), delimiter);
    expect([...meta.values()].some((v) => v.includes(flag))).toBe(true);
    expect(table.length).toBeGreaterThan(20);
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="map-csv-metadata"]').click()]);
    expect(readFileSync((await json.path()) as string, 'utf8')).toContain(flag);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="map-csv-svg"]').click()]);
    expect(readFileSync((await svg.path()) as string, 'utf8')).toContain(flag);
    expect(consoleErrors).toEqual([]);
  }, 30_000);

  it('the state (measure, period, form) round-trips through the URL; axe finds nothing', async () => {
    const { page, consoleErrors } = await withExamples('#/map?dataset=own_reports&measure=late_per_1000&form=2-mk&lang=en');
    await mapReady(page, 20);
    // Choosing another period writes it into the URL; a reload gives the same view.
    await page.locator('[data-testid="control-period"]').selectOption('2021-Q4');
    await page.waitForFunction(() => location.hash.includes('period=2021-Q4') && location.hash.includes('measure=late_per_1000') && location.hash.includes('form=2-mk'), undefined, POLL);
    await page.reload();
    await mapReady(page, 17);
    expect(await page.locator('[data-testid="control-period"]').inputValue()).toBe('2021-Q4');
    expect(await page.locator('[data-testid="control-map-table"] tbody tr').count()).toBe(17);
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 30_000);
  it('across the June 2022 split, the frame that answers a change of period shows the other boundaries, coloured and named (drawn ahead, kept in the page hidden); the table and the address follow', async () => {
    const { page, consoleErrors } = await withExamples('#/map?dataset=own_reports&period=2022-Q2&lang=en');
    await mapReady(page, 17);
    // The other periods' boundaries are drawn off the map once it is shown.
    await page.waitForSelector('[data-testid="control-map"] [data-testid="region-map"][data-prepared="true"]');
    // What the first frame after the change shows (a frame callback runs just before its paint).
    const firstFrame = (code: string) =>
      page.evaluate(
        (code) =>
          new Promise<{ ready: boolean; regions: number; unfilled: number; hatched: string[]; caption: string; labels: Record<string, string>; drawings: number; seen: number; marksInSeen: boolean; hatchOwn: boolean; keptBefore: boolean }>((resolve) => {
            // The drawing shown before the change (kept in the page, hidden, after it).
            const before = [...document.querySelectorAll('[data-testid="control-map"] svg')].find((e) => getComputedStyle(e).visibility === 'visible');
            const sel = document.querySelector<HTMLSelectElement>('[data-testid="control-period"]')!;
            sel.value = code;
            sel.dispatchEvent(new Event('change', { bubbles: true }));
            requestAnimationFrame(() => {
              const map = document.querySelector('[data-testid="control-map"]')!;
              const paths = [...map.querySelectorAll('path[data-region-id]')];
              resolve({
                ready: map.querySelector('[data-testid="region-map"]')?.getAttribute('data-ready') === 'true',
                regions: new Set(paths.map((p) => p.getAttribute('data-region-id'))).size,
                unfilled: paths.filter((p) => !p.getAttribute('data-class-fill')).length,
                hatched: paths.filter((p) => (p.getAttribute('fill') ?? '').includes('no-data-hatch')).map((p) => p.getAttribute('data-region-id') ?? ''),
                caption: map.querySelector('[data-testid="map-caption"]')?.textContent ?? '',
                labels: Object.fromEntries([...map.querySelectorAll('[data-label-for]')].map((l) => [l.getAttribute('data-label-for'), l.textContent ?? ''])),
                drawings: map.querySelectorAll('svg').length,
                seen: [...map.querySelectorAll('svg')].filter((e) => getComputedStyle(e).visibility === 'visible').length,
                // Every marked region and label is in the drawing shown; the hidden set's are not marked.
                marksInSeen: [...map.querySelectorAll('[data-region-id], [data-region-shape], [data-label-for]')].every((e) => getComputedStyle(e).visibility === 'visible' || e.closest('.region-label')?.getAttribute('data-hidden') === 'true'),
                // A "no data" region's hatch is the pattern of its own drawing.
                hatchOwn: paths.every((p) => {
                  const id = /url\(["']?#([^"')]+)/.exec(p.getAttribute('fill') ?? '')?.[1];
                  return !id || document.getElementById(id)?.closest('svg') === p.closest('svg');
                }),
                keptBefore: !!before?.isConnected && getComputedStyle(before).visibility === 'hidden',
              });
            });
          }),
        code,
      );
    const after = await firstFrame('2022-Q3');
    expect(after).toMatchObject({ ready: true, regions: 20, unfilled: 0, hatched: ['mangystau'], drawings: 2, seen: 1, marksInSeen: true, hatchOwn: true, keptBefore: true });
    expect(after.caption).toContain('2022');
    expect(after.caption).toContain('Q3');
    expect(Object.keys(after.labels)).toHaveLength(20);
    expect(after.labels['abai']).toBe('Abay');
    await mapReady(page, 20);
    await page.waitForFunction(() => location.hash.includes('period=2022-Q3'), undefined, POLL);
    const back = await firstFrame('2022-Q2');
    expect(back).toMatchObject({ ready: true, regions: 17, unfilled: 0, hatched: ['mangystau'], drawings: 2, seen: 1, marksInSeen: true, hatchOwn: true, keptBefore: true });
    expect(back.labels['abai']).toBeUndefined();
    await mapReady(page, 17);
    await page.waitForFunction(() => location.hash.includes('period=2022-Q2'), undefined, POLL);
    expect(consoleErrors).toEqual([]);
  }, 30_000);
  // Last: these remove the shared set and load it again (a test that fails midway leaves the others their data).
  it.each(LANGS)('%s: in the workspace one click removes exactly the example reports and one click loads them again; its trends say they are made up', async (lang) => {
    const { page, consoleErrors } = await withExamples(`#/reports?lang=${lang}`);
    await page.waitForFunction((flag) => document.querySelector('[data-testid="own-trends-title"]')?.textContent?.startsWith(flag), FLAG[lang], POLL);
    await page.locator('[data-testid="own-remove-example-set"]').click();
    await page.waitForSelector('[data-testid="own-empty"]');
    expect(await loadExampleSet(page, 25_000)).toBe(exampleFiles.length);
    await page.waitForFunction((flag) => document.querySelector('[data-testid="own-trends-title"]')?.textContent?.startsWith(flag), FLAG[lang], POLL);
    expect(consoleErrors).toEqual([]);
  }, 30_000);
});
