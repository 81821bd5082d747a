import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shortRegionName } from '../../src/lib/map/short-name.ts';
import { parseCsv } from '../../src/lib/data/parse-csv.ts';
import { SCHEMAS } from '../../src/lib/data/datasets.ts';

describe('shortRegionName', () => {
  it('drops the word for "oblast" and writes two-part names by their initials', () => {
    expect(shortRegionName('Ақмола облысы', 'oblast', 'kk')).toBe('Ақмола');
    expect(shortRegionName('Шығыс Қазақстан облысы', 'oblast', 'kk')).toBe('ШҚО');
    expect(shortRegionName('Северо-Казахстанская область', 'oblast', 'ru')).toBe('СКО');
    expect(shortRegionName('Акмолинская область', 'oblast', 'ru')).toBe('Акмолинская');
    expect(shortRegionName('West Kazakhstan Region', 'oblast', 'en')).toBe('W. Kazakhstan');
    expect(shortRegionName('Akmola Region', 'oblast', 'en')).toBe('Akmola');
  });
  it('keeps a city, and a name of another shape, whole', () => {
    expect(shortRegionName('Алматы қ.', 'city', 'kk')).toBe('Алматы қ.');
    expect(shortRegionName('г. Шымкент', 'city', 'ru')).toBe('г. Шымкент');
    expect(shortRegionName('Somewhere', 'oblast', 'en')).toBe('Somewhere');
  });
  it('gives 20 different labels in each language for the regions of regions.csv (the 17 of the surveys and the 3 of 2022)', () => {
    const text = readFileSync(new URL('../../data/reference/regions.csv', import.meta.url), 'utf8');
    const rows = parseCsv(text, SCHEMAS['reference/regions.csv'], 'reference/regions.csv');
    if (!rows.ok) throw new Error('regions.csv');
    for (const loc of ['kk', 'ru', 'en'] as const) {
      const labels = rows.rows.map((r) => shortRegionName(r[`name_${loc}`], r.kind, loc));
      expect(new Set(labels).size, loc).toBe(20);
      expect(Math.max(...labels.map((l) => l.length)), loc).toBeLessThanOrEqual(16);
    }
  });
});
