import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestYear, latestYearParam, surveyYears, yearOrLatest, yearParamValue, yearSpan } from '../../src/lib/years/survey-years.ts';
import { SCHEMAS, type DatasetRow } from '../../src/lib/data/datasets.ts';
import { parseCsv } from '../../src/lib/data/parse-csv.ts';
import { bodyTrendYears, nationalTableYears, nationalYears, regionTrendYears } from '../../src/lib/insights/trends.ts';
import { readParams, writeParams } from '../../src/lib/url/params.ts';

function load<F extends keyof typeof SCHEMAS>(file: F): DatasetRow<F>[] {
  const result = parseCsv(readFileSync(resolve(import.meta.dirname, '../../data', file), 'utf8'), SCHEMAS[file], file);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.rows as DatasetRow<F>[];
}

describe('survey years from rows', () => {
  const rows = [{ year: 3 }, { year: 1 }, { year: 3 }, { year: 2 }];
  it('lists distinct years ascending and finds the latest', () => {
    expect(surveyYears(rows)).toEqual([1, 2, 3]);
    expect(latestYear(rows)).toBe(3);
    expect(latestYear([])).toBeNull();
  });
  it('keeps a year the data has, else falls back to the latest', () => {
    expect(yearOrLatest(2, [1, 2, 3])).toBe(2);
    expect(yearOrLatest(9, [1, 2, 3])).toBe(3);
    expect(yearOrLatest(null, [1, 2, 3])).toBe(3);
    expect(yearOrLatest(null, [])).toBeNull();
  });
  it('writes spans as titles do', () => {
    expect(yearSpan([5, 3, 4])).toBe('3–5');
    expect(yearSpan([7])).toBe('7');
    expect(yearSpan([])).toBe('');
  });
  it('a URL year defaults to "latest" (no parameter) and the latest year is written as no parameter', () => {
    const specs = { year: latestYearParam() };
    expect(readParams(specs, new URLSearchParams('')).values.year).toBeNull();
    expect(readParams(specs, new URLSearchParams('year=1999')).values.year).toBe(1999);
    expect(readParams(specs, new URLSearchParams('year=abc')).invalid).toEqual([{ param: 'year', value: 'abc' }]);
    expect(writeParams(specs, { year: yearParamValue(3, [1, 2, 3]) })).toEqual({});
    expect(writeParams(specs, { year: yearParamValue(2, [1, 2, 3]) })).toEqual({ year: '2' });
  });
});

describe('trend years come from the published data', () => {
  const national = load('monitoring/national.csv');
  it('the national table has every year; the score chart only years on the latest rating scale', () => {
    const all = nationalTableYears(national);
    expect(all).toEqual(surveyYears(national));
    const latestScale = national.find((r) => r.year === latestYear(national))!.scale_max;
    const chart = nationalYears(national, 'avg_score');
    expect(chart.every((y) => national.find((r) => r.year === y)!.scale_max === latestScale)).toBe(true);
    expect(chart.length).toBeLessThan(all.length); // the 10-point years stay in the table
    expect(nationalYears(national, 'satisfaction_pct')).toEqual(all);
  });
  it('ministries and regions: the years of their own rows', () => {
    const bodies = load('monitoring/bodies.csv');
    const regions = load('monitoring/regions.csv');
    expect(bodyTrendYears(bodies)).toEqual(surveyYears(bodies.filter((r) => r.scope === 'own')));
    expect(regionTrendYears(regions)).toEqual(surveyYears(regions.filter((r) => r.scope === 'leb')));
  });
});
