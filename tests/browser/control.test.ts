// #/control: the filed report's monthly totals, blank shown as blank (not 0), the data-quality
// card, the published figures with sources, separate points, CSV = screen, URL state, three
// languages, axe.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGS, axeViolations, hasChromium, readDownload, useBrowser, POLL } from './harness.ts';

const BLANK = { kk: 'бос', ru: 'пусто', en: 'blank' } as const;
const digits = (s: string) => s.replace(/[\s\u00a0\u202f,]/g, '');

async function download(page: Page, testid: string): Promise<string[][]> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}"]`)]);
  const text = readFileSync((await dl.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  // The separator follows the first label of the header block ("Таблица;…", "Table,…").
  const delimiter = /^[^;,]*([;,])/.exec(text.slice(1))?.[1] ?? ',';
  const { meta, table } = readDownload(text, delimiter);
  // The header block names the table, its source, the publisher and the day (lib/export/meta.ts).
  expect(meta.size, testid).toBeGreaterThanOrEqual(5);
  expect([...meta.values()].every((v) => v.trim() !== ''), testid).toBe(true);
  return table.filter((r) => r.length > 1);
}

async function tableText(page: Page, testid: string): Promise<string[][]> {
  return page.$$eval(`[data-testid="${testid}"] tbody tr`, (rows) =>
    rows.map((tr) =>
      [...tr.children].map((c) => {
        const clone = c.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('.badge').forEach((b) => b.remove());
        return (clone.textContent ?? '').trim();
      }),
    ),
  );
}

async function cell(page: Page, table: string, rowKey: string, key: string): Promise<string> {
  return (await page.textContent(`[data-testid="${table}"] tr[data-row-key="${rowKey}"] [data-key="${key}"]`))?.trim() ?? '';
}

/** Open the filed report's folded grids (closed by default), by their summaries. */
async function unfold(page: Page, ids = ['control-channels-fold', 'control-services-fold', 'control-results-fold']): Promise<void> {
  await page.waitForSelector('[data-testid="control-results-fold"]', { state: 'attached' });
  for (const id of ids) {
    const fold = page.locator(`[data-testid="${id}"]`);
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open), id).toBe(false);
    await fold.locator(':scope > summary').click();
  }
}

describe.skipIf(!hasChromium)('control reports', () => {
  const { newVisit } = useBrowser();

  it.each(LANGS)('renders in %s: monthly totals, blank as blank, quality card, published figures with sources, no axe violations', async (lang) => {
    const { page, consoleErrors, externalRequests } = await newVisit(`#/control?lang=${lang}`);
    // The grids are folded, each summary saying how full it is.
    await page.waitForSelector('[data-testid="control-results-fold"]', { state: 'attached' });
    expect(digits((await page.textContent('[data-testid="control-results-fold"] > summary')) ?? '')).toMatch(/\d+\D+\d+/);
    if (lang === 'en') expect(await page.textContent('[data-testid="control-channels-fold"] > summary')).toMatch(/^Table: \d+ of \d+ cells filled$/);
    await unfold(page, ['control-channels-fold', 'control-results-fold']);
    await page.waitForSelector('[data-testid="control-channels"]');
    // The workspace is a link away, in the page's language.
    expect(await page.getAttribute('[data-testid="control-to-reports"] a', 'href')).toContain('#/reports');
    const total = await Promise.all(['p2021_07', 'p2021_08', 'p2021_09', 'p2021_q3'].map((k) => cell(page, 'control-channels', 'delivered.total', k)));
    expect(total.map(digits)).toEqual(['58524', '58376', '66506', '183406']);
    // Violations: the report left them blank; shown as blank, never as 0.
    for (const k of ['p2021_07', 'p2021_q3']) expect(await cell(page, 'control-results', 'violations.total', k)).toBe(BLANK[lang]);
    expect(await cell(page, 'control-results', 'violations.other', 'p2021_q3')).toBe('0');
    expect(await cell(page, 'control-results', 'violations.other', 'p2021_07')).toBe(BLANK[lang]);
    // The data-quality card is the validator's: 602 of 716 cells blank; sums that hold and that cannot be checked.
    const card = (await page.textContent('[data-testid="control-quality"]')) ?? '';
    expect(digits(card)).toContain('716');
    expect(digits(card)).toContain('602');
    expect(await page.locator('[data-testid="control-quality"] dd[data-rule="months"]').textContent()).toMatch(/21/);
    expect(await page.locator('[data-testid="control-no-failures"]').count()).toBe(1);
    // Published figures, each with its source link and trust grade.
    const published = page.locator('[data-testid="control-published"] tbody tr');
    expect(await published.count()).toBeGreaterThanOrEqual(15);
    expect(await page.locator('[data-testid="control-published"] tr[data-row-key="2016_measures_total"] td[data-key="source"] a').getAttribute('href')).toMatch(/^http:\/\/anticorruption\.gov\.kz\//);
    expect(await cell(page, 'control-published', '2016_measures_total', 'trust')).toBe('A');
    expect(await cell(page, 'control-published', '2025_violations_total', 'trust')).toBe('C');
    expect(digits(await cell(page, 'control-published', '2016_measures_total', 'value'))).toBe('1586');
    expect(await cell(page, 'control-published', '2016_measures_total', 'note')).not.toBe('');
    // Every figure carries its definition note.
    const notes = await page.$$eval('[data-testid="control-published"] tbody td[data-key="note"]', (tds) => tds.map((td) => (td.textContent ?? '').trim()));
    expect(notes.every((n) => n !== '')).toBe(true);
    // Each source sentence is quoted once under the table; every figure refers to one by its number.
    const sentences = await page.$$eval('[data-testid="control-evidence"] li q', (qs) => qs.map((q) => q.textContent ?? ''));
    expect(new Set(sentences).size).toBe(sentences.length);
    expect(sentences.length).toBeLessThan(await published.count());
    const refs = await page.$$eval('[data-testid="control-published"] tbody td[data-key="evidence"]', (tds) => tds.map((td) => Number((td.textContent ?? '').replace(/\D/g, ''))));
    expect(refs.every((n) => n >= 1 && n <= sentences.length)).toBe(true);
    const first = Number((await cell(page, 'control-published', '2016_measures_total', 'evidence')).replace(/\D/g, ''));
    expect(sentences[first - 1]).toMatch(/1,586 control measures/);
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
  });

  it('the violation chart has separate points and says how little exists', async () => {
    const { page } = await newVisit('#/control?lang=en');
    const chart = page.locator('[data-testid="control-trend-chart"]');
    await chart.scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-testid="control-trend-chart"][data-status="ready"]');
    // Two panels, each with one labelled value scale: the national totals by year, the reports by quarter.
    expect(await chart.getAttribute('data-categories')).toBe('2016,2025');
    expect(await chart.getAttribute('data-axes')).toBe('y');
    const datasets = JSON.parse((await chart.getAttribute('data-datasets')) ?? '[]') as Array<{ series: string; data: Array<number | null>; line: boolean; axis: string }>;
    expect(datasets.every((d) => d.line === false && d.axis === 'y')).toBe(true);
    expect(datasets.map((d) => [d.series, d.data])).toEqual([['national', [800000, 478000]]]);
    const reports = page.locator('[data-testid="control-trend-reports-chart"]');
    await reports.scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-testid="control-trend-reports-chart"][data-status="ready"]');
    expect(await reports.getAttribute('data-categories')).toBe('Q3 2021');
    expect(await reports.getAttribute('data-axes')).toBe('y');
    expect(JSON.parse((await reports.getAttribute('data-datasets')) ?? '[]')).toEqual([{ series: 'reports', data: [null], line: false, axis: 'y' }]);
    expect(await page.textContent('[data-testid="control-coverage"]')).toMatch(/2 of the 10 years 2016–2025.*1 of the 40 quarters.*0 of them with a number/);
    expect(await cell(page, 'control-trend', 'reports|2021-Q3', 'value')).toBe('blank');
  });

  it('downloads equal the tables (ru: ; and numbers as numbers)', async () => {
    const { page } = await newVisit('#/control?lang=ru');
    await unfold(page);
    for (const id of ['control-forms', 'control-channels', 'control-services', 'control-results', 'control-published', 'control-trend']) {
      await page.waitForSelector(`[data-testid="${id}"]`);
      const shown = await tableText(page, id);
      const csv = await download(page, `${id}-csv`);
      expect(csv.length - 1, id).toBe(shown.length);
      // Same rows in the same order; period cells equal up to the thousands separator.
      expect(csv.slice(1).map((r) => r[0]), id).toEqual(shown.map((r) => r[0]));
      if (id === 'control-channels' || id === 'control-results') {
        expect(csv.slice(1).map((r) => r.slice(2).map(digits)), id).toEqual(shown.map((r) => r.slice(2).map(digits)));
      }
    }
  });

  it('keeps the sort and the applicant column in the URL', async () => {
    const { page } = await newVisit('#/control?lang=en');
    await unfold(page);
    await page.waitForSelector('[data-testid="control-services"]');
    await page.click('[data-testid="control-services"] th[data-key="p2021_q3"] button');
    await page.waitForFunction(() => location.hash.includes('services=p2021_q3-desc'), undefined, POLL);
    const first = (await tableText(page, 'control-services'))[0];
    expect(digits(first?.[6] ?? '')).toBe('151694');
    await page.check('[data-testid="control-applicant-legal"]');
    await page.waitForFunction(() => location.hash.includes('applicant=legal'), undefined, POLL);
    expect(await cell(page, 'control-channels', 'delivered.total', 'p2021_07')).toBe('blank');
    const again = await newVisit('#/control?lang=en&applicant=legal&services=p2021_q3-desc');
    await again.page.waitForSelector('[data-testid="control-applicant-legal"]');
    expect(await again.page.isChecked('[data-testid="control-applicant-legal"]')).toBe(true);
  });
});
