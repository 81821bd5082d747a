import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMAS, type DatasetFile, type DatasetRow } from '../../src/lib/data/datasets.ts';
import { parseCsv } from '../../src/lib/data/parse-csv.ts';
import {
  existsIn,
  historicName,
  notesForRegion,
  notesForRow,
  notesForView,
  regionalServiceIds,
  selectMapRows,
  yearsOf,
  nationalFor,
  publishedRankYears,
  twoRankingYears,
  type MapInputs,
} from '../../src/lib/map/select.ts';
import { regionsOfYears } from '../../src/lib/regions/periods.ts';
import { nameInYear } from '../../src/lib/regions/names.ts';

function load<F extends DatasetFile>(file: F): DatasetRow<F>[] {
  const text = readFileSync(resolve(import.meta.dirname, '../../data', file), 'utf8');
  const result = parseCsv(text, SCHEMAS[file], file);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.rows as DatasetRow<F>[];
}

const inputs: MapInputs = {
  // As lib/map/load.ts gives them: the regions of the survey years (17), not those of 2022.
  regions: regionsOfYears(load('reference/regions.csv'), [2016, 2017, 2018, 2019, 2020]),
  regionValues: load('monitoring/regions.csv'),
  serviceRegions: load('monitoring/service_regions.csv'),
  samples: load('monitoring/region_samples.csv'),
};
const notes = load('monitoring/notes.csv');

describe('yearsOf / regionalServiceIds', () => {
  it('offers only the years a dataset has', () => {
    expect(yearsOf('leb', inputs)).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(yearsOf('all_providers', inputs)).toEqual([2020]);
    expect(yearsOf('ambulance_call', inputs)).toEqual([2020]);
    expect(yearsOf('no_such', inputs)).toEqual([]);
  });
  it('lists the 18 services with a regional breakdown', () => {
    const ids = regionalServiceIds(inputs.serviceRegions);
    expect(ids).toHaveLength(18);
    expect(ids).toContain('land_plot_sale');
  });
});

describe('selectMapRows', () => {
  it('gives one row per region with the published rank of the 2020 average score (table 11)', () => {
    const rows = selectMapRows('leb', 'avg_score', 2020, inputs);
    expect(rows).toHaveLength(17);
    const akmola = rows.find((r) => r.regionId === 'akmola')!;
    expect(akmola).toMatchObject({ value: 4.73, rank: 1, rankedOf: 17, rankPublished: true, respondents: 461, source: { source_report: 2020, source_kind: 'table', source_number: '11' } });
    // 4.92 (2019) → 4.73 (2020): −0.19, as table 11 publishes.
    expect(akmola.change).toEqual({ kind: 'value', value: -0.19, fromYear: 2019 });
    expect(rows.find((r) => r.regionId === 'astana')!.rank).toBe(17);
  });
  it('computes ranks (ties shared) where the report gives none, and never a change across the 2018 break', () => {
    const rows = selectMapRows('leb', 'avg_score', 2018, inputs);
    expect(rows.every((r) => !r.rankPublished)).toBe(true);
    const turkistan = rows.find((r) => r.regionId === 'turkistan')!;
    expect(turkistan.value).toBe(4.58);
    expect(turkistan.change).toEqual({ kind: 'break', reason: 'turkistan_shymkent_split' });
    // Shymkent's first year: a value, but nothing to compare with.
    const shymkent = rows.find((r) => r.regionId === 'shymkent')!;
    expect(shymkent).toMatchObject({ exists: true, value: 4.64, change: { kind: 'none' } });
    // No respondents are published for 2018.
    expect(turkistan.respondents).toBeNull();
  });
  it('marks Shymkent as not yet a region before 2018', () => {
    const rows = selectMapRows('leb', 'satisfaction_pct', 2017, inputs);
    const shymkent = rows.find((r) => r.regionId === 'shymkent')!;
    expect(shymkent).toMatchObject({ exists: false, value: null, rank: null });
    expect(rows.find((r) => r.regionId === 'akmola')!.change).toEqual({ kind: 'value', value: -3.7, fromYear: 2016 });
    expect(rows.filter((r) => r.value !== null)).toHaveLength(16);
    expect(rows[0]!.rankedOf).toBe(16);
  });
  it('ranks satisfaction itself rather than reusing the published score rank', () => {
    const rows = selectMapRows('leb', 'satisfaction_pct', 2020, inputs);
    expect(rows.every((r) => !r.rankPublished)).toBe(true);
    const best = rows.filter((r) => r.rank === 1).map((r) => r.regionId);
    const max = Math.max(...rows.map((r) => r.value ?? -1));
    expect(rows.find((r) => r.regionId === best[0])!.value).toBe(max);
  });
  it('selects a service dataset with its missing regions and no respondents', () => {
    const rows = selectMapRows('land_plot_sale', 'avg_score', 2020, inputs);
    expect(rows.filter((r) => r.value === null).map((r) => r.regionId).sort()).toEqual(['astana', 'mangystau', 'shymkent']);
    expect(rows.every((r) => r.respondents === null)).toBe(true);
    // A service without satisfaction: every region without data.
    expect(selectMapRows('ambulance_call', 'satisfaction_pct', 2020, inputs).every((r) => r.value === null)).toBe(true);
  });
});

describe('labels and groups', () => {
  it('names regions as they were called that year', () => {
    // The capital's names are dated in region_names.csv (lib/regions/names.ts).
    expect(historicName('astana', 2018)).toBeNull();
    expect(nameInYear('astana', 2018, 'en')).toBe('Astana city');
    expect(nameInYear('astana', 2019, 'en')).toBe('Nur-Sultan city');
    expect(nameInYear('astana', 2020, 'ru')).toBe('г. Нур-Султан');
    expect(nameInYear('astana', 2022, 'kk')).toBe('Астана қ.');
    expect(nameInYear('akmola', 2019, 'en')).toBeNull();
    expect(historicName('turkistan', 2017)).toBe('south_kazakhstan');
    expect(historicName('turkistan', 2018)).toBeNull();
    expect(existsIn({ valid_from: '2018-06-19', valid_to: null }, 2018)).toBe(true);
    expect(existsIn({ valid_from: '2018-06-19', valid_to: null }, 2017)).toBe(false);
  });
  it('groups ranks into thirds by the rankings rule (lib/stats/thirds.ts)', () => {
    const rows = selectMapRows('leb', 'avg_score', 2020, inputs);
    const byRank = new Map(rows.map((r) => [r.rank, r.third]));
    expect([1, 6, 7, 12, 13, 17].map((r) => byRank.get(r))).toEqual(['top', 'top', 'middle', 'middle', 'bottom', 'bottom']);
  });
});

describe('notes', () => {
  it('shows the appendix B disagreements on appendix B and table 12, not on table 11', () => {
    const b = notesForView(notes, 'appendix_b', 2020);
    expect(notesForRow(b, 'akmola').map((n) => n.note_id)).toContain('appendix_b_vs_table12__akmola_2020_appendix_b__avg_score__table_12');
    expect(notesForRow(notesForView(notes, 'all_providers', 2020), 'akmola').length).toBe(3);
    expect(notesForView(notes, 'leb', 2020).some((n) => n.kind === 'disagreement')).toBe(false);
    expect(notesForView(notes, 'leb', 2016).map((n) => n.note_id)).toContain('turkistan_before_2018_2016');
    expect(notesForView(notes, 'leb', 2017).map((n) => n.note_id)).not.toContain('turkistan_before_2018_2016');
  });
  it('finds service notes, and a region’s notes across tables', () => {
    expect(notesForView(notes, 'land_plot_sale', 2020).map((n) => n.kind)).toContain('missing_rows');
    const own = notesForRegion(notes, 'mangystau', inputs.serviceRegions).map((n) => n.note_id);
    expect(own).toContain('section_service_regions_section_2_49_table_149_missing_rows');
    expect(own).toContain('two_all_provider_region_rankings');
    expect(notesForRegion(notes, 'akmola', inputs.serviceRegions).map((n) => n.note_id)).not.toContain('section_service_regions_section_2_49_table_149_missing_rows');
  });

  it('finds a region’s notes in a slice with only one language’s text (the rows in the data decide, not the words)', () => {
    const ruOnly = notes.map(({ text_kk: _kk, text_en: _en, ...rest }) => rest) as unknown as typeof notes;
    expect(notesForRegion(ruOnly, 'mangystau', inputs.serviceRegions).map((n) => n.note_id)).toContain('section_service_regions_section_2_49_table_149_missing_rows');
  });
});

describe('nationalFor', () => {
  const providers = load('monitoring/providers.csv');
  const services = load('monitoring/services.csv');
  it('gives the national value of the same scope (tables 7 and 8)', () => {
    expect(nationalFor('leb', 'avg_score', 2020, providers, services)).toEqual({ value: 4.7, source: { source_report: 2020, source_kind: 'table', source_number: '7' } });
    expect(nationalFor('appendix_b', 'satisfaction_pct', 2020, providers, services)?.value).toBe(75.1);
    expect(nationalFor('land_plot_sale', 'avg_score', 2020, providers, services)?.value).toBe(4.56);
    expect(nationalFor('leb', 'avg_score', 2019, providers, services)).toBeNull();
  });
});

describe('years the map notes name, from the data', () => {
  const base = inputs.regionValues[0]!;
  it('publishedRankYears: the years with a published rank beside a published score, once each, in order', () => {
    const rows = [{ ...base, year: 2020, rank: 1, avg_score: 4.7 }, { ...base, year: 2020, rank: 2, avg_score: 4.6 }, { ...base, year: 2019, rank: null, avg_score: 4.6 }, { ...base, year: 2018, rank: 3, avg_score: null }];
    expect(publishedRankYears(rows)).toEqual([2020]);
  });
  it('twoRankingYears: the years of table 12 and appendix B', () => {
    const rows = [{ ...base, year: 2021, scope: 'all_providers' as const }, { ...base, year: 2020, scope: 'appendix_b' as const }, { ...base, year: 2019, scope: 'leb' as const }];
    expect(twoRankingYears(rows)).toEqual([2020, 2021]);
  });
  it('in the published data: 2020 for both', () => {
    expect(publishedRankYears(inputs.regionValues)).toEqual([2020]);
    expect(twoRankingYears(inputs.regionValues)).toEqual([2020]);
  });
});
