// The published-since figures in a chart and in the reader's words: lone markers that no line
// joins, the change-of-method mark, tags pushed apart, and the marks / download lines / table rows
// built from the committed data/monitoring/published_since.csv in kk, ru and en.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { methodChangePosition, publishedDatasets, publishedStyle, spreadTags, type PublishedMark } from '../../src/components/charts/line-model.ts';
import { i18nObject } from '../../src/i18n/i18n-util.ts';
import { loadAllLocales } from '../../src/i18n/i18n-util.sync.ts';
import { parseCsv } from '../../src/lib/data/parse-csv.ts';
import { SCHEMAS } from '../../src/lib/data/schemas.generated.ts';
import { nationalFigures, sinceColumns, sinceCsvLines, sinceMarks, valueText, type SinceRow } from '../../src/views/insights/since-figures.ts';

const mark = (id: string, year: number, value: number): PublishedMark => ({ id, year, value, tag: id, label: id });

describe('published marks in a line chart', () => {
  const cats = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
  it('gives each mark its own dataset with one value at its year', () => {
    expect(publishedDatasets(cats, [mark('a', 2025, 4.88), mark('b', 2025, 4.86), mark('c', 2030, 1)])).toEqual([
      { markId: 'a', data: [null, null, null, null, null, null, null, null, null, 4.88] },
      { markId: 'b', data: [null, null, null, null, null, null, null, null, null, 4.86] },
    ]);
  });
  it('marks the change of method right after the series, only when a mark follows it', () => {
    expect(methodChangePosition(cats, [2016, 2017, 2018, 2019, 2020], [mark('a', 2025, 1)])).toBe(4.5);
    expect(methodChangePosition(cats, [2016, 2020], [])).toBeNull();
    expect(methodChangePosition([2016, 2017], [2016, 2017], [mark('a', 2016, 1)])).toBeNull();
  });
  it('pushes tags apart by the gap, around their middle, and leaves distant ones alone', () => {
    expect(spreadTags([100, 300], 14)).toEqual([100, 300]);
    const [a, b] = spreadTags([100, 104], 14) as [number, number];
    expect(b - a).toBe(14);
    expect((a + b) / 2).toBe(102);
    // Input order is kept.
    const [c, d] = spreadTags([104, 100], 14) as [number, number];
    expect(c - d).toBe(14);
  });
  it('styles marks apart from each other', () => {
    expect(publishedStyle(0).pointStyle).not.toBe(publishedStyle(1).pointStyle);
    expect(publishedStyle(0).colour).not.toBe(publishedStyle(1).colour);
  });
});

describe('published figures in the reader\'s words', () => {
  const text = readFileSync(resolve(__dirname, '../../data/monitoring/published_since.csv'), 'utf8');
  const parsed = parseCsv(text, SCHEMAS['monitoring/published_since.csv'], 'monitoring/published_since.csv');
  if (!parsed.ok) throw new Error('published_since.csv does not parse');
  const rows = parsed.rows as SinceRow[];
  beforeAll(() => loadAllLocales());

  it('makes one mark per value, naming every page that prints it and its grade', () => {
    const en = i18nObject('en');
    expect(sinceMarks(rows, 'avg_score', en, 'en').map((m) => [m.value, m.tag, m.label])).toEqual([
      [4.88, '4.88 · news.mail.ru · C', '2025, published figure: 4.88 — news.mail.ru (trust C)'],
      [4.86, '4.86 · lada.kz, ustinka.kz · C', '2025, published figure: 4.86 — lada.kz, ustinka.kz (trust C)'],
    ]);
    const ru = i18nObject('ru');
    expect(sinceMarks(rows, 'satisfaction_pct', ru, 'ru').map((m) => m.label)[1]).toBe('2025, опубликованный показатель: 86,7\u00a0% («полная удовлетворённость») — lada.kz (доверие C)');
    const kk = i18nObject('kk');
    expect(sinceMarks(rows, 'satisfaction_pct', kk, 'kk').map((m) => m.label)[0]).toContain('сенім C');
  });
  it('adds one download line per value with its pages, addresses and grade', () => {
    const lines = sinceCsvLines(rows, 'avg_score', i18nObject('en'));
    expect(lines.map((l) => [l.year, l.value, l.id])).toEqual([
      [2025, 4.88, '2025_kz_avg_score_news_mail_ru'],
      [2025, 4.86, '2025_kz_avg_score_lada_kz 2025_kz_avg_score_ustinka_kz'],
    ]);
    expect(lines[1]!.source).toMatch(/^lada\.kz, ustinka\.kz: https:\/\/www\.lada\.kz\/\S+ https:\/\/ustinka\.kz\/vko\/118174\.html; trust C; published figure, not survey data$/);
  });
  it('lists the national figures of the measures asked, with the document reference and a safe link', () => {
    const shown = nationalFigures(rows, ['avg_score', 'satisfaction_pct', 'respondents']);
    expect(shown).toHaveLength(6);
    expect(nationalFigures(rows, ['respondents']).map((r) => r.value)).toEqual([12700]);
    const en = i18nObject('en');
    const cols = sinceColumns(en, 'en');
    const cell = (key: string, r: SinceRow) => cols.find((c) => c.key === key)!.cell(r);
    const lada = shown.find((r) => r.figure_id === '2025_kz_satisfaction_pct_full_lada_kz')!;
    expect(cell('value', lada)).toBe('86.7% (“full satisfaction”)');
    expect(cell('document', lada)).toBe('MONITORING-SINCE-2020.md, table 1, row 4');
    expect(cell('agreement', lada)).toBe('another page gives a different value');
    expect(cols.find((c) => c.key === 'source')!.href!({ ...lada, source_url: 'javascript:alert(1)' })).toBeUndefined();
    expect(valueText({ measure: 'respondents', value: 12700, wording: null }, en, 'en')).toBe('12,700');
  });
});
