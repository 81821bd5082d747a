import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { axeViolations, baseUrl, hasChromium, LANGS, POLL, readDownload, useBrowser } from './harness.ts';
import { readWorkbook } from '../../src/lib/control/own/xlsx-read.ts';
import Papa from 'papaparse';
import { buildReference, type ControlCheckInput, type ControlRowInput } from '../../src/lib/control/reference.ts';
import { templateCsv, templateRows, type TemplateText } from '../../src/lib/control/own/template.ts';

// "Your reports" (#/reports): files are generated here, loaded through the file input, read in
// the worker, kept in IndexedDB, and never sent anywhere.

const HEADER = 'form,reporter,region_id,period,code,applicant,service,value';

/** A valid 2-mk report of violations for one quarter: the total equals the sum of the 10 types, months add up. */
function violationRows(reporter: string, region: string, year: number, quarter: number, base: number): string[] {
  const types = ['deadline', 'refusal_deadline', 'incomplete_package', 'extra_documents', 'documents_from_is', 'procedure', 'unjustified_refusal', 'schedule', 'paid_free_service', 'other'];
  const rows: string[] = [];
  const months = [1, 2, 3].map((k) => `${year}-${String((quarter - 1) * 3 + k).padStart(2, '0')}`);
  const monthValues = types.map((_, i) => [1, 2, 3].map((k) => (base + i + k) % 7));
  types.forEach((type, i) => {
    months.forEach((m, k) => rows.push(`2-mk,${reporter},${region},${m},violations.${type},,,${monthValues[i]![k]}`));
    rows.push(`2-mk,${reporter},${region},${year}-Q${quarter},violations.${type},,,${monthValues[i]!.reduce((a, b) => a + b, 0)}`);
  });
  months.forEach((m, k) => rows.push(`2-mk,${reporter},${region},${m},violations.total,,,${monthValues.reduce((s, v) => s + v[k]!, 0)}`));
  const total = monthValues.reduce((s, v) => s + v.reduce((a, b) => a + b, 0), 0);
  rows.push(`2-mk,${reporter},${region},${year}-Q${quarter},violations.total,,,${total}`);
  return rows;
}

function multiQuarter(): { text: string; total: number } {
  const rows: string[] = [];
  let total = 0;
  for (const year of [2022, 2023]) {
    for (const q of [1, 2, 3, 4]) {
      const r = violationRows('akimat_test', 'almaty_city', year, q, year + q);
      rows.push(...r);
      total += Number(r[r.length - 1]!.split(',').pop());
    }
  }
  return { text: [HEADER, ...rows].join('\n') + '\n', total };
}

/** CSV lines as an Excel workbook, written by an independent writer (shared strings); values as numbers, a value starting "=" as a formula. */
async function asXlsx(lines: string[]): Promise<Buffer> {
  const data = lines.map((line, i) =>
    line.split(',').map((v, c) => {
      if (i === 0 || c !== 7) return v;
      return v.startsWith('=') ? { type: 'Formula' as const, value: v } : /^\d+$/.test(v) ? Number(v) : v;
    }),
  );
  return writeXlsxFile(data).toBuffer();
}

/** The cells of the loaded files' rows, less the file name. */
async function fileRows(page: Page): Promise<string[][]> {
  return page.locator('[data-testid="own-files"] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(1, 6).map((c) => c.textContent?.trim() ?? '')));
}

async function setFiles(page: Page, files: Array<{ name: string; text: string | Buffer }>) {
  await page.locator('[data-testid="own-input"]').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: typeof f.text === 'string' ? Buffer.from(f.text, 'utf8') : f.text })));
}

/** "Remove all", confirmed in its dialog. */
async function removeAll(page: Page) {
  await page.locator('[data-testid="own-remove-all"]').click();
  await page.locator('[data-testid="own-confirm-remove"]').click();
}

/** A file's findings shown: its name clicked, until the findings table names it (the table is drawn a turn after the rest). */
async function showFindings(page: Page, name: string) {
  await page.locator(`tr[data-file="${name}"] [data-testid="own-file-name"]`).click();
  await page.locator('h2', { hasText: `: ${name}` }).waitFor();
  await page.waitForFunction((n) => document.querySelector('[data-testid="own-findings"] caption')?.textContent?.includes(n), name, POLL);
}

async function waitDone(page: Page, count: number) {
  await page.waitForFunction(
    (n) => {
      const t = document.querySelector('[data-testid="own-files"]');
      return t?.getAttribute('data-done') === 'true' && t.querySelectorAll('tbody tr').length === n;
    },
    count,
    POLL,
  );
}

describe.skipIf(!hasChromium)('your reports', () => {
  const { newVisit } = useBrowser();

  it('loads the worked example and a multi-quarter set, shows findings and trends, keeps them over a reload, removes them, sends nothing', async () => {
    const { page, externalRequests, consoleErrors, go } = await newVisit('#/reports?lang=en');
    await page.locator('[data-testid="own-example-load"]').click();
    await waitDone(page, 1);
    const example = page.locator('[data-testid="own-files"] tbody tr').first();
    expect(await example.getAttribute('data-valid')).toBe('false'); // the filed report has 602 blank cells
    // Blank cells are one entry with their count, listed in the open a report row a line, a hundred rows at first.
    const blanks = page.locator('[data-testid="own-findings-group"][data-kind="blank"]');
    await blanks.waitFor();
    expect(await blanks.locator('h4').textContent()).toContain('Blank cell (the Rules forbid it; enter "-"): 602 cells');
    await blanks.locator('li').nth(99).waitFor();
    expect(await blanks.locator('li').count()).toBe(100);
    // Each with its sheet cells and periods in words (a template row holds three months and the quarter: columns D to G).
    expect(await blanks.locator('li').first().textContent()).toMatch(/^Row .+: D(\d+) \(July 2021\), E\1 \(August 2021\), F\1 \(September 2021\), G\1 \(Q3 2021\)$/);
    await blanks.getByRole('button', { name: /^Show \d+ more$/ }).click();
    await blanks.locator('li').nth(100).waitFor();

    const set = multiQuarter();
    await setFiles(page, [{ name: 'akimat.csv', text: set.text }]);
    await waitDone(page, 2);
    expect(await page.locator('[data-testid="own-files"] tbody tr[data-file="akimat.csv"]').getAttribute('data-valid')).toBe('true');
    await page.locator('[data-testid="own-trend-table"]').waitFor();
    const table = (await page.locator('[data-testid="own-trend-table"]').textContent()) ?? '';
    // Quarters in words, never as codes.
    expect(table).toContain('Q1 2022');
    expect(table).toContain('Q4 2023');
    expect(table).not.toContain('2022-Q1');
    // By year: the two years' violations add up to the whole set.
    await page.locator('[data-testid="own-grain"]').selectOption('year');
    await page.waitForFunction(() => document.querySelector('[data-testid="own-trend-table"] tbody tr th')?.textContent?.trim() === '2022', undefined, POLL);
    const yearCells = await page.locator('[data-testid="own-trend-table"] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim() ?? '')));
    expect(yearCells.map((r) => r[0])).toEqual(['2022', '2023']);
    // Column 2 is the first series, violations.total; a cell starts with its value.
    expect(await page.locator('[data-testid="own-trend-table"] thead th').nth(2).textContent()).toContain('Violations detected, total');
    const sum = yearCells.reduce((s, r) => s + Number((r[2] ?? '').split(' ')[0]!.replace(/[^\d]/g, '')), 0);
    expect(sum).toBe(set.total);
    expect(page.url()).toContain('own_grain=year');
    // The reporter filter (its options made as plain elements): "All" and the one reporter counted;
    // choosing it is in the address and keeps the same totals, "All" takes it out again.
    const reporter = page.locator('[data-testid="own-filter-reporter"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="own-filter-reporter"] option').length === 2, undefined, POLL);
    expect(await reporter.locator('option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]))).toEqual([['', 'All'], ['akimat_test', 'akimat_test']]);
    expect(await reporter.inputValue()).toBe('');
    await reporter.selectOption('akimat_test');
    await page.waitForFunction(() => location.href.includes('own_reporters=akimat_test'), undefined, POLL);
    expect(await reporter.inputValue()).toBe('akimat_test');
    expect(await page.locator('[data-testid="own-trend-table"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.children[2]?.textContent?.trim() ?? ''))).toEqual(yearCells.map((r) => r[2]));
    await reporter.selectOption('');
    await page.waitForFunction(() => !location.href.includes('own_reporters='), undefined, POLL);
    expect(await reporter.inputValue()).toBe('');
    // The chart is built when it comes on screen.
    await page.locator('[data-testid="own-trend-chart"]').scrollIntoViewIfNeeded();
    await page.locator('[data-testid="own-trend-chart"][data-status="ready"]').waitFor();
    expect(JSON.parse((await page.locator('[data-testid="own-trend-chart"]').getAttribute('data-series')) ?? '[]')[0]).toHaveLength(2);
    // The chart's menu gives its image, naming the view and saying these are the reader's files.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="own-trend-download-svg"]')]);
    expect(download.suggestedFilename()).toMatch(/^sapa-own-.*year-en\.svg$/);
    const svg = readFileSync(await download.path(), 'utf8');
    const svgText = await page.evaluate((t) => new DOMParser().parseFromString(t, 'image/svg+xml').documentElement.textContent, svg);
    expect(svgText).toContain('Trends of the loaded reports');
    expect(svgText).toContain('Source: report files loaded by the reader (not published data)');
    expect(await axeViolations(page)).toEqual([]);

    // The control page's violation chart shows them as a series of their own in the reports'
    // panel, with its coverage (the worked example has errors and is not included).
    await go('#/control?lang=en');
    const ownCoverage = page.locator('[data-testid="control-own-coverage"]');
    await ownCoverage.waitFor();
    expect(await ownCoverage.textContent()).toMatch(/not published data\): 8 reports, Q1 2022–Q4 2023; 8 of the 8 quarters have a loaded report, 8 of them with a number; complete years also shown as a year sum: 2/);
    await page.locator('[data-testid="control-trend-reports-chart"]').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('[data-testid="control-trend-reports-chart"][data-status="ready"]')?.getAttribute('data-datasets')?.includes('"own"'), undefined, POLL);
    const controlSets = JSON.parse((await page.locator('[data-testid="control-trend-reports-chart"]').getAttribute('data-datasets')) ?? '[]') as Array<{ series: string; data: Array<number | null>; line: boolean }>;
    const ownSet = controlSets.find((d) => d.series === 'own');
    expect(ownSet?.line).toBe(false);
    // Eight quarters in the chart, their sum the whole set; the year sums are in the table only.
    expect(ownSet?.data.filter((v) => v !== null)).toHaveLength(8);
    expect(ownSet?.data.reduce<number>((sum, v) => sum + (v ?? 0), 0)).toBe(set.total);
    expect(await page.locator('[data-testid="control-trend"] tbody tr[data-row-key="own|2022|2-mk"]').count()).toBe(1);
    // Never on a second axis beside the national totals: each panel has one value scale.
    expect(await page.getAttribute('[data-testid="control-trend-reports-chart"]', 'data-axes')).toBe('y');
    expect(JSON.parse((await page.getAttribute('[data-testid="control-trend-chart"]', 'data-datasets')) ?? '[]').map((d: { series: string }) => d.series)).toEqual(['national']);
    await go('#/reports?lang=en&own_grain=year');
    await waitDone(page, 2);

    // The same file again: said so, not counted twice.
    await setFiles(page, [{ name: 'akimat-copy.csv', text: set.text }]);
    await waitDone(page, 3);
    await page.locator('tr[data-file="akimat-copy.csv"] [data-testid="own-repeated"]').waitFor();
    expect(await page.locator('tr[data-file="akimat-copy.csv"] [data-testid="own-repeated"]').textContent()).toContain('reports already loaded from an earlier file: 8');
    const afterCopy = await page.locator('[data-testid="own-trend-table"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.children[2]?.textContent?.trim() ?? ''));
    expect(afterCopy).toEqual(yearCells.map((r) => r[2]));

    // Kept over a reload.
    await go('#/reports?lang=en');
    await waitDone(page, 3);
    expect(await page.locator('[data-testid="own-files"] tbody tr').count()).toBe(3);

    // Removed on request.
    await removeAll(page);
    await page.locator('[data-testid="own-empty"]').waitFor();
    await go('#/reports?lang=en');
    await page.locator('[data-testid="own-empty"]').waitFor();
    expect(externalRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('one mistake is one error on the right cell: a wrong quarter, a wrong month, a wrong part', async () => {
    const { page } = await newVisit('#/reports?lang=en');
    const changed = (rows: string[], match: string, by: number) => {
      const i = rows.findIndex((r) => r.includes(match));
      const parts = rows[i]!.split(',');
      const was = Number(parts[7]);
      parts[7] = String(was + by);
      return { rows: rows.map((r, k) => (k === i ? parts.join(',') : r)), was, now: was + by, line: i + 2 };
    };
    const cases = [
      { name: 'quarter.csv', row: '3 — Violations detected, total', period: 'Q2 2024', ...changed(violationRows('a', 'astana', 2024, 2, 3), '2024-Q2,violations.total,', 5) },
      { name: 'month.csv', row: '3 — Violations detected, total', period: 'May 2024', ...changed(violationRows('b', 'astana', 2024, 2, 3), '2024-05,violations.total,', 3) },
      { name: 'part.csv', row: '3.1 — service deadline breached', period: 'Q2 2024', ...changed(violationRows('c', 'astana', 2024, 2, 3), '2024-Q2,violations.deadline,', 5) },
    ];
    await setFiles(page, cases.map((c) => ({ name: c.name, text: [HEADER, ...c.rows].join('\n') })));
    await waitDone(page, 3);
    for (const c of cases) {
      await showFindings(page, c.name);
      expect(await page.locator(`tr[data-file="${c.name}"]`).textContent()).toContain('not valid (errors: 1)');
      const errors = page.locator('[data-testid="own-findings"] tbody tr');
      expect(await errors.count(), c.name).toBe(1);
      const text = (await errors.first().textContent()) ?? '';
      // The line of the cell, the printed row and its label, the period in words, both values and the difference.
      for (const part of [`${c.line}`, 'This cell breaks every sum it is part of', c.row, c.period, String(c.now), String(c.was), `+${c.now - c.was}`]) expect(text, `${c.name}: ${part}`).toContain(part);
      // The two failed sums it explains, grouped under it; the correct total's sum is not an error of its own.
      expect(text).toContain('Months do not add up to the quarter');
      expect(text).toContain('Parts do not add up to the total');
    }
  });

  it('bad input gives a message naming the file and keeps what was loaded', async () => {
    const { page, externalRequests } = await newVisit('#/reports?lang=en');
    const good = [HEADER, ...violationRows('ok', 'astana', 2024, 1, 1)].join('\n');
    await setFiles(page, [{ name: 'good.csv', text: good }]);
    await waitDone(page, 1);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const cp1251 = Buffer.concat([Buffer.from(HEADER + '\n2-mk,'), Buffer.from([0xc0, 0xea, 0xe8, 0xec, 0xe0, 0xf2]), Buffer.from(',astana,2024-Q1,violations.total,,,=SUM(A1)\n')]);
    await setFiles(page, [
      { name: 'empty.csv', text: '' },
      { name: 'picture.csv', text: png },
      { name: 'other.csv', text: 'a;b;c\n1;2;3\n' },
      { name: 'cp1251.csv', text: cp1251 },
      { name: 'html.csv', text: `${HEADER}\n2-mk,<img src=x onerror=alert(1)>,astana,2024-Q1,violations.total,,,-3\n` },
    ]);
    await waitDone(page, 6);
    const messages = (await page.locator('[data-testid="own-messages"]').textContent()) ?? '';
    expect(messages).toContain('empty.csv: the file is empty');
    expect(messages).toContain('picture.csv: this is an image');
    expect(messages).toContain('other.csv: neither a Sapa template');
    // Windows-1251 read as such: the reporter's Cyrillic name survives.
    expect(await page.locator('tr[data-file="cp1251.csv"]').textContent()).toContain('Акимат');
    // … and the row says how it was read; a UTF-8 file says nothing of it.
    expect(await page.locator('tr[data-file="cp1251.csv"] [data-testid="own-encoding"]').textContent()).toBe('not UTF-8: read as Windows-1251 (Cyrillic)');
    expect(await page.locator('tr[data-file="good.csv"] [data-testid="own-encoding"]').count()).toBe(0);
    expect(await page.locator('tr[data-file="good.csv"]').getAttribute('data-valid')).toBe('true');
    // HTML stays text.
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('tr[data-file="html.csv"]').textContent()).toContain('<img src=x');
    expect(externalRequests).toEqual([]);
  });

  it('a truncated file is named with its line, and loses nothing loaded before', async () => {
    const { page } = await newVisit('#/reports?lang=en');
    const set = multiQuarter();
    await setFiles(page, [{ name: 'whole.csv', text: set.text }]);
    await waitDone(page, 1);
    // Cut in the middle of a row: its first 5 cells are all that is left of it.
    const lines = set.text.split('\n');
    const half = Math.floor(lines.length / 2);
    const cut = [...lines.slice(0, half), lines[half]!.split(',').slice(0, 5).join(',')].join('\n');
    await setFiles(page, [{ name: 'cut.csv', text: cut }]);
    await waitDone(page, 2);
    expect(await page.locator('[data-testid="own-messages"]').textContent()).toContain(`cut.csv, line ${half + 1}: only 5 of the 8 columns`);
    expect(await page.locator('tr[data-file="cut.csv"]').getAttribute('data-status')).toBe('failed');
    expect(await page.locator('tr[data-file="whole.csv"]').getAttribute('data-valid')).toBe('true');
  });

  it('a storage error (private mode, quota) says so and keeps what is loaded on the page', async () => {
    const { page, consoleErrors } = await newVisit('#/reports?lang=en');
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        // As browsers often do: the name says quota, the message says nothing.
        throw new DOMException('', 'QuotaExceededError');
      };
    });
    await page.reload();
    await page.locator('[data-testid="own-input"]').waitFor();
    await page.locator('[data-testid="own-notice"]').first().waitFor();
    // The file is kept by the worker that reads it (the script above patches the page only): a
    // real quota of one byte for the site refuses that too.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: 1 });
    const set = multiQuarter();
    await setFiles(page, [{ name: 'kept-here.csv', text: set.text }]);
    await waitDone(page, 1);
    await page.locator('[data-testid="own-trend-table"]').waitFor();
    expect(await page.locator('tr[data-file="kept-here.csv"]').getAttribute('data-valid')).toBe('true');
    const notices = await page.locator('[data-testid="own-notice"]').allTextContents();
    expect(notices.length).toBeGreaterThanOrEqual(2); // reading what was kept, and keeping the new file
    // Each says what failed and why, and what was kept (never "storage ()" with an empty reason).
    expect(notices.every((x) => x.includes('quota exceeded') && !x.includes('()'))).toBe(true);
    expect(notices.some((x) => x.startsWith('Could not read the reports kept in this browser'))).toBe(true);
    expect(notices.some((x) => x.startsWith('Could not keep “kept-here.csv” in this browser') && x.includes('stays on this page'))).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  it('many files at once: read side by side, listed and kept in the order added; a report in two of them counts from the first', async () => {
    const { page, consoleErrors } = await newVisit('#/reports?lang=en');
    await page.locator('[data-testid="own-input"]').waitFor();
    // 31 files (more than join one step): the first holds eight quarters (its reading ends after
    // that of smaller ones read beside it), the others one quarter each, and the last repeats the
    // first's 2022-Q1 report.
    const files = [{ name: 'f00-big.csv', text: multiQuarter().text }];
    for (let i = 1; i < 30; i++) files.push({ name: `f${String(i).padStart(2, '0')}.csv`, text: [HEADER, ...violationRows(`akimat_${i}`, 'astana', 2023, 1 + (i % 4), i)].join('\n') + '\n' });
    files.push({ name: 'f30-copy.csv', text: [HEADER, ...violationRows('akimat_test', 'almaty_city', 2022, 1, 2023)].join('\n') + '\n' });
    await setFiles(page, files);
    await waitDone(page, files.length);
    const listed = async () => page.locator('[data-testid="own-files"] tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-file'), tr.getAttribute('data-status')]));
    expect(await listed()).toEqual(files.map((f) => [f.name, 'loaded']));
    await page.locator('tr[data-file="f30-copy.csv"] [data-testid="own-repeated"]').waitFor();
    expect(await page.locator('[data-testid="own-repeated"]').count()).toBe(1);
    // Every file kept (by the worker that read it) in IndexedDB, and back in the same order after a reload.
    await page.waitForFunction(
      (n) =>
        new Promise((resolve) => {
          const req = indexedDB.open('sapa-own-reports');
          req.onerror = () => resolve(false);
          req.onsuccess = () => {
            const c = req.result.transaction('files').objectStore('files').count();
            c.onsuccess = () => {
              req.result.close();
              resolve(c.result === n);
            };
          };
        }),
      files.length,
      POLL,
    );
    await page.reload();
    await waitDone(page, files.length);
    expect(await listed()).toEqual(files.map((f) => [f.name, 'loaded']));
    await page.locator('tr[data-file="f30-copy.csv"] [data-testid="own-repeated"]').waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('the tidy download reloads to the same totals', async () => {
    const { page } = await newVisit('#/reports?lang=en&own_grain=year');
    const set = multiQuarter();
    await setFiles(page, [{ name: 'set.csv', text: set.text }]);
    await waitDone(page, 1);
    await page.locator('[data-testid="own-trend-table"]').waitFor();
    const before = await page.locator('[data-testid="own-trend-table"] tbody').textContent();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="own-tidy"]').click()]);
    const tidy = readFileSync((await download.path()) as string);
    expect(tidy.subarray(0, 3).toString('hex')).toBe('efbbbf');
    await removeAll(page);
    await page.locator('[data-testid="own-empty"]').waitFor();
    await setFiles(page, [{ name: 'tidy.csv', text: tidy }]);
    await waitDone(page, 1);
    await page.locator('[data-testid="own-trend-table"]').waitFor();
    expect(await page.locator('[data-testid="own-trend-table"] tbody').textContent()).toBe(before);
  });

  it('XLSX: the template downloads as a workbook; the worked example and a generated set load as workbooks to the same rows, findings and totals as in CSV', async () => {
    const { page, externalRequests, consoleErrors } = await newVisit('#/reports?lang=en&own_grain=year');
    // The blank template: a zip with one sheet, the form's key cells, headings and code row.
    await page.locator('[data-testid="own-template-form"]').selectOption('2-mk');
    const [blank] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="own-template-download-xlsx"]').click()]);
    expect(blank.suggestedFilename()).toBe('sapa-template-2-mk-en.xlsx');
    const blankBytes = readFileSync((await blank.path()) as string);
    expect(blankBytes.subarray(0, 4).toString('hex')).toBe('504b0304');
    expect(Object.keys(unzipSync(new Uint8Array(blankBytes)))).toContain('xl/worksheets/sheet1.xml');
    const [sheet] = readWorkbook(new Uint8Array(blankBytes));
    const cells = sheet?.rows.map((r) => r.cells) ?? [];
    expect(cells[0]?.[0]).toContain('Template of form');
    expect(cells.find((r) => r.includes('#form'))?.[1]).toBe('2-mk');
    expect(cells.find((r) => r.includes('#code'))).toEqual(expect.arrayContaining(['#row', '#m1', '#q', '#code', '#applicant']));
    expect(cells.some((r) => r.includes('violations.total') && r.some((c) => c.startsWith('Violations detected')))).toBe(true);

    // The worked example as a workbook reads as the worked example in CSV.
    const [example] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="own-example-download-xlsx"]').click()]);
    expect(example.suggestedFilename()).toMatch(/^sapa-example-.*-en\.xlsx$/);
    await page.locator('[data-testid="own-example-load"]').click();
    await waitDone(page, 1);
    await setFiles(page, [{ name: 'example.xlsx', text: readFileSync((await example.path()) as string) }]);
    await waitDone(page, 2);
    const [fromCsv, fromXlsx] = await fileRows(page);
    expect(fromXlsx).toEqual(fromCsv);
    expect(fromXlsx?.[4]).toContain('not valid');
    await removeAll(page);
    await page.locator('[data-testid="own-empty"]').waitFor();

    // A generated multi-quarter set: the same totals from its CSV and from its workbook.
    const set = multiQuarter();
    await setFiles(page, [{ name: 'set.csv', text: set.text }]);
    await waitDone(page, 1);
    await page.locator('[data-testid="own-trend-table"]').waitFor();
    const before = await page.locator('[data-testid="own-trend-table"] tbody').textContent();
    await removeAll(page);
    await page.locator('[data-testid="own-empty"]').waitFor();
    await setFiles(page, [{ name: 'set.xlsx', text: await asXlsx(set.text.trim().split('\n')) }]);
    await waitDone(page, 1);
    expect(await page.locator('tr[data-file="set.xlsx"]').getAttribute('data-valid')).toBe('true');
    await page.locator('[data-testid="own-trend-table"]').waitFor();
    expect(await page.locator('[data-testid="own-trend-table"] tbody').textContent()).toBe(before);
    // The tidy download reads the workbook again: every row of the set, as in the CSV.
    const [tidy] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="own-tidy"]').click()]);
    const tidyLines = readFileSync((await tidy.path()) as string, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(tidyLines).toEqual(set.text.trim().split('\n'));
    await removeAll(page);
    await page.locator('[data-testid="own-empty"]').waitFor();

    // A formula in a value cell is not computed: the same finding as the same text in a CSV.
    const rows = violationRows('akimat_formula', 'astana', 2024, 2, 3);
    const i = rows.findIndex((r) => r.includes('2024-Q2,violations.deadline'));
    rows[i] = [...rows[i]!.split(',').slice(0, 7), `=SUM(H${i - 1}:H${i + 1})`].join(',');
    await setFiles(page, [{ name: 'formula.csv', text: [HEADER, ...rows].join('\n') }]);
    await waitDone(page, 1);
    await setFiles(page, [{ name: 'formula.xlsx', text: await asXlsx([HEADER, ...rows]) }]);
    await waitDone(page, 2);
    const [csvRow, xlsxRow] = await fileRows(page);
    expect(xlsxRow).toEqual(csvRow);
    const findings = async (name: string) => {
      await showFindings(page, name);
      return page.locator('[data-testid="own-findings"] tbody').textContent();
    };
    const csvFindings = await findings('formula.csv');
    expect(csvFindings).toContain(`=SUM(H${i - 1}:H${i + 1})`);
    expect(await findings('formula.xlsx')).toBe(csvFindings);

    // Workbooks that are not reports, and a broken one: named, and nothing loaded is lost.
    const other = await writeXlsxFile([['Name', 'Sales'], ['North', 12]]).toBuffer();
    await setFiles(page, [
      { name: 'sales.xlsx', text: other },
      { name: 'broken.xlsx', text: other.subarray(0, other.length >> 1) },
      { name: 'old.xls', text: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array<number>(504).fill(0)]) },
    ]);
    await waitDone(page, 5);
    const messages = (await page.locator('[data-testid="own-messages"]').textContent()) ?? '';
    expect(messages).toContain('sales.xlsx: an Excel workbook, but none of its sheets (1) is a Sapa template');
    expect(messages).toContain('broken.xlsx: the Excel workbook (.xlsx) could not be read');
    expect(messages).toContain('old.xls: this is an Excel 97–2003 workbook (.xls)');
    expect(await page.locator('tr[data-file="formula.xlsx"]').getAttribute('data-status')).toBe('loaded');
    expect(externalRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('remove all asks once, and Undo brings the files back, kept over a reload', async () => {
    const { page, go, consoleErrors } = await newVisit('#/reports?lang=en');
    await setFiles(page, [{ name: 'a.csv', text: [HEADER, ...violationRows('a', 'astana', 2024, 1, 1)].join('\n') }, { name: 'b.csv', text: [HEADER, ...violationRows('b', 'astana', 2024, 2, 2)].join('\n') }]);
    await waitDone(page, 2);
    // Cancelled: nothing removed.
    await page.locator('[data-testid="own-remove-all"]').click();
    const dialog = page.locator('[data-testid="own-confirm"]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Remove every loaded file (2)?');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('[data-testid="own-confirm-cancel"]').click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('[data-testid="own-files"] tbody tr').count()).toBe(2);
    // Confirmed: removed, from storage too (a reload finds none) — and Undo still there after it.
    await removeAll(page);
    await page.locator('[data-testid="own-empty"]').waitFor();
    expect(await page.locator('[data-testid="own-removed"]').textContent()).toContain('Files removed: 2.');
    // Another page and back (the page stays open): Undo is still offered.
    await page.click('[data-nav="control"]');
    await page.locator('[data-testid="control-to-reports"] a').click();
    await page.locator('[data-testid="own-undo"]').click();
    await waitDone(page, 2);
    expect(await page.locator('[data-testid="own-files"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-file')))).toEqual(['a.csv', 'b.csv']);
    expect(await page.locator('[data-testid="own-removed"]').count()).toBe(0);
    // Restored into storage: a reload (a new page, no undo left) finds both.
    await go('#/reports?lang=en');
    await waitDone(page, 2);
    expect(await page.locator('[data-testid="own-undo"]').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('a partial year is marked as partial, in the chart and the table, never joined to a whole year', async () => {
    const { page } = await newVisit('#/reports?lang=ru&own_grain=year');
    // 2023: four quarters; 2024: two quarters.
    const rows = [2023, 2024].flatMap((y) => (y === 2023 ? [1, 2, 3, 4] : [1, 2]).flatMap((q) => violationRows('akimat', 'astana', y, q, q)));
    await setFiles(page, [{ name: 'years.csv', text: [HEADER, ...rows].join('\n') }]);
    await waitDone(page, 1);
    await page.locator('[data-testid="own-trend-table"]').waitFor();
    const periods = await page.locator('[data-testid="own-trend-table"] tbody tr th').allTextContents();
    expect(periods.map((p) => p.trim())).toEqual(['2023', '2024 (2 из 4 кварталов)']);
    expect(await page.locator('[data-testid="own-partial-note"]').count()).toBe(1);
    const chart = page.locator('[data-testid="own-trend-chart"]');
    await chart.scrollIntoViewIfNeeded();
    await page.locator('[data-testid="own-trend-chart"][data-status="ready"]').waitFor();
    expect(JSON.parse((await chart.getAttribute('data-partial')) ?? '[]')).toEqual([false, true]);
    expect(await page.locator('[data-testid="own-partial-key"]').first().textContent()).toContain('неполный год');
    // The whole year's line never reaches the partial one: the lined dataset has a gap there, the
    // partial mark is a dataset drawn without a line.
    const drawn = JSON.parse((await chart.getAttribute('data-drawn')) ?? '[]') as Array<{ data: Array<number | null>; line: boolean }>;
    expect(drawn.map((d) => [d.line, d.data[0] !== null, d.data[1] !== null])).toEqual([
      [true, true, false],
      [false, false, true],
    ]);
    // The ten violation kinds: small multiples on one shared scale, apart from the total.
    expect(await page.locator('[data-testid="own-trend-part"]').count()).toBe(10);
    expect(JSON.parse((await chart.getAttribute('data-series')) ?? '[]')).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('printed before the reader scrolled, the trend chart and its ten small multiples are drawn on paper, with ticks of at least 8 pt', async () => {
    const { page } = await newVisit('#/no-such-page', { width: 1280, height: 800 });
    // Opened without the visit's read-through scroll: the page as a reader who prints at once sees it.
    await page.goto(new URL('#/reports?lang=en', baseUrl).toString());
    await setFiles(page, [{ name: 'quarters.csv', text: multiQuarter().text }]);
    await waitDone(page, 1);
    await page.locator('[data-testid="own-trend-table"]').waitFor({ state: 'attached' });
    expect(await page.locator('[data-testid="own-trend-part"]').count()).toBe(10);
    // Below the first screen: not all drawn until the page is printed.
    expect(await page.locator('[data-testid="own-trend-part"][data-status="ready"]').count()).toBeLessThan(10);
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(
      () => {
        const charts = [...document.querySelectorAll('[data-testid="own-trend-chart"], [data-testid="own-trend-part"]')];
        return charts.length === 11 && charts.every((c) => c.getAttribute('data-status') === 'ready' && Number(c.getAttribute('data-tick-px')) * 0.75 >= 8);
      },
      undefined,
      POLL,
    );
    // Back on screen, the screen's ticks again.
    await page.emulateMedia({ media: 'screen' });
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="own-trend-chart"]')?.getAttribute('data-tick-px')) < 13, undefined, POLL);
  });

  it('printed on A4, the findings table is as wide as the page, its cells compared whole', async () => {
    const { page } = await newVisit('#/reports?lang=ru');
    await setFiles(page, [{ name: 'template.csv', text: templateCsv(mistakeTemplate().rows, 'ru') }]);
    await waitDone(page, 1);
    await showFindings(page, 'template.csv');
    // A4's printable width at 96 dpi (about 180 mm).
    await page.setViewportSize({ width: 680, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const widths = await page.locator('[data-testid="own-findings"]').evaluate((table) => ({
      table: table.getBoundingClientRect().right,
      page: document.documentElement.clientWidth,
      parts: table.querySelector('thead th[data-key="parts"]')?.getBoundingClientRect().width ?? 0,
    }));
    expect(widths.table).toBeLessThanOrEqual(widths.page + 1);
    expect(widths.parts).toBeGreaterThan(widths.page * 0.15);
    await page.emulateMedia({ media: 'screen' });
  });

  it('an old link to the workspace on #/control opens #/reports with its view', async () => {
    const { page } = await newVisit('#/control?lang=kk&own_grain=year&applicant=legal');
    await page.waitForFunction(() => location.hash.startsWith('#/reports'), undefined, POLL);
    expect(new URL(page.url()).hash).toBe('#/reports?lang=kk&own_grain=year');
    await page.locator('[data-testid="own-section"]').waitFor();
    expect(await page.locator('[data-nav="reports"]').getAttribute('aria-current')).toBe('page');
    expect(await page.locator('[data-testid="own-grain"]').inputValue()).toBe('year');
  });

  it.each(LANGS)('#/reports in %s: its heading, its menu entry, a file loaded, no axe violations', async (lang) => {
    const { page, consoleErrors } = await newVisit(`#/reports?lang=${lang}`);
    const titles = { kk: 'Сіздің тоқсандық есептеріңіз: тексеру және серпін', ru: 'Ваши квартальные отчёты: проверка и динамика', en: 'Your quarterly reports: check and trends' } as const;
    expect((await page.textContent('main h1'))?.trim()).toBe(titles[lang]);
    expect(await page.locator('[data-nav="reports"]').getAttribute('aria-current')).toBe('page');
    await setFiles(page, [{ name: 'q.csv', text: [HEADER, ...violationRows('akimat', 'astana', 2024, 1, 1)].join('\n') }]);
    await waitDone(page, 1);
    // The period in words, in the reader's language.
    const quarter = { kk: '2024 ж. 1-тоқсан', ru: '1 кв. 2024', en: 'Q1 2024' } as const;
    expect(await page.locator('tr[data-file="q.csv"]').textContent()).toContain(quarter[lang]);
    await page.locator('[data-testid="own-trend-table"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  /** The reference, read from data/ as the app reads it, to write templates here. */
  const csvData = <T>(path: string) => Papa.parse<T>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const REFERENCE = buildReference(
    csvData<Record<string, string>>('data/reference/control_rows.csv').map((r) => ({ ...r, parent_code: r.parent_code || null, service_dim: r.service_dim || null, applicant_split: r.applicant_split === 'true' }) as unknown as ControlRowInput),
    csvData<ControlCheckInput>('data/reference/control_checks.csv'),
  );
  const TEXT: TemplateText = {
    title: 'Template of form 2-mk',
    keys: { form: 'Form', reporter: 'Reporter', region_id: 'Region', quarter: 'Quarter' },
    columns: { printed: 'No.', label: 'Indicator', service: 'Service', m1: 'Month 1', m2: 'Month 2', m3: 'Month 3', q: 'Quarter', code: 'Code', applicant: 'Applicant' },
    applicant: { individual: 'individuals', legal: 'legal entities' },
    language: 'en',
  };
  /** A filled 2-mk template with one mistake (row 3.1: quarter 24, months 6 + 6 + 7 = 19; row 3: 184, right) and one blank (row 3.10, month 1). */
  function mistakeTemplate(): { rows: string[][]; deadlineRow: number; otherRow: number } {
    const values: Record<string, [string, string, string, string]> = {
      'violations.deadline': ['6', '6', '7', '24'],
      'violations.refusal_deadline': ['50', '50', '65', '165'],
      'violations.total': ['56', '56', '72', '184'],
      'violations.other': ['', '0', '0', '0'],
    };
    const slot = { m1: 0, m2: 1, m3: 2, q: 3 } as const;
    const rows = templateRows(REFERENCE, '2-mk', TEXT, { reporter: 'akimat_t', region_id: 'karaganda', quarter: '2024-Q1', value: (code, _a, _s, s) => values[code]?.[slot[s]] ?? '0', services: () => [] });
    const at = (code: string) => rows.findIndex((r) => r.includes(code)) + 1;
    return { rows, deadlineRow: at('violations.deadline'), otherRow: at('violations.other') };
  }

  it('findings name the sheet cell of a template (CSV and XLSX) and the line of an interchange file; blank cells listed in the open; the download carries them', async () => {
    const { page } = await newVisit('#/reports?lang=en');
    const t = mistakeTemplate();
    const csvText = templateCsv(t.rows, 'en');
    const xlsx = await writeXlsxFile(t.rows.map((r) => r.map((v) => (/^\d+$/.test(v) ? Number(v) : v)))).toBuffer();
    await setFiles(page, [{ name: 'template.csv', text: csvText }]);
    await waitDone(page, 1);
    await setFiles(page, [{ name: 'template.xlsx', text: xlsx }]);
    await waitDone(page, 2);
    for (const name of ['template.csv', 'template.xlsx']) {
      await showFindings(page, name);
      // One mistake, one error, in column G (the quarter) of 3.1's sheet row.
      expect(await page.locator(`tr[data-file="${name}"]`).textContent()).toContain('not valid (errors: 2)');
      const errors = page.locator('[data-testid="own-findings"] tbody tr');
      expect(await errors.count(), name).toBe(1);
      const text = (await errors.first().textContent()) ?? '';
      for (const part of [`G${t.deadlineRow}`, '3.1 — service deadline breached', 'Q1 2024', '24', '19', '+5']) expect(text, `${name}: ${part}`).toContain(part);
      expect(text).not.toContain('expected 184');
      // The blank cell, in the open (no folded box), with its address and row.
      const blank = page.locator('[data-testid="own-findings-group"][data-kind="blank"]');
      expect(await blank.evaluate((el) => el.tagName)).not.toBe('DETAILS');
      expect(await blank.isVisible()).toBe(true);
      const blankText = (await blank.textContent()) ?? '';
      expect(blankText).toContain(`D${t.otherRow} (January 2024)`);
      expect(blankText).toContain('3.10 — other breaches of the law');
    }
    // The download of the findings carries the cell, the printed row and the period in words.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="own-findings-download"]').click()]);
    // Its table below the header block (source, filters, date), read as records by its column names.
    const [head, ...body] = readDownload(readFileSync((await download.path()) as string, 'utf8'), ',').table;
    const table = body.map((r) => Object.fromEntries((head ?? []).map((h, i) => [h, r[i] ?? ''])));
    const blamed = table.find((r) => r['Rule']?.startsWith('This cell breaks'));
    expect(blamed).toMatchObject({ 'Cell or line': `G${t.deadlineRow}`, 'Row No.': '3.1', Period: 'Q1 2024', Value: '24', Expected: '19' });
    expect(table.find((r) => r['Rule']?.startsWith('Blank'))).toMatchObject({ 'Cell or line': `D${t.otherRow}`, 'Row No.': '3.10' });

    // The same report as an interchange file: the line, not a cell.
    const lines = [HEADER];
    for (const r of t.rows) {
      const code = r[7];
      if (!code || !REFERENCE.get('2-mk')?.rows.has(code)) continue;
      ['2024-01', '2024-02', '2024-03', '2024-Q1'].forEach((p, k) => lines.push(`2-mk,akimat_t,karaganda,${p},${code},${r[8] ?? ''},,${r[3 + k]}`));
    }
    const deadlineLine = lines.findIndex((l) => l.includes('2024-Q1,violations.deadline,')) + 1;
    await setFiles(page, [{ name: 'tidy.csv', text: lines.join('\n') }]);
    await waitDone(page, 3);
    await showFindings(page, 'tidy.csv');
    const row = page.locator('[data-testid="own-findings"] tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.first().textContent()).toContain(`line ${deadlineLine}`);
  });

  it('regions: an unknown id and a name instead of an id are errors naming the valid ids and the id meant; periods in the future too; mixed line endings are read', async () => {
    const { page } = await newVisit('#/reports?lang=en');
    const ok = violationRows('a', 'karaganda', 2024, 1, 1);
    const withRegion = (region: string) => [HEADER, ...ok.map((r) => r.replace(',karaganda,', `,${region},`))].join('\n');
    const future = [HEADER, ...violationRows('f', 'karaganda', 2099, 1, 1)].join('\n');
    // Each line ends differently: \r, \n, \r\n in turn.
    const ends = ['\r', '\n', '\r\n'];
    const mixed = [HEADER, ...ok].map((l, i) => l + ends[i % 3]).join('');
    await setFiles(page, [
      { name: 'atlantis.csv', text: withRegion('atlantis') },
      { name: 'named.csv', text: withRegion('Карагандинская область') },
      { name: 'future.csv', text: future },
      { name: 'mixed.csv', text: mixed },
    ]);
    await waitDone(page, 4);
    const show = async (name: string) => {
      await showFindings(page, name);
      return (await page.locator('[data-testid="own-findings"] tbody').textContent()) ?? '';
    };
    const atlantis = await show('atlantis.csv');
    expect(atlantis).toContain('Region not valid for the period');
    expect(atlantis).toContain('atlantis');
    // 2024: the 20 regions, the three of 8 June 2022 among them.
    expect(atlantis).toMatch(/ids valid for the period: abai, akmola, aktobe, .*karaganda.*ulytau.*zhetysu/);
    const named = await show('named.csv');
    expect(named).toContain('Карагандинская область');
    expect(named).toContain('did you mean “karaganda (Karaganda Region)”?');
    expect(await show('future.csv')).toContain('Period in the future');
    // Every line of the mixed file read: a valid report, and the mix said.
    const mixedRow = page.locator('tr[data-file="mixed.csv"]');
    expect(await mixedRow.getAttribute('data-valid')).toBe('true');
    expect(await mixedRow.textContent()).toContain(String(ok.length));
    expect(await page.locator('tr[data-file="mixed.csv"] [data-testid="own-line-endings"]').textContent()).toContain('line endings mixed');
    // The region filter of the trends shows names, not ids.
    await page.locator('tr[data-file="mixed.csv"]').waitFor();
    const options = await page.locator('[data-testid="own-filter-region"] option').allTextContents();
    if (options.length > 1) expect(options).toContain('Karaganda Region');
  });
});
