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
  it('dates by the local day, as the images are, in ISO form', () => {
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Almaty'; // UTC+5: 20:30 UTC on the 29th is 01:30 on the 30th there
      expect(isoDate(new Date('2026-11-29T20:30:00Z'))).toBe('2026-11-30');
      expect(downloadMeta({ title: 't', source: 's' }, i18nObject('en'), 'u', new Date('2026-11-29T20:30:00Z')).at(-1)![1]).toBe('2026-11-30');
      process.env.TZ = 'America/New_York';
      expect(isoDate(new Date('2026-11-30T02:00:00Z'))).toBe('2026-11-29');
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});
