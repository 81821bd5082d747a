// Overview, rankings and trends: sorting, filtering, searching, tie and small-sample marks, entity
// selection, absolute/change, series breaks, CSV = screen, permalinks, three languages, axe.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGS, axeViolations, baseUrl, hasChromium, readDownload, reveal, scrollToEnd, useBrowser, POLL } from './harness.ts';


async function download(page: Page, testid: string): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}"]`)]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), text: readFileSync(path!, 'utf8') };
}

/** Text of a column's cells (without their badges), in screen order. */
async function columnText(page: Page, table: string, key: string): Promise<string[]> {
  return page.$$eval(`[data-testid="${table}"] tbody tr:not([hidden]) [data-key="${key}"]`, (cells) =>
    cells.map((c) => {
      const clone = c.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.badge').forEach((b) => b.remove());
      return (clone.textContent ?? '').trim();
    }),
  );
}

// Rows a filter leaves out stay in the table, hidden (TableFigure `keep`): the rows shown are the others.
const rowKeys = (page: Page, table: string) => page.$$eval(`[data-testid="${table}"] tbody tr:not([hidden])`, (rows) => rows.map((r) => r.getAttribute('data-row-key') ?? ''));

/** Charts are drawn when near the screen: scroll to one, then wait until it is drawn. */
async function chartReady(page: Page, id: string) {
  await reveal(page, `[data-testid="${id}"]`);
  await page.waitForSelector(`[data-testid="${id}"][data-status="ready"]`);
}

async function waitForHash(page: Page, re: RegExp) {
  await page.waitForFunction((src) => new RegExp(src).test(decodeURIComponent(location.hash)), re.source, POLL);
}

describe.skipIf(!hasChromium)('rankings', () => {
  const { newVisit } = useBrowser();

  it('central bodies: published ranks, thirds, rank change; sorting by a header keeps the sort in the URL', async () => {
    const { page, consoleErrors } = await newVisit('#/rankings?lang=en');
    await page.waitForSelector('[data-testid="rank-bodies"]');
    expect(await rowKeys(page, 'rank-bodies')).toHaveLength(24);
    expect((await rowKeys(page, 'rank-bodies'))[0]).toBe('national_economy');
    expect((await columnText(page, 'rank-bodies', 'third'))[0]).toBe('Top third');
    expect((await columnText(page, 'rank-bodies', 'rank_change'))[0]).toBe('+7');
    // n is not published for bodies: said on the page, no tie mark.
    expect(await page.textContent('main')).toContain('does not publish how many people were asked about each body');
    expect(await page.locator('[data-testid="rank-bodies"] .badge').count()).toBe(0);

    // Sort by satisfaction (descending first), then ascending.
    await page.click('[data-testid="rank-bodies"] th[data-key="satisfaction"] button');
    await waitForHash(page, /sort=satisfaction-desc/);
    expect((await rowKeys(page, 'rank-bodies'))[0]).toBe('defence'); // 88.7%
    expect(await page.getAttribute('[data-testid="rank-bodies"] th[data-key="satisfaction"]', 'aria-sort')).toBe('descending');
    await page.click('[data-testid="rank-bodies"] th[data-key="satisfaction"] button');
    await waitForHash(page, /sort=satisfaction-asc/);
    expect((await rowKeys(page, 'rank-bodies'))[0]).toBe('industry'); // 70.6%

    // The permalink restores the sort; keyboard: the header button is reachable and works with Enter.
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForSelector('[data-testid="rank-bodies"]');
    expect((await rowKeys(page, 'rank-bodies'))[0]).toBe('industry');
    await page.focus('[data-testid="rank-bodies"] th[data-key="score"] button');
    await page.keyboard.press('Enter');
    await waitForHash(page, /sort=score-desc/);
    expect((await rowKeys(page, 'rank-bodies'))[0]).toBe('national_economy');
    expect(consoleErrors).toEqual([]);
  });

  it('central bodies: 2019 ranks are marked as computed; appendix A is 2020 only', async () => {
    const { page } = await newVisit('#/rankings?year=2019&lang=en');
    await page.waitForSelector('[data-testid="computed-ranks"]');
    expect(await rowKeys(page, 'rank-bodies')).toHaveLength(22);
    await page.check('input[name="bodies-scope"][value="all_providers"]');
    await waitForHash(page, /scope=all_providers/);
    expect(await page.locator('[data-testid="computed-ranks"]').count()).toBe(0);
    expect(await page.textContent('[data-testid="rank-bodies"] caption')).toContain('2020');
    expect((await rowKeys(page, 'rank-bodies'))[0]).toBe('foreign_affairs');
  });

  it('services: tie and small-sample marks on known cases; the 8 unsurveyed listed apart', async () => {
    const { page } = await newVisit('#/rankings?table=services&lang=en');
    await page.waitForSelector('[data-testid="rank-services"]');
    expect(await rowKeys(page, 'rank-services')).toHaveLength(62);
    // The threshold is stated on the page.
    expect(await page.textContent('[data-testid="small-sample-threshold"]')).toContain('fewer than 30 respondents');
    // Rank 1 (88% of 80) and rank 2 (85% of 121): overlapping Wilson intervals, compared pairwise:
    // rank 1 cannot be told from rank 2, but not from everyone (no chain of neighbours).
    const first = page.locator('[data-testid="rank-services"] tr[data-row-key="consular_registration"]');
    expect(await first.locator('[data-key="rank"] .badge').count()).toBe(0);
    // Clearly higher than 10+ services (intervals wholly below its own), lower than none; the n = 5
    // service is distinct from none; and the statement differs from row to row (no chain).
    const [higher, lower] = ((await first.locator('[data-key="tied_with"]').textContent()) ?? '').split(' / ').map(Number);
    expect(higher).toBeGreaterThanOrEqual(10);
    expect(lower).toBe(0);
    expect(await page.locator('[data-testid="rank-services"] tr[data-row-key="crew_member_certificate"] [data-key="tied_with"]').textContent()).toBe('0 / 0');
    expect(new Set(await columnText(page, 'rank-services', 'tied_with')).size).toBeGreaterThan(10);
    // The intervals drawn beside the table, one row per ranked service.
    expect(await page.locator('[data-testid="intervals-services"] circle').count()).toBe(62);
    expect(await first.locator('[data-key="interval"]').textContent()).toBe('79.1% – 93.4%');
    // n = 5: small sample; n = 80: not.
    const crew = page.locator('[data-testid="rank-services"] tr[data-row-key="crew_member_certificate"]');
    expect((await crew.locator('[data-key="n"]').textContent())?.replace(/\s+/g, ' ')).toContain('5');
    expect(await crew.locator('[data-key="n"] .badge').textContent()).toBe('Small sample');
    expect(await first.locator('[data-key="n"] .badge').count()).toBe(0);
    expect(await crew.locator('[data-key="third"]').textContent()).toBe('Bottom third');
    // Unsurveyed: 8, with why.
    expect(await page.locator('[data-testid="unsurveyed"] li').count()).toBe(8);
    expect(await page.textContent('[data-testid="unsurveyed"]')).toContain('no mass survey');
  });

  it('services: filter by ministry and search by name; the permalink restores both; CSV = rows on screen', async () => {
    const { page } = await newVisit('#/rankings?table=services&lang=ru');
    await page.waitForSelector('[data-testid="rank-services"]');
    await page.selectOption('[data-testid="services-ministry"]', 'foreign_affairs');
    await waitForHash(page, /ministry=foreign_affairs/);
    const mfa = await rowKeys(page, 'rank-services');
    expect(mfa.length).toBeGreaterThan(0);
    expect(mfa.length).toBeLessThan(62);
    expect(mfa).toContain('consular_registration');

    // CSV of the filtered, sorted table: BOM, ';' for ru, same rows in the same order.
    await page.click('[data-testid="rank-services"] th[data-key="n"] button');
    await waitForHash(page, /sort=n-desc/);
    const { name, text } = await download(page, 'csv-services');
    expect(name).toBe('sapa-rankings-services-2020-foreign_affairs-ru.csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const { meta, table: csv } = readDownload(text, ';');
    expect(meta.get('Фильтры')).toBeTruthy();
    const header = csv[0]!;
    const body = csv.slice(1);
    expect(body.map((r) => r[header.indexOf('id')])).toEqual(await rowKeys(page, 'rank-services'));
    expect(body.map((r) => r[header.indexOf('Место')])).toEqual(await columnText(page, 'rank-services', 'rank'));
    expect(header).toContain('Источник');
    expect(body.every((r) => r[header.indexOf('Источник')]!.includes('таблица 8'))).toBe(true);

    // Search (any language), then clear the ministry.
    await page.selectOption('[data-testid="services-ministry"]', '');
    await page.fill('[data-testid="services-search"]', 'скорой');
    await waitForHash(page, /q=скорой/);
    expect(await rowKeys(page, 'rank-services')).toEqual(['ambulance_call']);

    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForSelector('[data-testid="rank-services"]');
    expect(await rowKeys(page, 'rank-services')).toEqual(['ambulance_call']);
    expect(await page.inputValue('[data-testid="services-search"]')).toBe('скорой');
    await page.fill('[data-testid="services-search"]', 'zzzz-no-such-service');
    await page.waitForSelector('text=Нет услуг, подходящих под фильтр.');
  });

  it('an unknown ministry is ignored with a notice', async () => {
    const { page } = await newVisit('#/rankings?table=services&ministry=no_such_body&lang=en');
    await page.waitForSelector('[data-testid="rank-services"]');
    await page.waitForSelector('[data-testid="param-notice"]');
    expect(await rowKeys(page, 'rank-services')).toHaveLength(62);
  });

  it('provider kinds: four ranked, parts and total shown unranked; CSV = table', async () => {
    const { page } = await newVisit('#/rankings?table=providers');
    await page.waitForSelector('[data-testid="rank-providers"]');
    expect(await rowKeys(page, 'rank-providers')).toEqual(['leb', 'state_corp', 'state_corp_manager', 'state_corp_self', 'central_body', 'online_all', 'all']);
    const { text } = await download(page, 'csv-providers');
    const { table: csv } = readDownload(text, ';');
    expect(csv.slice(1).map((r) => r[csv[0]!.indexOf('id')])).toEqual(await rowKeys(page, 'rank-providers'));
    // Numbers stay numbers with a decimal comma (kk).
    expect(csv[1]![csv[0]!.indexOf('Орташа балл')]).toBe('4,7');
  });
});

describe.skipIf(!hasChromium)('trends', () => {
  const { newVisit } = useBrowser();

  const datasets = async (page: Page, id: string) =>
    JSON.parse((await page.getAttribute(`[data-testid="chart-${id}"]`, 'data-datasets')) ?? '[]') as Array<{ series: string; data: Array<number | null> }>;

  it('never draws a line across 2015→2016 and marks the break', async () => {
    const { page } = await newVisit('#/trends?measure=satisfaction_pct&lang=en');
    await chartReady(page, 'chart-national');
    const years = (await page.getAttribute('[data-testid="chart-national"]', 'data-years'))!.split(',').map(Number);
    expect(years).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020]);
    const ds = await datasets(page, 'national');
    expect(ds).toHaveLength(2); // two segments: 2014–2015 and 2016–2020
    const i15 = years.indexOf(2015);
    for (const d of ds) expect(d.data[i15] !== null && d.data[i15 + 1] !== null).toBe(false);
    expect(await page.locator('[data-testid="chart-national"] [data-break="2015"]').count()).toBe(1);
    // Turkistan is split at 2017→2018 as well.
    const regions = await datasets(page, 'regions');
    expect(regions.filter((d) => d.series === 'turkistan')).toHaveLength(2);
    // The canvas is a named image.
    const canvas = page.locator('[data-testid="chart-national"] canvas');
    expect(await canvas.getAttribute('role')).toBe('img');
    expect(await canvas.getAttribute('aria-label')).toContain('Kazakhstan');
    // The measure registry's axis (fitAxis), fitted to the shares shown (65.9–87 %, and the 90.5 %
    // published for 2025) on 5 % steps, and marked as cut above 0 (the full scale: tests/browser/layout.test.ts).
    expect(await page.getAttribute('[data-testid="chart-national"]', 'data-axis-min')).toBe('60');
    expect(await page.getAttribute('[data-testid="chart-national"]', 'data-axis-max')).toBe('95');
    expect(await page.getAttribute('[data-testid="chart-national"]', 'data-axis-cut')).toBe('true');
    // Average scores: 2014–2015 (10-point) stay out of the chart and are labelled in the table.
    await page.check('input[name="measure"][value="avg_score"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="chart-national"]')?.getAttribute('data-years') === '2016,2017,2018,2019,2020', undefined, POLL);
    expect(page.url()).not.toContain('measure=');
    expect(await page.textContent('[data-testid="table-national"] tbody [data-key="y2014"]')).toBe('8.70 (1–10)');
    // A score axis is fitted to the scores shown (4.57–4.73, and the 4.86 / 4.88 published for
    // 2025) on 0.1 steps, never silently.
    expect(await page.getAttribute('[data-testid="chart-national"]', 'data-axis-min')).toBe('4.5');
    expect(await page.getAttribute('[data-testid="chart-national"]', 'data-axis-max')).toBe('5');
    expect(await page.locator('[data-testid="chart-national-axis-cut"]').count()).toBe(1);
  });

  it('picks entities (kept in the URL) and switches between value and change', async () => {
    const { page } = await newVisit('#/trends?lang=en');
    await chartReady(page, 'chart-bodies');
    expect((await datasets(page, 'bodies')).map((d) => d.series)).toEqual(['education', 'health', 'internal_affairs', 'national']);
    await page.check('[data-testid="pick-bodies"] input[value="justice"]');
    await waitForHash(page, /bodies=education,health,internal_affairs,justice/);
    await page.uncheck('[data-testid="pick-bodies"] input[value="health"]');
    await waitForHash(page, /bodies=education,internal_affairs,justice(&|$)/);
    expect(await rowKeys(page, 'table-bodies')).toEqual(['education', 'internal_affairs', 'justice', 'national']);
    expect(await page.textContent('[data-testid="table-bodies"] tr[data-row-key="justice"] [data-key="y2019"]')).toBe('4.69');

    await page.check('[data-testid="mode-change"]');
    await waitForHash(page, /mode=change/);
    // 2018→2019 for justice: 4.69 − 4.69 = 0; the first year has no change.
    expect(await page.textContent('[data-testid="table-bodies"] tr[data-row-key="justice"] [data-key="y2019"]')).toBe('0.00');
    expect(await page.textContent('[data-testid="table-bodies"] tr[data-row-key="justice"] [data-key="y2017"]')).toBe('—');
    // No change across the scale break (national) or the Turkistan split.
    expect(await page.textContent('[data-testid="table-national"] tbody [data-key="y2016"]')).toBe('break');
    expect(await page.textContent('[data-testid="table-regions"] tr[data-row-key="turkistan"] [data-key="y2018"]')).toBe('break');

    // CSV of the regions table = the rows on screen (one line per year), numbers as numbers, with
    // its scale, its filters in the name and a header block saying where it comes from.
    const { name, text } = await download(page, 'csv-regions');
    expect(name).toBe('sapa-trends-regions-avg_score-change-en.csv');
    const { meta, table: csv } = readDownload(text, ',');
    expect([...new Set(csv.slice(1).map((r) => r[1]))]).toEqual(await rowKeys(page, 'table-regions'));
    expect(csv[0]).toEqual(expect.arrayContaining(['Name', 'id', 'Year', 'Scale', 'Source']));
    expect(meta.get('Download date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(meta.get('Data published by')).toContain('Civil Service Affairs');

    // Permalink.
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await chartReady(page, 'chart-bodies');
    expect(await page.isChecked('[data-testid="mode-change"]')).toBe(true);
    expect(await page.isChecked('[data-testid="pick-bodies"] input[value="justice"]')).toBe(true);
    expect(await page.isChecked('[data-testid="pick-bodies"] input[value="health"]')).toBe(false);
    // Clearing all is a state of its own, kept in the URL.
    await page.click('[data-testid="pick-regions"] .clear');
    await waitForHash(page, /regions=(&|$)/);
    expect(await page.locator('[data-testid="chart-regions"]').count()).toBe(0);
    expect(await rowKeys(page, 'table-regions')).toEqual([]);
  });

  it('ignores unknown ids with a notice', async () => {
    const { page } = await newVisit('#/trends?regions=akmola,atlantis&lang=en');
    await page.waitForSelector('[data-testid="param-notice"]');
    expect(await rowKeys(page, 'table-regions')).toEqual(['akmola', 'national']);
  });
});

describe.skipIf(!hasChromium)('figures published since the 2020 report', () => {
  const { newVisit } = useBrowser();
  const published = async (page: Page, id: string) => JSON.parse((await page.getAttribute(`[data-testid="${id}"]`, 'data-published')) ?? '[]') as Array<{ id: string; year: number; value: number }>;

  it('the national trend shows both 2025 values as lone labelled points, never joined to 2020, in its table and download', async () => {
    const { page } = await newVisit('#/trends?lang=en');
    await chartReady(page, 'chart-national');
    // Two points: the two values the pages disagree on (4.86 printed by two pages is one point).
    expect((await published(page, 'chart-national')).map((p) => [p.year, p.value])).toEqual([[2025, 4.88], [2025, 4.86]]);
    const categories = (await page.getAttribute('[data-testid="chart-national"]', 'data-categories'))!.split(',').map(Number);
    expect(categories.slice(-6)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    // No line reaches past 2020.
    for (const d of await (async () => JSON.parse((await page.getAttribute('[data-testid="chart-national"]', 'data-datasets')) ?? '[]') as Array<{ data: Array<number | null> }>)()) {
      expect(d.data.slice(categories.indexOf(2021)).every((v) => v === null)).toBe(true);
    }
    const legend = await page.$$eval('[data-testid="chart-national"] [data-published-mark]', (els) => els.map((e) => e.textContent?.trim()));
    expect(legend).toEqual(['2025, published figure: 4.88 — news.mail.ru (trust C)', '2025, published figure: 4.86 — lada.kz, ustinka.kz (trust C)']);
    expect(await page.textContent('[data-testid="chart-national"] [data-method-change]')).toContain('2021–2024');
    // The table alternative: every page's figure with its grade, the disagreement said.
    await page.waitForSelector('[data-testid="since-national-table"]');
    expect(await rowKeys(page, 'since-national-table')).toHaveLength(6);
    expect(await columnText(page, 'since-national-table', 'trust')).toEqual(['C', 'C', 'C', 'C', 'C', 'C']);
    expect(await page.getAttribute('[data-testid="since-national-table"] tbody tr[data-row-key="2025_kz_avg_score_lada_kz"] [data-key="source"] a', 'href')).toMatch(/^https:\/\/www\.lada\.kz\//);
    expect(await page.locator('[data-testid="since-national-disputed"]').count()).toBe(1);
    // The chart's download carries them, each with its pages.
    const { text } = await download(page, 'csv-national');
    const { table } = readDownload(text, ',');
    const lines = table.filter((r) => r[table[0]!.indexOf('Year')] === '2025');
    expect(lines.map((r) => r[table[0]!.indexOf('Average score')])).toEqual(['4.88', '4.86']);
    expect(lines[1]![table[0]!.indexOf('Source')]).toContain('lada.kz, ustinka.kz');
    expect(lines[1]![table[0]!.indexOf('Source')]).toContain('trust C');
    // Changes are never drawn across the change of method.
    await page.click('[data-testid="mode-change"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="chart-national"]')?.getAttribute('data-published') === '[]', undefined, POLL);
  });

  it('the trends name the capital by its name of the panel\'s last year and list its names by period', async () => {
    const { page } = await newVisit('#/trends?lang=ru&regions=astana,akmola');
    await chartReady(page, 'chart-regions');
    expect(await page.$$eval('[data-testid="chart-regions"] .chart-legend li', (els) => els.map((e) => e.textContent?.trim()))).toContain('г. Нур-Султан');
    expect(await page.textContent('[data-testid="table-regions"] tbody tr[data-row-key="astana"] th')).toBe('г. Нур-Султан');
    const scope = await page.$$eval('[data-testid="trend-regions"] .scope', (els) => els.map((e) => e.textContent ?? '').join(' '));
    expect(scope).toContain('г. Астана');
    expect(scope).toContain('г. Нур-Султан');
    expect(scope).toMatch(/2022/);
  });

  it('the overview says which year it shows, that newer reports are not data, and marks the 2025 satisfaction points', async () => {
    const { page } = await newVisit('#/?lang=ru');
    await page.waitForSelector('[data-testid="headline-newest"]');
    const newest = (await page.textContent('[data-testid="headline-newest"]')) ?? '';
    expect(newest).toContain('2020');
    expect(newest).toContain('2025');
    expect(newest).toContain('как данные не опубликованы');
    expect(await rowKeys(page, 'since-overview-table')).toHaveLength(6);
    await chartReady(page, 'overview-chart');
    expect((await published(page, 'overview-chart')).map((p) => p.value)).toEqual([90.5, 86.7]);
    const legend = await page.$$eval('[data-testid="overview-chart"] [data-published-mark]', (els) => els.map((e) => e.textContent?.trim()));
    expect(legend[1]).toContain('«полная удовлетворённость»');
    expect(legend[1]).toContain('доверие C');
  });
});

describe.skipIf(!hasChromium)('overview', () => {
  const { newVisit } = useBrowser();

  it('reports a broken notes.csv under the national trend, with a retry that recovers', async () => {
    const { page } = await newVisit('#/?lang=en');
    let broken = true;
    // The overview reads the national notes' slice of notes.csv in its language (lib/data/slices.ts).
    await page.route('**/data/slices/notes/monitoring.national.en.csv', (route) =>
      broken ? route.fulfill({ status: 200, contentType: 'text/csv', body: 'note_id,dataset\nx,y\n' }) : route.continue(),
    );
    await page.goto('about:blank');
    await page.goto(new URL('#/?lang=en', baseUrl).toString());
    await page.waitForSelector('[data-testid="headline"]');
    await scrollToEnd(page);
    const error = page.locator('[data-testid="overview-trend"] [data-testid="dataset-error"]');
    await error.waitFor();
    expect(await error.textContent()).toContain('monitoring/notes.csv');
    // The headline and the chart's table are still there.
    expect(await page.textContent('[data-figure="satisfaction"] .value')).toBe('75.1%');
    broken = false;
    await error.locator('button').click();
    await error.waitFor({ state: 'detached' });
  });

  it('shows the headline before any chart library loads; its LCP element is text', async () => {
    const { page, expectFailedRequests } = await newVisit('#/?lang=en');
    // Block Chart.js: the headline must not depend on it.
    expectFailedRequests(/chart-setup-[^/]*\.js$/);
    await page.route(/chart-setup-[^/]*\.js$/, (r) => r.abort());
    await page.reload();
    await page.waitForSelector('[data-testid="headline"] [data-figure="satisfaction"]');
    expect(await page.textContent('[data-figure="satisfaction"] .value')).toBe('75.1%');
    expect(await page.textContent('[data-figure="respondents"] .value')).toBe('9,181');
    expect(await page.textContent('[data-testid="headline"]')).toContain('table 6');
    expect(await page.textContent('[data-figure="satisfaction"]')).toContain('74.2% to 76.0%');
    await page.waitForSelector('[data-testid="overview-chart"]');
    await page.$eval('[data-testid="overview-chart"]', (e) => e.scrollIntoView());
    await page.waitForSelector('[data-testid="overview-chart"][data-status="failed"]');
    // The table behind the chart is still there.
    expect(await rowKeys(page, 'overview-national')).toHaveLength(7);
    await page.unroute(/chart-setup-[^/]*\.js$/);

    // Largest contentful paint of a fresh load.
    await page.goto('about:blank');
    await page.goto(new URL('#/?lang=en', baseUrl).toString());
    await chartReady(page, 'overview-chart');
    const lcp = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries() as Array<PerformanceEntry & { element?: Element | null }>;
            const last = entries[entries.length - 1];
            resolve(last?.element ? `${last.element.tagName}:${(last.element.textContent ?? '').slice(0, 40)}` : 'none');
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
    expect(lcp).not.toMatch(/^(CANVAS|IMG|SVG|none)/i);
  });

  it('best and worst link into the other views, with n and small-sample flags', async () => {
    const { page } = await newVisit('#/?lang=en');
    await scrollToEnd(page); // the lists render as they come near the screen
    await page.waitForSelector('[data-testid="best-worst"]');
    const services = page.locator('[data-testid="extremes-services"]');
    expect(await services.locator('[data-group="best"] li').first().getAttribute('data-id')).toBe('consular_registration');
    expect(await services.locator('[data-group="worst"] li').first().getAttribute('data-id')).toBe('radio_equipment_import');
    expect(await services.locator('li[data-id="crew_member_certificate"] .badge').textContent()).toBe('Small sample');
    expect(await page.getAttribute('[data-testid="extremes-regions"] li[data-id="turkistan"] a', 'href')).toBe('#/regions/turkistan?lang=en');
    // The capital by its name of 2020 (reference/region_names.csv), not today's.
    expect(await page.textContent('[data-testid="extremes-regions"] li[data-id="astana"] a')).toBe('Nur-Sultan city');
    expect(await page.getAttribute('[data-testid="extremes-services"] .more a', 'href')).toBe('#/rankings?table=services&lang=en');
    await page.click('[data-testid="extremes-services"] .more a');
    await page.waitForSelector('[data-testid="rank-services"]');
  });
});

describe.skipIf(!hasChromium)('three languages, phones and axe', () => {
  const { newVisit } = useBrowser();
  const PAGES = ['#/', '#/rankings', '#/rankings?table=services', '#/rankings?table=providers', '#/trends'];
  const READY: Record<string, string> = {
    '#/': '[data-testid="best-worst"]',
    '#/rankings': '[data-testid="rank-bodies"]',
    '#/rankings?table=services': '[data-testid="rank-services"]',
    '#/rankings?table=providers': '[data-testid="rank-providers"]',
    '#/trends': '[data-testid="chart-regions"]',
  };
  const withLang = (h: string, lang: string) => (lang === 'kk' ? h : `${h}${h.includes('?') ? '&' : '?'}lang=${lang}`);
  const SAMPLE: Record<string, string> = { kk: 'Шағын іріктеме', ru: 'Малая выборка', en: 'Small sample' };

  // One test per page and language (as one test per language over five pages, twice, it ran past
  // a minute on a busy machine).
  const CASES = LANGS.flatMap((lang) => PAGES.map((h) => [h, lang] as const));
  it.each(CASES)('%s renders in %s, fits 360 px and has no axe violations', async (h, lang) => {
    const { page, consoleErrors, externalRequests } = await newVisit(withLang(h, lang));
    await scrollToEnd(page);
    await page.waitForSelector(READY[h]!);
    if (h === '#/trends') for (const id of ['chart-national', 'chart-bodies', 'chart-regions']) await chartReady(page, id);
    expect(await axeViolations(page), `${h} ${lang}`).toEqual([]);
    if (h === '#/rankings?table=services') expect(await page.textContent('tr[data-row-key="crew_member_certificate"] [data-key="n"] .badge')).toBe(SAMPLE[lang]);
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);

    const phone = await newVisit(withLang(h, lang), { width: 360, height: 740 });
    await scrollToEnd(phone.page);
    await phone.page.waitForSelector(READY[h]!);
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${h} ${lang} at 360 px`).toBeLessThanOrEqual(0);
  });
});
