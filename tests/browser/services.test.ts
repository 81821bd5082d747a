import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LANGS, axeViolations, hasChromium, readDownload, useBrowser, POLL } from './harness.ts';

// The table of a downloaded Excel CSV (BOM, ';' for kk/ru), below its header block; the block
// must name the table, the source, the publisher, the page and the day.
function csvRows(text: string, delimiter: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const { meta, table } = readDownload(text, delimiter);
  expect(meta.size).toBeGreaterThanOrEqual(5);
  return table.filter((r) => r.length > 1);
}

describe.skipIf(!hasChromium)('services and data pages', () => {
  const { newVisit } = useBrowser();

  it('a service page shows its headline figures in the locale format, with source and interval', async () => {
    // Section 2.54 (primary care attachment): table 8 gives 4,58 and 77%; table 1 gives n = 309.
    const { page, consoleErrors } = await newVisit('#/services/primary_care_attachment');
    const headline = page.locator('[data-testid="service-headline"]');
    await headline.waitFor();
    const text = (await headline.textContent()) ?? '';
    expect(text).toContain('4,58');
    expect(text).toContain('309');
    expect(text).toMatch(/95%/);
    expect(await page.locator('[data-testid="criteria-table"] tbody tr').count()).toBeGreaterThanOrEqual(8);
    expect(await page.textContent('main')).toContain('2020 жылғы есеп, 8-кесте');
    expect(consoleErrors).toEqual([]);
  });

  it('the regional table of a service downloads exactly its rows', async () => {
    const { page } = await newVisit('#/services/primary_care_attachment?lang=ru');
    const table = page.locator('[data-testid="table-primary_care_attachment-regions"]');
    await table.waitFor();
    const shown = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim() ?? '')));
    const [download] = await Promise.all([page.waitForEvent('download'), table.locator('xpath=following::button[1]').click()]);
    const rows = csvRows(readFileSync((await download.path()) as string, 'utf8'), ';');
    expect(rows.length - 1).toBe(shown.length);
    expect(rows.slice(1).map((r) => r[0])).toEqual(shown.map((r) => r[0]));
    // Numbers are numbers with a decimal comma; the screen shows the same value.
    expect(rows[1]?.[1]).toMatch(/^\d,\d+$/);
    expect(shown[0]?.[1]).toBe(rows[1]?.[1]?.padEnd(4, '0'));
  });

  it('an unknown service says so instead of failing', async () => {
    const { page, consoleErrors } = await newVisit('#/services/no_such_service?lang=en');
    await page.waitForSelector('text=There is no such service');
    expect(consoleErrors).toEqual([]);
  });

  it('the catalogue searches by name and keeps the query in the URL', async () => {
    const { page } = await newVisit('#/services?lang=en');
    await page.waitForSelector('[data-service-id]');
    const all = await page.locator('[data-service-id]').count();
    expect(all).toBe(70);
    await page.fill('[data-testid="service-search"]', 'allowance');
    await page.waitForFunction(() => location.hash.includes('q=allowance'), undefined, POLL);
    const some = await page.locator('[data-service-id]').count();
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(all);
    await page.reload();
    await page.waitForSelector('[data-service-id]');
    expect(await page.locator('[data-service-id]').count()).toBe(some);
  });

  it('the data page filters the source notes and downloads what it shows', async () => {
    const { page } = await newVisit('#/data?dataset=regions');
    await page.waitForSelector('[data-testid="notes-table"] tbody tr');
    const keys = await page.locator('[data-testid="notes-table"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.children[0]?.textContent?.trim()));
    // The URL keeps the code; the page names the dataset in the reader's language (kk).
    expect(new Set(keys)).toEqual(new Set(['Өңірлер']));
    expect(await page.locator('[data-testid="notes-dataset"] option:checked').textContent()).toMatch(/^Өңірлер \(\d+\)$/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="notes-download"]')]);
    expect(download.suggestedFilename()).toBe('sapa-source-notes-regions-all-kk.csv');
    const rows = csvRows(readFileSync((await download.path()) as string, 'utf8'), ';');
    expect(rows.length - 1).toBe(keys.length);
  });

  it('a broken dataset shows its error in that view while navigation keeps working', async () => {
    // Start on a page that does not read notes.csv (a loaded file is cached for the visit).
    const { page } = await newVisit('#/services');
    await page.route('**/data/monitoring/notes.csv', (route) => route.fulfill({ status: 200, contentType: 'text/csv', body: 'note_id,dataset\nx,y\n' }));
    await page.goto(page.url().replace(/#.*$/, '#/data'));
    const error = page.locator('[data-testid="dataset-error"]');
    await error.waitFor();
    expect(await error.textContent()).toContain('monitoring/notes.csv');
    await page.click('[data-nav="services"]');
    await page.waitForSelector('[data-service-id]');
  });

  // One page per test, not three visits and three axe runs in one: a test's time stays one page's
  // on a busy machine, and a failure names its page. Each waits for what it shows last, then axe.
  // #/data is left to shell.test.ts, whose every-route run already checks it with axe in each
  // language: its axe run alone took 42-68 s at load 22-27 (60 s timeout), twice per language.
  const AXE_PAGES = [
    ['#/services/driving_licence', '[data-testid="service-name"]'],
    ['#/services', '[data-service-id]'],
  ] as const;
  it.each(LANGS.flatMap((lang) => AXE_PAGES.map(([hash, ready]) => [hash, lang, ready] as const)))('%s has no axe violations in %s', async (hash, lang, ready) => {
    const visit = await newVisit(lang === 'kk' ? hash : `${hash}?lang=${lang}`);
    await visit.page.waitForSelector(ready);
    expect(await axeViolations(visit.page)).toEqual([]);
  });

  // Years named from the data, not the dictionaries: the service's source report (services.csv
  // source_report) and the method notes' 10-point years (series_breaks.csv, 2016 the first 5-point year).
  it.each(LANGS)('the service page and the method notes name the data\'s years in %s', async (lang) => {
    const visit = await newVisit(lang === 'kk' ? '#/services/driving_licence' : `#/services/driving_licence?lang=${lang}`);
    await visit.page.waitForSelector('[data-testid="service-name"]');
    expect(await visit.page.textContent('main .meta')).toContain({ kk: '2020 жылғы баяндама', ru: 'Отчёт 2020 года', en: '2020 report' }[lang]);
    await visit.go(lang === 'kk' ? '#/data' : `#/data?lang=${lang}`);
    await visit.page.waitForSelector('[data-testid="notes-table"]');
    expect(await visit.page.textContent('main')).toContain({ kk: '2015 жылды қоса алғанда 10 балдық шкала', ru: 'до 2015 года включительно — 10-балльная шкала', en: 'a 10-point scale up to 2015' }[lang]);
  });
});
