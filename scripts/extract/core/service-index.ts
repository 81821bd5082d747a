// Joins the report's service lists: section headings, table 1 (body, sample), table 8 (ranking),
// and gives every service its stable id (reference/services.ts) and its body.
import { bodyFromAbbr, type BodyRef } from '../reference/bodies.ts';
import { SERVICE_REFS, type ServiceRef } from '../reference/services.ts';
import { bodyAbbrNote, type Note } from '../notes.ts';
import { assignNames } from './name-match.ts';
import type { RankingRow, Table8 } from './ranking.ts';
import { parseSectionTitles, type SampleRow, type Table1 } from './service-list.ts';

export interface ServiceInfo {
  ref: ServiceRef;
  nameKk: string;
  sample: SampleRow;
  body: BodyRef;
  ranking: RankingRow | null;
}

/** Section number → names it is printed under (heading and table 1), for name matching. */
export function sectionNameCandidates(services: readonly ServiceInfo[]): Map<string, string[]> {
  return new Map(services.map((s) => [s.ref.section2020, [s.nameKk, s.sample.nameKk]]));
}

/** Match rows of another table (8, 14, 15) to sections; throws if any row stays unmatched. */
export function matchToSections<T extends { nameKk: string; lines: number[] }>(
  rows: readonly T[],
  candidates: ReadonlyMap<string, readonly string[]>,
  table: string,
): Map<T, string> {
  const matches = assignNames(rows.map((r) => r.nameKk), candidates);
  const out = new Map<T, string>();
  rows.forEach((r, i) => {
    const m = matches.get(i);
    if (!m) throw new Error(`${table}, line ${r.lines[0]}: no section matches "${r.nameKk}"`);
    out.set(r, m.key);
  });
  return out;
}

export function buildServiceIndex(lines: readonly string[], table1: Table1, table8: Table8): { services: ServiceInfo[]; notes: Note[] } {
  const titles = new Map(parseSectionTitles(lines).map((t) => [t.section, t]));
  const refs = new Map(SERVICE_REFS.map((r) => [r.section2020, r]));
  if (table1.rows.length !== SERVICE_REFS.length) {
    throw new Error(`table 1 lists ${table1.rows.length} services, the reference ${SERVICE_REFS.length}`);
  }
  const base = table1.rows.map((sample) => {
    const ref = refs.get(sample.section);
    if (!ref) throw new Error(`no reference id for section ${sample.section}`);
    return { ref, sample, nameKk: titles.get(sample.section)?.titleKk ?? sample.nameKk };
  });

  const candidates = new Map(base.map((s) => [s.ref.section2020, [s.nameKk, s.sample.nameKk]]));
  const ranked = matchToSections(table8.rows, candidates, 'table 8');
  const rankingBySection = new Map([...ranked].map(([row, section]) => [section, row]));

  // Body: the abbreviation heading the service's block in table 1. Where table 8 names another body
  // for EVERY ranked service of the block, the block's abbreviation is a misprint (table 1 prints
  // ҚМ, Defence, for Finance's services); where table 8 disagrees for a single service only, table 8
  // is the misprint (ӘМ for an Energy service). Either way a note records it.
  const notes: Note[] = [];
  const blockBody = new Map<number, BodyRef>();
  for (const block of new Set(base.map((s) => s.sample.block))) {
    const members = base.filter((s) => s.sample.block === block);
    const printed = members[0]?.sample.bodyAbbr ?? '';
    const fromTable1 = bodyFromAbbr(printed);
    const fromTable8 = members.map((s) => rankingBySection.get(s.ref.section2020)).filter((r) => r !== undefined).map((r) => bodyFromAbbr(r.bodyAbbr));
    const unanimous = fromTable8.length > 0 && fromTable8.every((b) => b !== null && b.id === fromTable8[0]?.id) ? fromTable8[0] : null;
    const chosen = unanimous && unanimous.id !== fromTable1?.id ? unanimous : fromTable1;
    if (!chosen) throw new Error(`table 1, line ${members[0]?.sample.line}: unknown body abbreviation "${printed}"`);
    blockBody.set(block, chosen);
  }

  const services = base.map((s): ServiceInfo => {
    const body = blockBody.get(s.sample.block);
    if (!body) throw new Error(`no body for ${s.ref.section2020}`);
    const ranking = rankingBySection.get(s.ref.section2020) ?? null;
    const t1 = bodyFromAbbr(s.sample.bodyAbbr);
    const t8 = ranking ? bodyFromAbbr(ranking.bodyAbbr) : null;
    if (t1?.id !== body.id) notes.push(bodyAbbrNote(s.ref.id, s.sample.bodyAbbr, 1, body.abbrKk, ranking?.bodyAbbr ?? '', 8));
    if (ranking && t8?.id !== body.id) notes.push(bodyAbbrNote(s.ref.id, ranking.bodyAbbr, 8, body.abbrKk, s.sample.bodyAbbr, 1));
    return { ...s, body, ranking };
  });
  return { services, notes };
}
