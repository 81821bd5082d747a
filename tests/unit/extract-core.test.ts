// Parsers of the core tables, run on a small fixture written in the report's format (tabs, <b>
// tags, decimal commas, repeated page-break headers, split rows, name variants, "*" markers).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAppendixA, parseTable10 } from '../../scripts/extract/core/bodies-tables.ts';
import { parseTable14 } from '../../scripts/extract/core/channel-tables.ts';
import { assignNames, similarity } from '../../scripts/extract/core/name-match.ts';
import { parseProviderKinds, parseTable6, providerIdFromLabel } from '../../scripts/extract/core/national.ts';
import { parseTable8 } from '../../scripts/extract/core/ranking.ts';
import { parseAppendixB, parseTable4 } from '../../scripts/extract/core/regions-tables.ts';
import { parseSectionTitles, parseTable1 } from '../../scripts/extract/core/service-list.ts';
import { findCaption, mergeSplitRows, readTable } from '../../scripts/extract/core/table-reader.ts';
import { bodyFromAbbr, bodyFromName } from '../../scripts/extract/reference/bodies.ts';

const lines = readFileSync(resolve(__dirname, '../fixtures/extract-core/mini-report.txt'), 'utf8').split('\n');

describe('table reader', () => {
  it('finds captions with markdown decorations and skips repeated headers', () => {
    expect(findCaption(lines, 8)).toBeGreaterThan(0);
    expect(findCaption(lines, 99)).toBe(-1);
    const t = readTable(lines, findCaption(lines, 1));
    expect(t.repeatedHeaderLines).toHaveLength(1);
    expect(t.rows.every((r) => r.cells[0] !== 'Мемлекеттік органның атауы')).toBe(true);
  });
  it('joins split rows and keeps both line numbers', () => {
    const rows = [
      { line: 10, lines: [10], cells: ['3', 'Академияға', '', ''] },
      { line: 14, lines: [14], cells: ['', 'қабылдау', '4,68', '88,2%'], afterPageBreak: true },
    ];
    const merged = mergeSplitRows(rows, (r) => r.cells[0] === '');
    expect(merged.rows).toEqual([{ line: 10, lines: [10, 14], cells: ['3', 'Академияға қабылдау', '4,68', '88,2%'] }]);
    expect(merged.splitLines).toEqual([14]);
  });
});

describe('table 1 (services and samples)', () => {
  const t = parseTable1(lines);
  it('numbers services in order, carries the body down and joins the split row', () => {
    expect(t.rows.map((r) => r.section)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5']);
    expect(t.rows[1]).toMatchObject({ bodyAbbr: 'МҚИА', block: 0, respondents: 88 });
    expect(t.rows[3]).toMatchObject({ nameKk: 'Салықтарды есепке жатқызуды және қайтаруды жүргізу', respondents: 150, bodyAbbr: 'ҚМ', block: 1 });
    expect(t.splitLines).toHaveLength(1);
  });
  it('marks "*" as not surveyed and reads the <b> total', () => {
    expect(t.rows[4]).toMatchObject({ surveyed: false, respondents: null, bodyAbbr: 'ЖАО' });
    expect(t.total?.value).toBe(632);
  });
});

describe('table 8 (ranking)', () => {
  const t = parseTable8(lines);
  it('reads one-decimal scores, "88,20%" and the split row', () => {
    expect(t.rows.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(t.rows[1]).toMatchObject({ avgScore: 4.7, avgDecimals: 1 });
    expect(t.rows[2]).toMatchObject({ nameKk: 'Академияға құжаттарды қабылдау', avgScore: 4.68, satisfactionPct: 88.2 });
    expect(t.total).toMatchObject({ avgScore: 4.58, satisfactionPct: 75.1 });
  });
  it('matches differently spelled names to sections, never twice', () => {
    const candidates = new Map(parseTable1(lines).rows.map((r) => [r.section, [r.nameKk]]));
    const m = assignNames(t.rows.map((r) => r.nameKk), candidates);
    expect([0, 1, 2].map((i) => m.get(i)?.key)).toEqual(['2.4', '2.3', '2.2']);
    expect(similarity('Кәсіпкерлік субъектілерінің санаттары туралы ақпарат беру', 'Кәсіпкерлік субъектісінің санаты туралы ақпарат беру')).toBeGreaterThan(0.6);
  });
});

describe('national and provider tables', () => {
  it('reads the scale of starred years from the footnote', () => {
    const t6 = parseTable6(lines);
    expect(t6).toEqual([
      expect.objectContaining({ year: 2020, avgScore: 4.58, satisfactionPct: 75.1, respondents: 9181, services: 70, scaleMax: 5 }),
      expect.objectContaining({ year: 2015, avgScore: 7.9, satisfactionPct: 79, scaleMax: 10 }),
    ]);
  });
  it('classifies provider labels, totals included', () => {
    expect(parseProviderKinds(lines, 7).map((r) => r.providerId)).toEqual(['state_corp_self', 'state_corp', 'central_body', 'all']);
    expect(providerIdFromLabel('«Электрондық лицензиялау» порталы «Электрондық үкімет» порталы')).toBe('online_all');
  });
});

describe('bodies and regions', () => {
  it('reads table 10 years, gaps, published change with "-" and means', () => {
    const [finance, trade] = parseTable10(lines);
    expect(finance?.id).toBe('finance');
    expect(finance?.years.get(2017)).toMatchObject({ avgScore: 4.75, satisfactionPct: 79.2 });
    expect(finance?.change).toMatchObject({ avgScore: 0.03, satisfactionPct: 9.8 });
    expect(trade?.years.get(2018)).toMatchObject({ avgScore: null, satisfactionPct: null });
    expect(trade?.change).toMatchObject({ avgScore: -0.08, satisfactionPct: null, rawPct: '-' });
    expect(trade?.mean).toEqual({ avgScore: 4.79, satisfactionPct: 80.1 });
  });
  it('tells the financial-market agency from the finance ministry', () => {
    expect(parseAppendixA(lines).map((r) => r.id)).toEqual(['financial_market_agency', 'finance']);
    expect(bodyFromName('ҚР Қаржы министрлігі')?.id).toBe('finance');
    expect(bodyFromAbbr('ИИМ')?.id).toBe('internal_affairs');
    expect(bodyFromAbbr('МҚИА')?.id).toBe('civil_service_agency');
  });
  it('reads region name variants and abbreviations', () => {
    expect(parseAppendixB(lines).map((r) => [r.id, r.rank, r.avgScore])).toEqual([
      ['north_kazakhstan', 1, 4.68], ['east_kazakhstan', 2, 4.63], ['astana', 3, 4.54]]);
    const t4 = parseTable4(lines);
    expect(t4.rows.map((r) => r.regionId)).toEqual(['akmola', 'east_kazakhstan', 'astana', 'abroad']);
    expect(t4.rows[1]?.sharePct).toBe(5.4); // printed without "%"
    expect(t4.total?.respondents).toBe(2258);
  });
});

describe('table 14 (State Corporation by service)', () => {
  const t = parseTable14(lines);
  it('assigns the two groups from their closing totals and joins the split row', () => {
    expect(t.rows.map((r) => [r.providerId, r.rank])).toEqual([
      ['state_corp_self', 1], ['state_corp_self', 2], ['state_corp_manager', 1], ['state_corp_manager', 2]]);
    expect(t.rows[2]).toMatchObject({ nameKk: 'Салықтарды есепке жатқызуды және қайтаруды жүргізу', avgScore: 4.92 });
    expect(t.rows[2]?.lines).toHaveLength(2);
    expect(t.rows[3]?.satisfactionPct).toBe(87.5);
    expect(t.totals.map((x) => [x.providerId, x.avgScore])).toEqual([['state_corp_self', 4.7], ['state_corp_manager', 4.68], ['state_corp', 4.69]]);
  });
});

describe('section headings', () => {
  it('reads headings, not the table of contents or the criteria list', () => {
    const text = ['2.1 Тізім жолы.....\t45', '2.1 Критерий сипаттамасы', '## 2.1 Бірінші қызмет', '**2.38 Спорт атақтары**', '## 2.8. Сегізінші.'];
    expect(parseSectionTitles(text)).toEqual([
      { section: '2.1', titleKk: 'Бірінші қызмет', line: 3 },
      { section: '2.8', titleKk: 'Сегізінші', line: 5 },
      { section: '2.38', titleKk: 'Спорт атақтары', line: 4 },
    ]);
  });
});
