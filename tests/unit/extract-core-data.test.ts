// The committed data/ against the report itself: individual values checked by hand against the
// source text (../shared/seeds/004_50492d32a867b2a4.txt, line numbers in the comments), row counts
// the report implies, and — when the seed is present — a re-extraction that must reproduce data/
// byte for byte (the CI guard against hand edits or a stale extraction).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from '../../scripts/extract/core/build.ts';
import { seed } from './seeds.ts';

const DATA = resolve(__dirname, '../../data');
const { path: SEED, available: seedAvailable } = seed('004_50492d32a867b2a4.txt');

// Each file parsed once for all the rows looked up in it.
const tables = new Map<string, Record<string, string>[]>();
function table(file: string): Record<string, string>[] {
  let rows = tables.get(file);
  if (!rows) {
    rows = Papa.parse<Record<string, string>>(readFileSync(resolve(DATA, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
    tables.set(file, rows);
  }
  return rows;
}
/** The row of `file` whose columns equal `where`; fails the test if there is not exactly one. */
function row(file: string, where: Record<string, string>): Record<string, string> {
  const hits = table(file).filter((r) => Object.entries(where).every(([k, v]) => r[k] === v));
  expect(hits, `${file} ${JSON.stringify(where)}`).toHaveLength(1);
  return hits[0] ?? {};
}

describe('values as published in the report', () => {
  it.each([
    // file, key, column, value — source line
    ['monitoring/national.csv', { year: '2020' }, 'avg_score', '4.58'], // l.716 "2020 4,58 75,1% 9181 70"
    ['monitoring/national.csv', { year: '2020' }, 'respondents', '9181'], // l.716
    ['monitoring/national.csv', { year: '2017' }, 'satisfaction_pct', '65.9'], // l.719
    ['monitoring/national.csv', { year: '2015' }, 'avg_score', '7.9'], // l.721 "2015* 7,9 79%"
    ['monitoring/national.csv', { year: '2015' }, 'scale_max', '10'], // l.724 footnote "10 балдық шкаласы"
    ['monitoring/providers.csv', { provider_id: 'state_corp_self' }, 'satisfaction_pct', '81.1'], // l.735
    ['monitoring/providers.csv', { provider_id: 'online_all' }, 'avg_score', '4.39'], // l.738
    ['monitoring/services.csv', { service_id: 'consular_registration', year: '2020' }, 'avg_score', '4.86'], // l.756 rank 1
    ['monitoring/services.csv', { service_id: 'consular_registration', year: '2020' }, 'rank', '1'], // l.756
    ['monitoring/services.csv', { service_id: 'share_placement_report', year: '2020' }, 'avg_score', '4.7'], // l.768 "4,7" (one decimal)
    ['monitoring/services.csv', { service_id: 'radio_equipment_import', year: '2020' }, 'rank', '62'], // l.825
    ['monitoring/services.csv', { service_id: 'civil_service_testing', year: '2020' }, 'respondents', '245'], // l.224 table 1
    ['monitoring/services.csv', { service_id: 'civil_service_testing', year: '2019' }, 'avg_score', '4.96'], // l.1292 prose
    ['monitoring/bodies.csv', { body_id: 'national_economy', year: '2020', scope: 'own' }, 'satisfaction_pct', '88.1'], // l.839
    ['monitoring/bodies.csv', { body_id: 'national_security', year: '2017', scope: 'own' }, 'avg_score', '3.9'], // l.884 "3,90"
    ['monitoring/bodies.csv', { body_id: 'supreme_court', year: '2019', scope: 'own' }, 'satisfaction_pct', '65.7'], // l.887
    ['monitoring/bodies.csv', { body_id: 'finance', year: '2020', scope: 'all_providers' }, 'avg_score', '4.77'], // l.11862 appendix A
    ['monitoring/bodies.csv', { body_id: 'trade', year: '2020', scope: 'all_providers' }, 'rank', '24'], // l.11884
    ['monitoring/regions.csv', { region_id: 'akmola', year: '2016', scope: 'leb' }, 'satisfaction_pct', '87.4'], // l.913
    ['monitoring/regions.csv', { region_id: 'mangystau', year: '2017', scope: 'leb' }, 'avg_score', '3.88'], // l.925
    ['monitoring/regions.csv', { region_id: 'almaty_city', year: '2020', scope: 'leb' }, 'rank', '16'], // l.928
    ['monitoring/regions.csv', { region_id: 'turkistan', year: '2020', scope: 'all_providers' }, 'avg_score', '4.82'], // l.942
    ['monitoring/regions.csv', { region_id: 'east_kazakhstan', year: '2020', scope: 'appendix_b' }, 'satisfaction_pct', '75.8'], // l.11898 "ШҚО"
    ['monitoring/region_samples.csv', { region_id: 'astana' }, 'respondents', '1191'], // l.586
    ['monitoring/region_samples.csv', { region_id: 'abroad' }, 'share_pct', '1.2'], // l.589
    ['monitoring/region_languages.csv', { region_id: 'turkistan' }, 'kazakh_pct', '85.6'], // l.654
    ['monitoring/state_corp_services.csv', { service_id: 'crew_member_certificate', provider_id: 'state_corp_self' }, 'satisfaction_pct', '50'], // l.991
    ['monitoring/state_corp_services.csv', { service_id: 'vocational_education_order', provider_id: 'state_corp_manager' }, 'avg_score', '4.92'], // l.993+996, split row
    ['monitoring/egov_services.csv', { service_id: 'emigration_certificate' }, 'satisfaction_pct', '100'], // l.1031 "5,0 100,0%"
    ['monitoring/egov_services.csv', { service_id: 'medicine_safety_conclusion' }, 'rank', '28'], // l.1061
    ['monitoring/published_aggregates.csv', { stat: 'change_2019_2020', entity_id: 'supreme_court', measure: 'satisfaction_pct' }, 'value', '18.8'], // l.887
    ['monitoring/published_aggregates.csv', { stat: 'mean_2016_2020', entity_id: 'akmola', measure: 'avg_score' }, 'value', '4.81'], // l.913
    ['monitoring/service_regions.csv', { service_id: 'construction_initial_materials', region_id: 'akmola' }, 'avg_score', '4.5'], // l.8552 "Ақжолы облысы 4,50" (misprinted label)
    ['monitoring/service_providers.csv', { service_id: 'construction_initial_materials', provider_id: 'state_corp' }, 'satisfaction_pct', '87.1'], // l.8546
    ['monitoring/service_callcentre.csv', { service_id: 'construction_initial_materials', item: '1414.call_speed' }, 'avg_score', '3.52'], // l.8523
    ['monitoring/service_criteria.csv', { service_id: 'cash_register_registration', criterion_id: 'staff', channel: 'state_corp_self' }, 'satisfaction_pct', '86.9'], // l.6079
    ['monitoring/service_headlines.csv', { service_id: 'cash_register_registration' }, 'avg_score', '76'], // l.6075 printed "76 балл" (kept, see notes)
    // Section 2.62's own tables 190–192 (ambulance).
    ['monitoring/service_answers.csv', { answer: 'up_to_10_min' }, 'respondents', '59'], // l.10492 "10 минутқа дейін 59 27,7%"
    ['monitoring/service_answers.csv', { answer: 'up_to_10_min' }, 'share_pct', '27.7'], // l.10492
    ['monitoring/service_answers.csv', { answer: 'dont_remember' }, 'position', '9'], // l.10500 "Есімде жоқ 9 4,2%"
    ['monitoring/published_aggregates.csv', { source_number: '190', measure: 'respondents' }, 'value', '213'], // l.10501 "Барлығы 213"
    ['monitoring/service_aspects.csv', { aspect_id: 'call_speed' }, 'avg_score', '4.53'], // l.10519 "4,53 74,2%"
    ['monitoring/service_aspects.csv', { aspect_id: 'call_speed' }, 'satisfaction_pct', '74.2'], // l.10519
    ['monitoring/service_aspects.csv', { aspect_id: 'staff_attentiveness' }, 'satisfaction_pct', '88.3'], // l.10528
    ['monitoring/service_aspect_regions.csv', { region_id: 'zhambyl', aspect_id: 'staff_promptness' }, 'avg_score', '4.9'], // l.10536 "Жамбыл 5,00 5,00 5,00 4,90"
    ['monitoring/service_aspect_regions.csv', { region_id: 'astana', aspect_id: 'dispatcher_politeness' }, 'avg_score', '4.86'], // l.10538
    ['monitoring/service_aspect_regions.csv', { region_id: 'west_kazakhstan', aspect_id: 'call_speed' }, 'avg_score', '3.8'], // l.10550
    // Tables 200 and 212 repeat region labels: those rows are read by the fixed region order (notes).
    ['monitoring/service_regions.csv', { service_id: 'civil_registry_restoration', region_id: 'mangystau' }, 'satisfaction_pct', '87.2'], // l.10918 "Қостанай 4,84 87,2%"
    ['monitoring/service_regions.csv', { service_id: 'civil_registry_restoration', region_id: 'kostanay' }, 'satisfaction_pct', '74.8'], // l.10916
    ['monitoring/service_regions.csv', { service_id: 'social_assistance', region_id: 'mangystau' }, 'avg_score', '4.86'], // l.11605; the text (l.11613) names Mangystau 4,86
    ['monitoring/service_regions.csv', { service_id: 'social_assistance', region_id: 'turkistan' }, 'avg_score', '4.81'], // l.11608
    // Provenance columns.
    ['monitoring/services.csv', { service_id: 'consular_registration', year: '2020' }, 'respondents_table', '1'], // respondents from table 1
    ['monitoring/services.csv', { service_id: 'consular_registration', year: '2020' }, 'source_number', '8'],
    ['monitoring/regions.csv', { region_id: 'akmola', year: '2020', scope: 'appendix_b' }, 'source_kind', 'appendix'],
    ['monitoring/service_headlines.csv', { service_id: 'ambulance_call' }, 'source_number', '2.62'],
    ['reference/regions.csv', { region_id: 'east_kazakhstan' }, 'name_kk', 'Шығыс Қазақстан облысы'], // l.575
    ['reference/services.csv', { service_id: 'tax_offset_refund' }, 'body_id', 'finance'], // l.256 prints "ҚМ", l.766 "ҚРМ"
    ['reference/services.csv', { service_id: 'power_safety_knowledge_test' }, 'body_id', 'energy'], // l.264 "ЭМ", l.787 misprints "ӘМ"
    ['reference/services.csv', { service_id: 'priority_crops_subsidy' }, 'surveyed', 'false'], // l.282 "*"
  ] as const)('%s %o %s = %s', (file, where, column, value) => {
    expect(row(file, where)[column]).toBe(value);
  });
});

describe('row counts implied by the report', () => {
  it('70 services, 62 ranked in 2020, 8 not surveyed', () => {
    expect(table('reference/services.csv')).toHaveLength(70);
    expect(table('reference/services.csv').filter((r) => r.surveyed === 'false')).toHaveLength(8);
    expect(table('monitoring/services.csv').filter((r) => r.year === '2020' && r.rank !== '')).toHaveLength(62);
  });
  it('24 ranked bodies 2017–2020 with gaps, 24 in appendix A', () => {
    const own = table('monitoring/bodies.csv').filter((r) => r.scope === 'own');
    expect(new Set(own.map((r) => r.body_id)).size).toBe(24);
    expect(own.filter((r) => r.year === '2020')).toHaveLength(24);
    expect(own.filter((r) => r.year === '2017')).toHaveLength(20); // no ҚНРДА, СИМ, ЭГТРМ, State Corporation yet
    expect(table('monitoring/bodies.csv').filter((r) => r.scope === 'all_providers')).toHaveLength(24);
  });
  it('17 regions × 2016–2020, no Shymkent before 2018', () => {
    const leb = table('monitoring/regions.csv').filter((r) => r.scope === 'leb');
    expect(leb).toHaveLength(17 * 5 - 2);
    expect(leb.filter((r) => r.region_id === 'shymkent').map((r) => r.year)).toEqual(['2018', '2019', '2020']);
  });
  it('18 services with regional breakdowns', () => {
    expect(new Set(table('monitoring/service_regions.csv').map((r) => r.service_id)).size).toBe(18);
  });
  it('every listed inconsistency of the issue has a note', () => {
    const notes = table('monitoring/notes.csv');
    const has = (pred: (n: Record<string, string>) => boolean) => expect(notes.some(pred)).toBe(true);
    has((n) => n.key === 'cash_register_registration:2020' && n.dataset === 'monitoring/service_headlines'); // "76"
    has((n) => n.key === 'construction_initial_materials:2020:akmola'); // "Ақжолы облысы"
    has((n) => n.note_id === 'two_all_provider_region_rankings');
    has((n) => n.kind === 'split_row');
    has((n) => n.kind === 'precision');
  });
});

describe.runIf(seedAvailable)('reproducibility', () => {
  // The report is extracted twice, once for the tests below: about a second each on an idle
  // machine, over 8 s on a busy one, so in a hook with its own timeout rather than in a test.
  let files = new Map<string, string>();
  let again = new Map<string, string>();
  beforeAll(() => {
    const text = readFileSync(SEED, 'utf8');
    files = buildAll(text).files;
    again = buildAll(text).files;
  }, 60_000);
  it('re-extracting the seed reproduces data/ byte for byte', () => {
    expect(files.size).toBeGreaterThan(0);
    for (const [path, csv] of files) expect(readFileSync(resolve(DATA, path), 'utf8'), path).toBe(csv);
  });
  it('extracting twice gives the same bytes', () => {
    expect([...again]).toEqual([...files]);
  });
});
