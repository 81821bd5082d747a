import { describe, expect, it } from 'vitest';
import { downloadMeta, isoDate } from '../../src/lib/export/meta.ts';
import { i18nObject } from '../../src/i18n/i18n-util.ts';
import { loadAllLocales } from '../../src/i18n/i18n-util.sync.ts';

loadAllLocales();

describe('download header block', () => {
  const now = new Date('2026-11-29T23:30:00Z');
  it('names the table, source, publisher, filters, page and ISO date, in the reader’s language', () => {
    const lines = downloadMeta({ title: 'Services, 2020', source: '2020 report, table 8', filters: 'Ministry of Health' }, i18nObject('en'), 'https://x/#/rankings', now);
    expect(lines.map((l) => l[0])).toEqual(['Table', 'Source', 'Data published by', 'Filters', 'Downloaded from', 'Download date']);
    expect(lines[3]![1]).toBe('Ministry of Health');
    expect(lines[5]![1]).toBe('2026-11-29');
    expect(downloadMeta({ title: 't', source: 's' }, i18nObject('ru'), 'u', now).map((l) => l[0])).toEqual(['Таблица', 'Источник', 'Данные опубликовало', 'Скачано со страницы', 'Дата скачивания']);
  });
  it('dates in UTC ISO form', () => {
    expect(isoDate(now)).toBe('2026-11-29');
  });
});
