// "Your reports" in the reader's language, whatever the page's: a template chosen in Russian or
// Kazakh from an English page is wholly in that language (title, key labels, column headings,
// row labels), and an upload in UTF-16 is named as such, with what to do, in the page's language.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { hasChromium, POLL, useBrowser } from './harness.ts';

async function downloadTemplate(page: Page, language: string): Promise<string> {
  await page.locator('[data-testid="own-template-language"]').selectOption(language);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="own-template-download"]').click()]);
  expect(dl.suggestedFilename()).toBe(`sapa-template-1-mk-${language}.csv`);
  return readFileSync((await dl.path()) as string, 'utf8');
}

describe.skipIf(!hasChromium)('your reports in the chosen language', () => {
  const { newVisit } = useBrowser();

  it('a template chosen in Russian or Kazakh from an English page has no English words', async () => {
    const { page, consoleErrors } = await newVisit('#/reports?lang=en');
    await page.locator('[data-testid="own-template-form"]').waitFor();
    const ru = await downloadTemplate(page, 'ru');
    expect(ru).toContain('Шаблон формы');
    expect(ru).toContain('Отчитывающийся');
    expect(ru).toContain('Месяц 1');
    const kk = await downloadTemplate(page, 'kk');
    // The Latin words of the template are the codes (#form, delivered.total…), the form's id and the
    // region id hint; no English word of the dictionary is left.
    for (const text of [ru, kk]) for (const english of ['Template of form', 'Reporter', 'Month 1', 'Quarter (', 'Service name']) expect(text).not.toContain(english);
    expect(kk).not.toBe(ru);
    // The page itself stays English.
    expect(await page.textContent('[data-testid="own-template-download"]')).toMatch(/[A-Za-z]/);
    expect(consoleErrors).toEqual([]);
  });

  it('an upload in UTF-16 is named as UTF-16, with or without its byte-order mark', async () => {
    const { page } = await newVisit('#/reports?lang=ru');
    const text = 'form,reporter,region_id,period,code,applicant,service,value\n1-mk,x,astana,2021-Q3,delivered.total,individual,,1\n';
    const utf16 = (bom: boolean) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
    await page.locator('[data-testid="own-input"]').setInputFiles([
      { name: 'bom.csv', mimeType: 'text/csv', buffer: utf16(true) },
      { name: 'nobom.csv', mimeType: 'text/csv', buffer: utf16(false) },
    ]);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="own-problem"]').length === 2, undefined, POLL);
    const problems = await page.$$eval('[data-testid="own-problem"]', (els) => els.map((e) => e.textContent ?? ''));
    expect(problems.find((p) => p.startsWith('bom.csv'))).toContain('UTF-16');
    expect(problems.find((p) => p.startsWith('nobom.csv'))).toContain('без метки порядка байтов');
    for (const p of problems) expect(p).toContain('CSV UTF-8');
  });
});
