// sourceLabel: the one place that turns a row's provenance columns into words, in kk, ru and en,
// with the same dictionaries everywhere (loaded here as the app loads them).
import { describe, expect, it } from 'vitest';
import { i18nObject } from '../../src/i18n/i18n-util.ts';
import { loadAllLocales } from '../../src/i18n/i18n-util.sync.ts';
import { sourceLabel, sourceLabels, sourceOf, uniqueSources, type SourceRef } from '../../src/lib/data/source-label.ts';

loadAllLocales();
const kk = i18nObject('kk');
const ru = i18nObject('ru');
const en = i18nObject('en');

const table = (n: string): SourceRef => ({ source_report: 2020, source_kind: 'table', source_number: n });
const t8r1: SourceRef = { ...table('8'), respondents_table: 1 };
const appendixB: SourceRef = { source_report: 2020, source_kind: 'appendix', source_number: 'B' };
const section: SourceRef = { source_report: 2020, source_kind: 'section', source_number: '2.54' };

describe('sourceLabel', () => {
  it('renders a table in the three languages', () => {
    expect(sourceLabel(table('11'), kk)).toBe('2020 жылғы есеп, 11-кесте');
    expect(sourceLabel(table('11'), ru)).toBe('Отчёт 2020 г., таблица 11');
    expect(sourceLabel(table('11'), en)).toBe('2020 report, table 11');
  });
  it('renders appendices with the letter of the language', () => {
    expect(sourceLabel(appendixB, kk)).toBe('2020 жылғы есеп, Б қосымшасы');
    expect(sourceLabel(appendixB, ru)).toBe('Отчёт 2020 г., приложение Б');
    expect(sourceLabel(appendixB, en)).toBe('2020 report, appendix B');
    expect(sourceLabel({ ...appendixB, source_number: 'A' }, ru)).toBe('Отчёт 2020 г., приложение А');
  });
  it('renders a section’s text', () => {
    expect(sourceLabel(section, kk)).toBe('2020 жылғы есеп, 2.54-бөлім (мәтін)');
    expect(sourceLabel(section, ru)).toBe('Отчёт 2020 г., раздел 2.54 (текст)');
    expect(sourceLabel(section, en)).toBe('2020 report, section 2.54 (text)');
  });
  it('adds the table of the respondents when a row has two sources', () => {
    expect(sourceLabel(t8r1, kk)).toBe('2020 жылғы есеп, 8-кесте; респонденттер: 1-кесте');
    expect(sourceLabel(t8r1, ru)).toBe('Отчёт 2020 г., таблица 8; респонденты: таблица 1');
    expect(sourceLabel(t8r1, en)).toBe('2020 report, table 8; respondents: table 1');
    expect(sourceLabel({ ...t8r1, respondents_table: null }, en)).toBe('2020 report, table 8');
  });
  it('follows the report year of the row', () => {
    expect(sourceLabel({ ...table('3'), source_report: 2021 }, en)).toBe('2021 report, table 3');
  });
});

describe('sourceOf, uniqueSources, sourceLabels', () => {
  it('keeps only the provenance columns of a row', () => {
    expect(sourceOf({ ...t8r1, avg_score: 4.7, service_id: 'x' } as SourceRef)).toEqual(t8r1);
    expect(sourceOf({ ...table('7'), respondents_table: null })).toEqual(table('7'));
  });
  it('lists each source once, first seen first, skipping missing ones', () => {
    expect(uniqueSources([table('11'), null, appendixB, { ...table('11') }, undefined])).toEqual([table('11'), appendixB]);
    expect(sourceLabels([table('12'), appendixB, table('12')], en)).toBe('2020 report, table 12; 2020 report, appendix B');
    expect(sourceLabels([], en)).toBe('');
  });
});
