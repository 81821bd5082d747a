import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMAS } from '../../src/lib/data/datasets.ts';
import { parseCsv } from '../../src/lib/data/parse-csv.ts';
import { nameRowOn, nextDay, previousDay, regionPeriods, regionsOfYears, regionsOn, surveyDay, validOn, type RegionNameRow, type RegionRow } from '../../src/lib/regions/periods.ts';

function load<F extends 'reference/regions.csv' | 'reference/region_names.csv'>(file: F) {
  const r = parseCsv(readFileSync(resolve(import.meta.dirname, '../../data', file), 'utf8'), SCHEMAS[file], file);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.rows;
}
const regions = load('reference/regions.csv') as RegionRow[];
const names = load('reference/region_names.csv') as RegionNameRow[];
const ids = (rows: ReadonlyArray<{ region_id: string }>) => rows.map((r) => r.region_id).sort();

describe('regions by period', () => {
  it('a period is inclusive at both ends and open where empty', () => {
    const r = { valid_from: '2018-06-19', valid_to: '2022-06-07' };
    expect(validOn(r, '2018-06-18')).toBe(false);
    expect(validOn(r, '2018-06-19')).toBe(true);
    expect(validOn(r, '2022-06-07')).toBe(true);
    expect(validOn(r, '2022-06-08')).toBe(false);
    expect(validOn({ valid_from: null, valid_to: null }, '1990-01-01')).toBe(true);
    expect(surveyDay(2018)).toBe('2018-12-31');
    expect(nextDay('2022-06-07')).toBe('2022-06-08');
    expect(previousDay('2018-03-01')).toBe('2018-02-28');
  });

  it('gives 16 regions before 19 June 2018, 17 until 7 June 2022 and 20 since', () => {
    expect(regionsOn(regions, '2018-06-18')).toHaveLength(16);
    expect(ids(regionsOn(regions, '2018-06-18'))).not.toContain('shymkent');
    expect(regionsOn(regions, '2018-06-19')).toHaveLength(17);
    expect(regionsOn(regions, '2022-06-07')).toHaveLength(17);
    expect(ids(regionsOn(regions, '2022-06-08'))).toEqual(ids(regions));
    expect(regions).toHaveLength(20);
  });

  it('the survey years keep their 17 regions, never the oblasts of 2022', () => {
    const survey = regionsOfYears(regions, [2016, 2017, 2018, 2019, 2020]);
    expect(survey).toHaveLength(17);
    expect(ids(survey)).not.toEqual(expect.arrayContaining(['abai']));
    expect(ids(regionsOfYears(regions, [2016]))).toHaveLength(16);
    expect(ids(regionsOfYears(regions, [2023]))).toEqual(expect.arrayContaining(['abai', 'zhetysu', 'ulytau']));
  });

  it('lists the periods of the code list, newest first, with the ids valid in each', () => {
    const periods = regionPeriods(regions);
    expect(periods.map((p) => [p.from, p.to, p.ids.length])).toEqual([
      ['2022-06-08', null, 20],
      ['2018-06-19', '2022-06-07', 17],
      [null, '2018-06-18', 16],
    ]);
  });

  it('says which region each new one split from and when the parents shrank', () => {
    const by = new Map(regions.map((r) => [r.region_id, r]));
    expect(['abai', 'zhetysu', 'ulytau', 'shymkent'].map((id) => by.get(id)?.split_from)).toEqual(['east_kazakhstan', 'almaty_region', 'karaganda', 'turkistan']);
    expect(['abai', 'zhetysu', 'ulytau'].map((id) => by.get(id)?.valid_from)).toEqual(['2022-06-08', '2022-06-08', '2022-06-08']);
    expect(['east_kazakhstan', 'almaty_region', 'karaganda', 'turkistan', 'akmola'].map((id) => by.get(id)?.extent_changed ?? null)).toEqual(['2022-06-08', '2022-06-08', '2022-06-08', '2018-06-19', null]);
    expect(by.get('abai')?.name_en).toBe('Abay Region');
    expect(by.get('ulytau')?.name_kk).toBe('Ұлытау облысы');
  });

  it('names the capital by the day: Astana, Nur-Sultan from 23 March 2019, Astana from 17 September 2022', () => {
    expect(nameRowOn(names, 'astana', '2019-03-22')?.name_en).toBe('Astana city');
    expect(nameRowOn(names, 'astana', '2019-03-23')?.name_en).toBe('Nur-Sultan city');
    expect(nameRowOn(names, 'astana', '2022-09-16')?.name_ru).toBe('г. Нур-Султан');
    expect(nameRowOn(names, 'astana', '2022-09-17')?.name_kk).toBe('Астана қ.');
    expect(nameRowOn(names, 'akmola', '2020-01-01')).toBeNull();
    expect(regions.find((r) => r.region_id === 'astana')?.name_en).toBe('Astana city');
    for (const n of names) expect(n.source.length).toBeGreaterThan(20);
  });
});
