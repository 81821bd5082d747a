import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCHEMAS, type DatasetRow } from '../../src/lib/data/datasets.ts';
import { parseCsv } from '../../src/lib/data/parse-csv.ts';
import { annotationsOf, breakBetween, breakFacts, methodYears, oldNameIn, seriesFacts, seriesFactsOf } from '../../src/lib/stats/breaks.ts';
import { buildAll } from '../../scripts/extract/core/build.ts';
import { buildSeriesBreaks } from '../../scripts/extract/reference/series-breaks.ts';

const FILE = 'reference/series_breaks.csv';
const SEED = resolve(import.meta.dirname, '../../../shared/seeds/004_50492d32a867b2a4.txt');
const text = readFileSync(resolve(import.meta.dirname, '../../data', FILE), 'utf8');

function rows(): DatasetRow<typeof FILE>[] {
  const r = parseCsv(text, SCHEMAS[FILE], FILE);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.rows as DatasetRow<typeof FILE>[];
}

describe('series_breaks.csv', () => {
  it('matches its schema and gives every fact a source', () => {
    const all = rows();
    expect(all.map((r) => r.break_id).sort()).toEqual(['online_survey', 'scale_change', 'turkistan_renamed', 'turkistan_shymkent_split']);
    for (const r of all) expect(r.source.length).toBeGreaterThan(10);
  });

  describe('from the report', () => {
    // Extracting the whole report takes about a second idle and over 8 s on a busy machine: in a
    // hook with its own timeout rather than in the test.
    let report = '';
    let built: ReturnType<typeof buildAll> | undefined;
    beforeAll(() => {
      report = readFileSync(SEED, 'utf8');
      built = buildAll(report);
    }, 60_000);
    it('is what the extractor writes from the report', () => {
      expect(built?.files.get('reference/series_breaks.csv')).toBe(text);
      expect(buildSeriesBreaks(report, built!.datasets)).toHaveLength(4);
    });
  });

  it('the scale break sits where national.csv scale_max changes', () => {
    const national = parseCsv(readFileSync(resolve(import.meta.dirname, '../../data/monitoring/national.csv'), 'utf8'), SCHEMAS['monitoring/national.csv'], 'n');
    if (!national.ok) throw new Error('national.csv');
    const scale = rows().find((r) => r.break_id === 'scale_change')!;
    const before = national.rows.find((r) => r.year === scale.first_year - 1)!;
    const after = national.rows.find((r) => r.year === scale.first_year)!;
    expect(before.scale_max).not.toBe(after.scale_max);
  });

  it('drives breaks, annotations and old names in the app', () => {
    const split = rows().find((r) => r.break_id === 'turkistan_shymkent_split')!;
    const y = split.first_year;
    expect(breakBetween({ kind: 'region', id: 'turkistan' }, y - 1, y)?.reason).toBe('turkistan_shymkent_split');
    expect(breakBetween({ kind: 'region', id: 'akmola' }, y - 1, y)).toBeNull();
    expect(seriesFacts().breaks.map((b) => b.reason).sort()).toEqual(['scale_change', 'turkistan_shymkent_split']);
    const online = rows().find((r) => r.break_id === 'online_survey')!;
    expect(annotationsOf(online.first_year)).toEqual(['online_survey']);
    expect(annotationsOf(online.first_year - 1)).toEqual([]);
    const renamed = rows().find((r) => r.break_id === 'turkistan_renamed')!;
    expect(oldNameIn(renamed.entity_id!, renamed.first_year - 1)).toBe('south_kazakhstan');
    expect(oldNameIn(renamed.entity_id!, renamed.first_year)).toBeNull();
    // The capital's names are dated in reference/region_names.csv, not here.
    expect(oldNameIn('astana', 2018)).toBeNull();
  });

  it('refuses a row it cannot honour', () => {
    const bad = { ...rows()[0]!, kind: 'name' as const, old_name: null };
    expect(() => seriesFactsOf([bad])).toThrow(/cannot use/);
  });

  it('gives the dictionaries the years and day of a break from the file (not literals)', () => {
    const split = rows().find((r) => r.break_id === 'turkistan_shymkent_split')!;
    expect(breakFacts('turkistan_shymkent_split')).toEqual({ year: split.first_year, prev: split.first_year - 1, date: split.date });
    const scale = rows().find((r) => r.break_id === 'scale_change')!;
    expect(breakFacts('scale_change')).toEqual({ year: scale.first_year, prev: scale.first_year - 1, date: null });
  });
});

describe('the years the method notes name', () => {
  it('come from series_breaks.csv: the last 10-point year, the split, the online survey', () => {
    // 2016 is the first 5-point year in the file (scale_change first_year), so 2015 is the last 10-point one.
    expect(methodYears(seriesFacts())).toEqual({ scaleLast: 2015, split: 2018, online: 2020 });
  });
  it('refuse facts without the break they name', () => {
    expect(() => methodYears({ breaks: [], annotations: [], names: [] })).toThrow(/series_breaks.csv has no/);
  });
});
