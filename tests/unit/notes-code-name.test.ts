import { describe, expect, it } from 'vitest';
import { codeName } from '../../src/lib/methods/notes-table.ts';
import { i18nObject } from '../../src/i18n/i18n-util.ts';
import { loadAllLocales } from '../../src/i18n/i18n-util.sync.ts';

loadAllLocales();

describe('codeName', () => {
  it('names a kind of note in the reader’s language, and keeps an unknown code as it is', () => {
    const ru = i18nObject('ru').methods.kindNames as Record<string, () => string>;
    expect(codeName('missing_rows', ru)).toBe('Нет строк');
    expect(codeName('brand_new_kind', ru)).toBe('brand_new_kind');
  });
  it('has a name in all three languages for every kind and dataset of the published notes', async () => {
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync('data/monitoring/notes.csv', 'utf8').trim().split('\n').slice(1);
    const kinds = new Set(lines.map((l) => l.split(',')[3]!));
    const datasets = new Set(lines.map((l) => l.split(',')[1]!.replace(/^(monitoring|reference)\//, '')));
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const m = i18nObject(lang).methods;
      for (const k of kinds) expect(codeName(k, m.kindNames as Record<string, () => string>), `${lang} ${k}`).not.toBe(k);
      for (const d of datasets) expect(codeName(d, m.datasetNames as Record<string, () => string>), `${lang} ${d}`).not.toBe(d);
    }
  });
});
