// Unit tests for the per-service section parser on a small hand-written fixture in the report's format
// (tabs, <b> tags, decimal commas, repeated page-break headers, label variants, misprints).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractSections } from '../../scripts/extract/sections/index.ts';
import { channelFromHeader, criterionFromLabel, providerFromLabel, callcentreFromLabel } from '../../scripts/extract/sections/codes.ts';
import { findEarlierYearsInText } from '../../scripts/extract/sections/earlier.ts';
import { findSections } from '../../scripts/extract/sections/sections.ts';
import { findTables } from '../../scripts/extract/sections/tables.ts';
import { NoteLog } from '../../scripts/extract/sections/notes.ts';
import { noteMissingRegions, parseRegionTable } from '../../scripts/extract/sections/regions.ts';
import { REGION_IDS } from '../../scripts/extract/lib/regions.ts';
import { regionName } from './region-names.ts';

const lines = readFileSync(new URL('../fixtures/extract-sections/mini-report.txt', import.meta.url), 'utf8').split('\n');
const result = extractSections(lines, regionName);
const notesOfKind = (kind: string) => result.notes.filter((n) => n.kind === kind);

describe('section boundaries', () => {
  it('finds heading-marked sections only (not the table of contents) and stops before the conclusions', () => {
    const spans = findSections(lines);
    expect(spans.map((s) => s.section)).toEqual(['2.1', '2.2', '2.3', '2.4']);
    expect(spans[0]?.titleKk).toBe('Сынақ қызметі бірінші');
    expect(spans[3]?.end).toBe(110); // index of "## ҚОРЫТЫНДЫЛАР…" (line 111)
  });

  it('does not read tables after the last section', () => {
    expect(result.regions.some((r) => r.avgScore === 1)).toBe(false);
  });
});

describe('tables', () => {
  it('stitches a table across a page break and drops the repeated header', () => {
    const [criteria] = findTables(lines, 7, 48);
    expect(criteria?.number).toBe(1);
    expect(criteria?.repeatedHeaderLines).toEqual([27]);
    expect(criteria?.rows.map((r) => r.line)).toEqual([21, 22, 23, 24, 28, 29]);
  });
});

describe('headlines', () => {
  it('reads score, satisfaction, rank and respondents (thousands separator)', () => {
    expect(result.headlines[0]).toMatchObject({
      section: '2.1', avgScore: 4.7, satisfactionPct: 80.5, rank: 3, respondents: 1234, surveyed: true, line: 14,
    });
  });

  it('marks a section without a headline block as not surveyed', () => {
    expect(result.headlines[1]).toMatchObject({ section: '2.2', avgScore: null, rank: null, surveyed: false });
  });

  it('keeps a misprinted headline as published and notes it', () => {
    expect(result.headlines[3]?.avgScore).toBe(76);
    expect(notesOfKind('off_scale').map((n) => n.key)).toContain('section=2.4');
  });

  it('notes a one-decimal headline score', () => {
    expect(notesOfKind('one_decimal').some((n) => n.key === 'section=2.1')).toBe(true);
  });
});

describe('criteria and channel averages', () => {
  it('maps channels and criteria, including garbled labels and rows after the page break', () => {
    const costs = result.criteria.filter((r) => r.criterionId === 'costs');
    expect(costs.map((r) => [r.channel, r.avgScore, r.satisfactionPct])).toEqual([
      ['state_corp', 5, 80],
      ['online', 4.9, 90],
    ]);
    expect(result.criteria.find((r) => r.criterionId === 'accessibility' && r.channel === 'online')?.avgScore).toBe(4.5);
  });

  it('skips a criterion nobody rated instead of inventing zeros', () => {
    expect(result.criteria.some((r) => r.criterionId === 'feedback')).toBe(false);
  });

  it('puts the "average by channel" row in channelAverages and notes a % without its sign', () => {
    expect(result.channelAverages).toEqual([
      expect.objectContaining({ section: '2.1', channel: 'state_corp', avgScore: 4.78, satisfactionPct: 82, source: { source_report: 2020, source_kind: 'table', source_number: '1' } }),
      expect.objectContaining({ section: '2.1', channel: 'online', avgScore: 4.6, satisfactionPct: 71 }),
    ]);
    expect(notesOfKind('no_percent_sign')).toHaveLength(1);
  });

  it('flags a 5,00 average with less than full satisfaction', () => {
    expect(notesOfKind('implausible_pair').map((n) => n.key)).toContain('section=2.1;criterion=costs;channel=state_corp');
  });
});

describe('call centre', () => {
  it('reads each centre with its overall figures from the first row', () => {
    expect(result.callcentre.map((r) => [r.item, r.avgScore, r.satisfactionPct])).toEqual([
      ['1414.overall', 4, 46.2],
      ['1414.call_speed', 3.55, 31.4],
      ['1414.competence', 4.11, 48.6],
      ['1414.politeness', 4.34, 58.6],
      ['1411.overall', 5, 100],
      ['1411.call_speed', 5, 100],
    ]);
  });
});

describe('providers', () => {
  it('maps provider kinds and notes an empty row', () => {
    expect(result.providers.map((r) => r.providerId)).toEqual(['central_body', 'egov_portal', 'state_corp']);
    expect(result.providers[0]?.providerLabel).toBe('ҚР Сынақ министрлігі');
    expect(notesOfKind('empty_row')).toHaveLength(1);
  });
});

describe('regions', () => {
  const bySection = (s: string) => result.regions.filter((r) => r.section === s);

  it('reads a table split by a page break, with abbreviations (ШҚО)', () => {
    expect(bySection('2.3')).toHaveLength(17);
    expect(bySection('2.3').find((r) => r.regionId === 'east_kazakhstan')?.avgScore).toBe(4.75);
    expect(bySection('2.3').find((r) => r.regionId === 'shymkent')).toMatchObject({ avgScore: 4.49, satisfactionPct: 69.9, line: 82 });
  });

  it('resolves a misprinted label only by elimination in a complete, ordered table, with a note', () => {
    expect(bySection('2.3')[0]).toMatchObject({ regionId: 'akmola', regionLabel: 'Ақжолы облысы', avgScore: 4.5 });
    expect(result.notes.find((n) => n.key === 'section=2.3;region=akmola')?.kind).toBe('misprint');
  });

  it('reads a misprinted or repeated label by the fixed region order, with a note', () => {
    // Table 11 of the fixture: 17 rows in the standard order; line 103 repeats "Қостанай" at
    // Mangystau's place, line 105 prints "Белгісіз облысы" at North Kazakhstan's place.
    const rows = bySection('2.4');
    expect(rows).toHaveLength(17);
    expect(rows.filter((r) => r.regionId === 'kostanay')).toEqual([expect.objectContaining({ avgScore: 4.34, line: 101 })]);
    expect(rows.find((r) => r.regionId === 'mangystau')).toMatchObject({ avgScore: 4.88, line: 103 });
    expect(rows.find((r) => r.regionId === 'north_kazakhstan')).toMatchObject({ avgScore: 4.72, line: 105 });
    const misprints = notesOfKind('misprint').filter((n) => n.key.startsWith('section=2.4'));
    expect(misprints.map((n) => n.key).sort()).toEqual(['section=2.4;region=mangystau', 'section=2.4;region=north_kazakhstan']);
    expect(misprints.every((n) => n.textKk && n.textRu && n.textEn)).toBe(true);
  });

  it('drops such rows when the order does not identify them', () => {
    // The same table with two correctly labelled rows swapped: the order no longer holds.
    const [table] = findTables(lines, 89, 110).filter((t) => t.number === 11);
    if (!table) throw new Error('fixture table 11 missing');
    const swapped = { ...table, rows: [table.rows[1]!, table.rows[0]!, ...table.rows.slice(2)] };
    const log = new NoteLog();
    const rows = parseRegionTable('2.4', swapped, log, regionName);
    expect(rows).toHaveLength(15);
    expect(rows.map((r) => r.regionId)).not.toContain('mangystau');
    expect(log.all.filter((n) => n.kind === 'misprint').map((n) => n.key).sort()).toEqual(['section=2.4;region=?Белгісіз облысы', 'section=2.4;region=kostanay;line=103']);
  });
});

describe('notes name regions, never ids', () => {
  const idPattern = new RegExp(`\\b(${REGION_IDS.join('|')})\\b`);
  it('no note text of the fixture holds a region id', () => {
    for (const n of result.notes) for (const t of [n.textKk, n.textRu, n.textEn]) expect(t).not.toMatch(idPattern);
  });

  it('a resolved misprint names the region in each language', () => {
    const n = result.notes.find((x) => x.key === 'section=2.4;region=mangystau');
    expect(n?.textKk).toContain(regionName('mangystau').kk);
    expect(n?.textRu).toContain('региону «Мангистауская область»');
    expect(n?.textEn).toContain('belongs to Mangystau Region');
  });

  it('missing regions are listed by name, with the count agreeing in each language', () => {
    const [table] = findTables(lines, 89, 110).filter((t) => t.number === 11);
    if (!table) throw new Error('fixture table 11 missing');
    const log = new NoteLog();
    const rows = parseRegionTable('2.4', table, new NoteLog(), regionName);
    noteMissingRegions('2.4', table, rows.filter((r) => r.regionId !== 'shymkent'), log, regionName);
    noteMissingRegions('2.4', table, rows.filter((r) => r.regionId !== 'astana' && r.regionId !== 'mangystau'), log, regionName);
    const [one, two] = log.all;
    expect(one?.textEn).toBe('Table 11 (2.4): no figures for 1 region (Shymkent city).');
    expect(one?.textRu).toBe('Таблица 11 (2.4): нет значений по 1 региону (г. Шымкент).');
    expect(one?.textKk).toBe(`11-кесте (2.4): 1 өңір бойынша мән жоқ (${regionName('shymkent').kk}).`);
    expect(two?.textEn).toBe('Table 11 (2.4): no figures for 2 regions (Mangystau Region, Nur-Sultan city).');
    expect(two?.textRu).toBe('Таблица 11 (2.4): нет значений по 2 регионам (Мангистауская область, г. Нур-Султан).');
  });
});

describe('earlier years', () => {
  it('takes values tied to one year and skips criterion-level figures', () => {
    expect(result.earlierYears.map((r) => [r.year, r.avgScore, r.satisfactionPct])).toEqual([
      [2018, 4.88, 89.4],
      [2019, 4.96, 87.2],
    ]);
    expect(findEarlierYearsInText('2019 жылы «рәсім» критерийі бойынша қанағаттану 70,1% болды.')).toEqual([]);
    expect(findEarlierYearsInText('2019 жылы мемлекеттік қызметтің сапасына қанағаттану деңгейі - 77,9%-ды және сапа бағасы 4,95 баллды құрады.'))
      .toEqual([{ year: 2019, avgScore: 4.95, satisfactionPct: 77.9, scoreText: '4,95' }]);
  });
});

describe('label mapping', () => {
  it.each([
    ['Қызмет ХҚКО-да өзіне-өзі қызмет көрсету аймағынан алынды', 'state_corp_self'],
    ['Қызмет ХҚКО-да менеджерден алынды', 'state_corp_manager'],
    ['Қызмет ХҚКО-да өзіне-өзі қызмет көрсету аймағында, қызмет көрсетушінің ғимаратында алынды', 'state_corp_self_or_provider'],
    ['Қызмет ҚР шет елдердегі мекемелерінен алынды', 'foreign_mission'],
    ['Мемлекеттік қызметтің сапасын бағалаудың орташа балы', null],
  ])('channel %s → %s', (header, id) => expect(channelFromHeader(header)).toBe(id));

  it.each([
    ['ШЫҒЫҒДАР', 'costs'],
    ['РӘСІМІ', 'procedure'],
    ['БАРЛЫҒЫ', 'average'],
    ['«103» пультіне қоңырау шалу жылдамдығы', null],
  ])('criterion %s → %s', (label, id) => expect(criterionFromLabel(label)).toBe(id));

  it.each([
    ['«Электрондық лицензиялау» порталы «Электрондық үкімет» порталы', 'online_all'],
    ['Облыстардың, Нұр-Сұлтан, Алматы және Шымкент қалаларының ЖАО (ҚР ДСМ)', 'leb'],
    ['«Қазақстан Республикасының Ұлттық мұрағаты» РММ, облыстардың мемлекеттік мұрағаттары (ҚР МСМ)', 'subordinate_org'],
    ['НАО «Государственная корпорация «Правительство для граждан»', 'state_corp'],
    ['Написать сообщение', null],
  ])('provider %s → %s', (label, id) => expect(providerFromLabel(label)).toBe(id));

  it('call centres', () => {
    expect(['<b>1414</b>', 'Номер посольства', 'Салық басқармасының колл-орталығы', '1414 +7 7171 906 186'].map(callcentreFromLabel))
      .toEqual(['1414', 'embassy', 'provider', '1414_local']);
  });
});

describe('determinism', () => {
  it('returns the same output twice and unique note ids', () => {
    expect(extractSections(lines, regionName)).toEqual(result);
    expect(new Set(result.notes.map((n) => n.noteId)).size).toBe(result.notes.length);
  });
});
