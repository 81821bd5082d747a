// Runs the section parser on the real 2020 report and compares values with the document.
// Line numbers in comments are 1-based lines of ../shared/seeds/004_50492d32a867b2a4.txt.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractSections, type SectionsResult } from '../../scripts/extract/sections/index.ts';
import { REGION_IDS } from '../../scripts/extract/lib/regions.ts';

import { seed } from './seeds.ts';
import { regionName } from './region-names.ts';

const { path: SOURCE, available } = seed('004_50492d32a867b2a4.txt');
const result: SectionsResult | null = available ? extractSections(readFileSync(SOURCE, 'utf8').split('\n'), regionName) : null;
const r = () => {
  if (!result) throw new Error('source missing');
  return result;
};
const headline = (s: string) => r().headlines.find((h) => h.section === s);

describe.skipIf(!available)('extractSections on the 2020 report', () => {
  it('finds 70 sections, 62 of them ranked, 8 studied only qualitatively', () => {
    expect(r().headlines).toHaveLength(70);
    expect(r().headlines.map((h) => h.section)).toEqual(Array.from({ length: 70 }, (_, i) => `2.${i + 1}`));
    expect(r().headlines.filter((h) => h.rank !== null)).toHaveLength(62);
    expect(r().headlines.filter((h) => !h.surveyed).map((h) => h.section)).toEqual(['2.4', '2.5', '2.29', '2.43', '2.53', '2.57', '2.64', '2.66']);
    // Ranks 1..62 are each used once.
    expect(r().headlines.map((h) => h.rank).filter((x) => x !== null).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: 62 }, (_, i) => i + 1));
  });

  it('has regional rows for exactly 18 sections, at most 17 per section, no region twice', () => {
    const sections = new Set(r().regions.map((x) => x.section));
    expect(sections.size).toBe(18);
    for (const s of sections) {
      const ids = r().regions.filter((x) => x.section === s).map((x) => x.regionId);
      expect(ids.length).toBeLessThanOrEqual(17);
      expect(new Set(ids).size).toBe(ids.length);
      ids.forEach((id) => expect(REGION_IDS).toContain(id));
    }
  });

  it('headline values match the document', () => {
    // 1270–1274 and 1214: 75,3% / 4,65 балл / place 26; 245 respondents
    expect(headline('2.1')).toMatchObject({ satisfactionPct: 75.3, avgScore: 4.65, rank: 26, respondents: 245 });
    // 3466–3470: 88% / 4,86 / place 1
    expect(headline('2.16')).toMatchObject({ satisfactionPct: 88, avgScore: 4.86, rank: 1 });
    // 6075: the score is printed "76 балл" — kept as published, with a note
    expect(headline('2.33')).toMatchObject({ avgScore: 76, satisfactionPct: 83.1, rank: 11 });
    expect(r().notes.some((n) => n.key === 'section=2.33' && n.kind === 'off_scale')).toBe(true);
    // 6491: "4,7 балл" (one decimal)
    expect(headline('2.36')?.avgScore).toBe(4.7);
  });

  it('criteria, channel averages, call centre and provider values match the document', () => {
    // 1280: ҚЫЗМЕТКЕРЛЕР … 4,77 82,0% (State Corporation) 4,65 73,4% (online)
    expect(r().criteria.filter((c) => c.section === '2.1' && c.criterionId === 'staff').map((c) => [c.channel, c.avgScore, c.satisfactionPct]))
      .toEqual([['state_corp', 4.77, 82], ['online', 4.65, 73.4]]);
    // 2927: table 43 has no channel name; ҚЫЗМЕТКЕРЛЕР 4,80 86,7%
    expect(r().criteria.find((c) => c.section === '2.12' && c.criterionId === 'staff')).toMatchObject({ channel: 'all', avgScore: 4.8, satisfactionPct: 86.7 });
    // 1288: Алу нысаны бойынша орташа мәні … 4,57 75,0% (online)
    expect(r().channelAverages.find((c) => c.section === '2.1' && c.channel === 'online')).toMatchObject({ avgScore: 4.57, satisfactionPct: 75, line: 1288 });
    // 1317: 1414 Қоңырау шалу жылдамдығы 3,55 31,40%
    expect(r().callcentre.find((c) => c.section === '2.1' && c.item === '1414.call_speed')).toMatchObject({ avgScore: 3.55, satisfactionPct: 31.4 });
    // 3413: Номер посольства … centre average 4,73 93,3%
    expect(r().callcentre.find((c) => c.section === '2.15' && c.item === 'embassy.overall')).toMatchObject({ avgScore: 4.73, satisfactionPct: 93.3 });
    // 1336: ҚР Мемлекеттік қызмет істері агенттігі 4,87 85,5%
    expect(r().providers.find((p) => p.section === '2.1' && p.providerId === 'central_body')).toMatchObject({ avgScore: 4.87, satisfactionPct: 85.5, source: { source_report: 2020, source_kind: 'table', source_number: '18' } });
    // 6138: «Қазақтелеком» АҚ … 4,76 84,5%
    expect(r().providers.find((p) => p.section === '2.33' && p.providerId === 'telecom_operators')).toMatchObject({ avgScore: 4.76, satisfactionPct: 84.5 });
  });

  it('regional values match the document, misprints handled', () => {
    const region = (s: string, id: string) => r().regions.find((x) => x.section === s && x.regionId === id);
    // 8379: after the page-break header at 8377, Қарағанды облысы 4,81 77,2%
    expect(region('2.49', 'karaganda')).toMatchObject({ avgScore: 4.81, satisfactionPct: 77.2, line: 8379 });
    // 8552: "Ақжолы облысы" 4,50 71,2% — identified by elimination as Akmola, with a note
    expect(region('2.50', 'akmola')).toMatchObject({ avgScore: 4.5, satisfactionPct: 71.2, regionLabel: 'Ақжолы облысы' });
    expect(r().notes.find((n) => n.key === 'section=2.50;region=akmola')?.kind).toBe('misprint');
    // 10536: table 192 (ambulance), Жамбыл — regional average 4,98, no percentage
    expect(region('2.62', 'zhambyl')).toMatchObject({ avgScore: 4.98, satisfactionPct: null });
    // 9454: Солтүстік-қазақстан облысы 3,68 86,5% — kept as published, flagged
    expect(region('2.55', 'north_kazakhstan')).toMatchObject({ avgScore: 3.68, satisfactionPct: 86.5 });
    // 10916 vs 10918/10920: "Қостанай облысы" printed three times; only the first (4,84 74,8%) is kept
    expect(r().regions.filter((x) => x.section === '2.65' && x.regionId === 'kostanay')).toEqual([expect.objectContaining({ avgScore: 4.84, satisfactionPct: 74.8, line: 10916 })]);
    expect(r().notes.filter((n) => n.key.startsWith('section=2.65;region=') && n.kind === 'misprint')).toHaveLength(3);
  });

  it('earlier years come from the prose', () => {
    // 1292: 2019 (87,2%, 4,96), 2018 (89,4%, 4,88), 2017 (75%, 4,69)
    expect(r().earlierYears.filter((e) => e.section === '2.1').map((e) => [e.year, e.avgScore, e.satisfactionPct]))
      .toEqual([[2017, 4.69, 75], [2018, 4.88, 89.4], [2019, 4.96, 87.2]]);
    // 6822: 2019 — 77,9% and 4,95
    expect(r().earlierYears.find((e) => e.section === '2.38' && e.year === 2019)).toMatchObject({ avgScore: 4.95, satisfactionPct: 77.9 });
    // 3116: 2017 — 50,3% or "4,3 балл" (one decimal)
    expect(r().earlierYears.find((e) => e.section === '2.13' && e.year === 2017)).toMatchObject({ avgScore: 4.3, satisfactionPct: 50.3 });
  });

  it('records the known inconsistencies with texts in three languages', () => {
    const kinds = new Set(r().notes.map((n) => n.kind));
    for (const k of ['off_scale', 'misprint', 'headline_mismatch', 'one_decimal', 'implausible_pair']) expect(kinds).toContain(k);
    // 9978 vs 9968–9970: table 178 says 4,81 / 87,2%, the headline 4,72 / 81,8%
    expect(r().notes.some((n) => n.key === 'section=2.59' && n.kind === 'headline_mismatch')).toBe(true);
    for (const n of r().notes) {
      expect(n.textKk.length).toBeGreaterThan(10);
      expect(n.textRu.length).toBeGreaterThan(10);
      expect(n.textEn.length).toBeGreaterThan(10);
    }
    expect(new Set(r().notes.map((n) => n.noteId)).size).toBe(r().notes.length);
  });
});
