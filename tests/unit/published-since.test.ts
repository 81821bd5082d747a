// The survey figures published since the 2020 report: the document reader (pages and sentences
// resolved, numbers found as printed), the extractor against the real document (and against a
// document that changed), data/monitoring/published_since.csv reproduced byte for byte, and the
// pure grouping the views draw from (two sources that disagree stay two points).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { findPrinted, printedForms, readDoc, urlsIn, writtenNumbersOf } from '../../scripts/extract/published-since/doc.ts';
import { publishedSinceFile, sinceRows } from '../../scripts/extract/published-since/index.ts';
import { agreementOf, nationalPoints, pointYears, quantityKey, yearsThrough, type SinceFigure } from '../../src/lib/insights/published-since.ts';

const DOC = resolve(__dirname, '../../../shared/published/MONITORING-SINCE-2020.md');
const haveDoc = existsSync(DOC);

const MINI = `# t
See https://www.example.kz/a for more.

## 2025, national
| figure | value | trust | page | sentence |
|---|---|---|---|---|
| average score, 1–5 | 4.88 | C | https://news.one.kz/x | "Оценка выросла с 4,59 до 4,88 балла." |
| satisfaction, % | 90.5 | C | same page | "Удовлетворенность достигла 90,5%." |
| respondents | 12,700 | C | example.kz page above | "Опрошено 12,7 тысячи человек." (note) |

## 2025, regions
| figure | value | trust | page | sentence |
|---|---|---|---|---|
| regions rated | 20 | B | one.kz page above | same sentence |
`;

describe('the document reader', () => {
  it('resolves "same page", "<site> page above" and "same sentence"', () => {
    const rows = readDoc(MINI);
    expect(rows.map((r) => [r.table, r.row, r.url])).toEqual([
      [1, 1, 'https://news.one.kz/x'],
      [1, 2, 'https://news.one.kz/x'],
      [1, 3, 'https://www.example.kz/a'],
      [2, 1, 'https://news.one.kz/x'],
    ]);
    expect(rows[2]?.sentence).toBe('Опрошено 12,7 тысячи человек.');
    // "same sentence": the latest sentence of the same page.
    expect(rows[3]?.sentence).toBe('Удовлетворенность достигла 90,5%.');
    expect(rows[3]?.heading).toBe('2025, regions');
  });
  it('throws on a page it cannot resolve, a sentence that is neither quoted nor a reference, or other columns', () => {
    expect(() => readDoc(MINI.replace('example.kz page above', 'somewhere'))).toThrow(/page "somewhere"/);
    expect(() => readDoc(MINI.replace('same sentence', 'as said'))).toThrow(/neither quoted/);
    expect(() => readDoc(MINI.replace('| figure | value | trust | page | sentence |\n|---|---|---|---|---|\n| regions', '| what | value | trust | page | sentence |\n|---|---|---|---|---|\n| regions'))).toThrow(/columns/);
  });
  it('lists the addresses of the text', () => {
    expect(urlsIn('a https://x.kz/b, and (https://y.kz/c) and https://z.kz/d.')).toEqual(['https://x.kz/b', 'https://y.kz/c', 'https://z.kz/d']);
  });
  it('finds the numbers of a value cell, parentheses left out', () => {
    expect(writtenNumbersOf('4.80–4.93')).toEqual(['4.80', '4.93']);
    expect(writtenNumbersOf('12,700')).toEqual(['12,700']);
    expect(writtenNumbersOf('32; 29 above 4.8')).toEqual(['32', '29', '4.8']);
    expect(writtenNumbersOf('3 (after Karaganda and Akmola regions)')).toEqual(['3']);
    expect(writtenNumbersOf('4.91; 92.6 %')).toEqual(['4.91', '92.6']);
  });
  it('finds a number as the Russian sentence prints it, never inside a longer number', () => {
    expect(printedForms('4.80')).toContain('4,80');
    expect(findPrinted('от 4,80 до 4,93 балла', '4.80')).toBe('4,80');
    expect(findPrinted('от 4,99 до 5 баллов', '5.00')).toBe('5');
    expect(findPrinted('охватившее 12,7 тысячи респондентов', '12,700')).toBe('12,7 тысячи');
    expect(findPrinted('средняя оценка 4,88 балла', '4.8')).toBeNull();
    expect(findPrinted('более 4,8 балла', '4.8')).toBe('4,8');
    expect(findPrinted('17 из 20 регионов', '7')).toBeNull();
  });
});

describe.skipIf(!haveDoc)('the extractor on MONITORING-SINCE-2020.md', () => {
  const text = haveDoc ? readFileSync(DOC, 'utf8') : '';
  const rows = haveDoc ? sinceRows(text) : [];
  const get = (id: string) => rows.find((r) => r.figure_id === id);
  it('reproduces data/monitoring/published_since.csv byte for byte', () => {
    const [path, csv] = [...publishedSinceFile(text)][0]!;
    expect(path).toBe('monitoring/published_since.csv');
    expect(csv).toBe(readFileSync(resolve(__dirname, '../../data', path!), 'utf8'));
  });
  it('keeps both national averages and both satisfaction shares, flagged as disagreeing', () => {
    expect(get('2025_kz_avg_score_news_mail_ru')).toMatchObject({ value: 4.88, printed: '4,88', trust: 'C', agreement: 'disagrees', document_table: 1, document_row: 1 });
    expect(get('2025_kz_avg_score_lada_kz')).toMatchObject({ value: 4.86, agreement: 'disagrees' });
    expect(get('2025_kz_avg_score_ustinka_kz')).toMatchObject({ value: 4.86, agreement: 'disagrees' });
    expect(get('2025_kz_satisfaction_pct_news_mail_ru')).toMatchObject({ value: 90.5, wording: '' });
    expect(get('2025_kz_satisfaction_pct_full_lada_kz')).toMatchObject({ value: 86.7, wording: 'full', agreement: 'disagrees' });
  });
  it('reads ranges, counts and the rank; a rank read from the words has no printed form', () => {
    expect(get('2025_regions_high_scoring_count_lada_kz')).toMatchObject({ value: 17 });
    expect(get('2025_regions_high_scoring_avg_score_min_lada_kz')).toMatchObject({ value: 4.8, printed: '4,80' });
    expect(get('2025_bodies_rated_inform_kz')).toMatchObject({ value: 32, trust: 'B' });
    expect(get('2025_bodies_best_three_avg_score_max_inform_kz')).toMatchObject({ value: 5, printed: '5' });
    expect(get('2025_east_kazakhstan_rank_ustinka_kz')).toMatchObject({ value: 3, printed: '', note: 'rank_from_order' });
    expect(get('2025_kz_respondents_inbusiness_kz')).toMatchObject({ value: 12700, note: 'survey_unstated' });
    expect(rows).toHaveLength(20);
  });
  it('copies no sentence into the data: values, names and codes only', () => {
    for (const r of rows) for (const v of Object.values(r)) expect(String(v).length).toBeLessThan(140);
    const csv = [...publishedSinceFile(text).values()][0]!;
    expect(csv).not.toMatch(/средняя оценка|удовлетворённост/i);
  });
  it('fails when a value is not printed in its sentence, a row changes its words or a row has no mapping', () => {
    expect(() => sinceRows(text.replace('| 4.88 | C |', '| 4.87 | C |'))).toThrow(/4\.87 is not printed/);
    expect(() => sinceRows(text.replace('| regions rated |', '| regions counted |'))).toThrow(/expected "regions rated"/);
    const extra = text.replace('| lowest three bodies |', '| another figure | 1 | C | same | same |\n| lowest three bodies |');
    expect(() => sinceRows(extra)).toThrow(/another figure|lowest three bodies/);
  });
});

describe('the published points', () => {
  const fig = (id: string, value: number, extra: Partial<SinceFigure> = {}): SinceFigure => ({
    figure_id: id,
    year: 2025,
    entity_kind: 'national',
    entity_id: 'kz',
    subset: null,
    measure: 'avg_score',
    stat: 'value',
    value,
    trust: 'C',
    publisher: id,
    source_url: `https://${id}.kz/`,
    ...extra,
  });
  it('calls a quantity single, agreeing or disagreeing', () => {
    const a = agreementOf([fig('a', 4.88), fig('b', 4.86), fig('c', 4.86), fig('d', 90.5, { measure: 'satisfaction_pct' }), fig('e', 4.9, { entity_kind: 'region', entity_id: 'x' }), fig('f', 4.9, { entity_kind: 'region', entity_id: 'x' })]);
    expect(Object.fromEntries(a)).toEqual({ a: 'disagrees', b: 'disagrees', c: 'disagrees', d: 'single', e: 'agrees', f: 'agrees' });
    expect(quantityKey(fig('a', 1))).not.toBe(quantityKey(fig('a', 1, { stat: 'min' })));
  });
  it('makes one point per value, each with every page printing it, highest first; disputed when another value exists', () => {
    const pts = nationalPoints([fig('a', 4.88), fig('b', 4.86, { trust: 'D' }), fig('c', 4.86, { trust: 'B' }), fig('d', 90.5, { measure: 'satisfaction_pct' }), fig('e', 4.2, { stat: 'min' })], 'avg_score');
    expect(pts.map((p) => [p.value, p.sources.map((s) => s.publisher), p.trust, p.disputed])).toEqual([
      [4.88, ['a'], 'C', true],
      [4.86, ['b', 'c'], 'B', true],
    ]);
    const one = nationalPoints([fig('d', 90.5, { measure: 'satisfaction_pct' })], 'satisfaction_pct');
    expect(one.map((p) => p.disputed)).toEqual([false]);
    expect(nationalPoints([], 'avg_score')).toEqual([]);
  });
  it('extends a chart\'s years through the newest point, gap years included', () => {
    const pts = nationalPoints([fig('a', 4.88)], 'avg_score');
    expect(pointYears(pts)).toEqual([2025]);
    expect(yearsThrough([2016, 2017, 2020], pts)).toEqual([2016, 2017, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(yearsThrough([2016, 2020], [])).toEqual([2016, 2020]);
    expect(yearsThrough([], pts)).toEqual([]);
  });
});

describe('data/monitoring/published_since.csv', () => {
  const rows = Papa.parse<Record<string, string>>(readFileSync(resolve(__dirname, '../../data/monitoring/published_since.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  it('gives every figure a page, a trust grade and its place in the document', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.source_url).toMatch(/^https:\/\//);
      expect(['A', 'B', 'C', 'D']).toContain(r.trust);
      expect(Number(r.document_table)).toBeGreaterThan(0);
      expect(Number(r.document_row)).toBeGreaterThan(0);
    }
  });
});
