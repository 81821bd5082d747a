// Builds every dataset of data/ from the text of the 2020 report. Pure: text in, CSV texts out,
// so tests can run it on fixtures and compare two runs byte for byte.
import { buildSeriesBreaks } from '../reference/series-breaks.ts';
import { CHANNEL_IDS, CRITERION_IDS, PROVIDER_IDS } from '../lib/ids.ts';
import { toCsv } from '../lib/csv.ts';
import { REGION_IDS } from '../lib/regions.ts';
import { BODIES } from '../reference/bodies.ts';
import { CHANNEL_NAMES, CRITERION_NAMES, PROVIDER_NAMES } from '../reference/criteria.ts';
import { LATER_REGION_IDS, LATER_REGIONS, NAME_PERIODS, REGION_NAMES, regionNamer, type RegionNames } from '../reference/regions.ts';
import { ASPECT_IDS, ASPECT_NAMES } from '../reference/aspects.ts';
import { extractSections, type SectionsResult } from '../sections/index.ts';
import type { RegionNamer } from '../sections/notes.ts';
import { fixedNotes, noteForFinding, oneDecimalNote, splitRowNote, table9vs10Note, type IdenticalYears, type NonNumericChange, type Note } from '../notes.ts';
import { parseAppendixA, parseTable10, parseTable9, TABLE10_YEARS, type DynamicsRow, type RankedEntityRow } from './bodies-tables.ts';
import { parseTable14, parseTable15, type ChannelServiceRow } from './channel-tables.ts';
import { columnsOf, DATASET_NAMES, DATASETS, MONITORING_NAMES, rowKey, type DatasetName, type Datasets, type Row } from '../../schema/datapackage.ts';
import { describeRef, fromAppendix, fromTable, type SourceRef } from '../lib/source.ts';
import { runCrossChecks, type Finding } from './crosschecks.ts';
import { parseProviderKinds, parseTable6 } from './national.ts';
import { parseTable8 } from './ranking.ts';
import { parseAppendixB, parseTable11, parseTable12, parseTable4, parseTable5, TABLE11_YEARS } from './regions-tables.ts';
import { buildServiceIndex, matchToSections, sectionNameCandidates, type ServiceInfo } from './service-index.ts';
import { parseTable1 } from './service-list.ts';

export interface BuildResult {
  /** Path under data/ → CSV text. */
  files: Map<string, string>;
  datasets: Datasets;
  findings: Finding[];
}

function emptyDatasets(): Datasets {
  return Object.fromEntries(DATASET_NAMES.map((k) => [k, []])) as unknown as Datasets;
}

// ---- reference tables -------------------------------------------------------------------------

function referenceTables(d: Datasets, services: readonly ServiceInfo[], regionNamesKk: ReadonlyMap<string, string>): void {
  regionTables(d, regionNamesKk);
  for (const b of BODIES) d.refBodies.push({ body_id: b.id, abbr_kk: b.abbrKk, name_kk: b.nameKk, name_ru: b.nameRu, name_en: b.nameEn });
  for (const s of services) {
    d.refServices.push({
      service_id: s.ref.id, register_code: null, report_section: s.ref.section2020, body_id: s.body.id,
      name_kk: s.nameKk, name_ru: s.ref.nameRu, name_en: s.ref.nameEn, surveyed: s.sample.surveyed,
    });
  }
  // `order`: CRITERION_IDS is in the report's order; the CSV is written sorted by id, so the order is a column.
  for (const [i, id] of CRITERION_IDS.entries()) d.refCriteria.push({ criterion_id: id, order: i + 1, name_kk: CRITERION_NAMES[id].nameKk, name_ru: CRITERION_NAMES[id].nameRu, name_en: CRITERION_NAMES[id].nameEn });
  for (const id of CHANNEL_IDS) d.refChannels.push({ channel_id: id, name_kk: CHANNEL_NAMES[id].nameKk, name_ru: CHANNEL_NAMES[id].nameRu, name_en: CHANNEL_NAMES[id].nameEn });
  for (const id of ASPECT_IDS) d.refAspects.push({ aspect_id: id, name_kk: ASPECT_NAMES[id].nameKk, name_ru: ASPECT_NAMES[id].nameRu, name_en: ASPECT_NAMES[id].nameEn });
  for (const id of PROVIDER_IDS) d.refProviders.push({ provider_id: id, name_kk: PROVIDER_NAMES[id].nameKk, name_ru: PROVIDER_NAMES[id].nameRu, name_en: PROVIDER_NAMES[id].nameEn });
}

/**
 * reference/regions.csv (the 17 regions of the report and the 3 of June 2022, each with the region
 * it split from and the day its own extent last changed) and reference/region_names.csv (names
 * that changed while the id stayed).
 */
function regionTables(d: Datasets, regionNamesKk: ReadonlyMap<string, string>): void {
  const all: Array<{ id: string; names: RegionNames; kk: string }> = [];
  for (const id of REGION_IDS) {
    const names = REGION_NAMES[id];
    const kk = regionNamesKk.get(id);
    if (!kk) throw new Error(`table 4 has no row for region ${id}`);
    const periods = NAME_PERIODS[id];
    if (!periods) {
      all.push({ id, names, kk });
      continue;
    }
    // The report's names must be one of the periods' (its Kazakh name read from table 4).
    if (!periods.some((p) => p.nameKk === kk && p.nameRu === names.nameRu && p.nameEn === names.nameEn)) throw new Error(`region ${id}: the report's name ${kk} is in no name period`);
    const latest = periods[periods.length - 1]!;
    all.push({ id, names: { ...names, nameRu: latest.nameRu, nameEn: latest.nameEn }, kk: latest.nameKk });
    for (const p of periods) d.refRegionNames.push({ region_id: id, name_kk: p.nameKk, name_ru: p.nameRu, name_en: p.nameEn, valid_from: p.validFrom || null, valid_to: p.validTo || null, source: p.source });
  }
  for (const id of LATER_REGION_IDS) all.push({ id, names: LATER_REGIONS[id], kk: LATER_REGIONS[id].nameKk });
  for (const { id, names, kk } of all) {
    // A region's extent changed the last day one of its parts became a region of its own.
    const parts = all.filter((r) => r.names.splitFrom === id).map((r) => r.names.validFrom).sort();
    d.refRegions.push({
      region_id: id, kind: names.kind, name_kk: kk, name_ru: names.nameRu, name_en: names.nameEn, valid_from: names.validFrom || null, valid_to: names.validTo || null,
      split_from: names.splitFrom ?? null, extent_changed: parts[parts.length - 1] ?? null,
    });
  }
}

// ---- helpers for ranked / dynamics tables -------------------------------------------------------

function requireId(row: { id: string | null; name: string; line: number }, table: string): string {
  if (row.id === null) throw new Error(`${table}, line ${row.line}: unknown name "${row.name}"`);
  return row.id;
}

function pushRanked(d: Datasets, notes: Note[], dataset: 'bodies' | 'regions', idCol: string, scope: string, source: SourceRef, rows: readonly RankedEntityRow[]): void {
  const table = describeRef(source);
  for (const r of rows) {
    const row: Row = { [idCol]: requireId(r, table), year: 2020, scope, avg_score: r.avgScore, satisfaction_pct: r.satisfactionPct, rank: r.rank, ...source };
    d[dataset].push(row);
    if (r.avgDecimals === 1 && r.avgScore !== null) notes.push(oneDecimalNote(dataset, rowKey(dataset, row), table, r.avgScore));
  }
}

interface DynamicsContext { dataset: 'bodies' | 'regions'; idCol: string; scope: string; table: number; meanStat: string; years: readonly number[]; skipYears: readonly number[] }

function pushDynamics(d: Datasets, notes: Note[], rows: readonly DynamicsRow[], c: DynamicsContext, extra: { identical: IdenticalYears[]; nonNumeric: NonNumericChange[] }): void {
  const table = `table ${c.table}`;
  for (const r of rows) {
    const id = requireId(r, table);
    for (const year of c.years) {
      if (c.skipYears.includes(year)) continue;
      const cell = r.years.get(year);
      if (!cell || (cell.avgScore === null && cell.satisfactionPct === null)) continue; // not published (body/region did not exist)
      const row: Row = { [c.idCol]: id, year, scope: c.scope, avg_score: cell.avgScore, satisfaction_pct: cell.satisfactionPct, rank: year === 2020 ? r.order : null, ...fromTable(c.table) };
      d[c.dataset].push(row);
      if (cell.avgDecimals === 1 && cell.avgScore !== null) notes.push(oneDecimalNote(c.dataset, rowKey(c.dataset, row), `${c.table}-кесте`, cell.avgScore));
    }
    const agg = (stat: string, measure: string, value: number | null) => {
      if (value !== null) d.publishedAggregates.push({ ...fromTable(c.table), stat, entity_id: id, measure, value });
    };
    agg('change_2019_2020', 'avg_score', r.change.avgScore);
    agg('change_2019_2020', 'satisfaction_pct', r.change.satisfactionPct);
    agg(c.meanStat, 'avg_score', r.mean.avgScore);
    agg(c.meanStat, 'satisfaction_pct', r.mean.satisfactionPct);
    if (r.change.rawPct !== '' && r.change.satisfactionPct === null) {
      extra.nonNumeric.push({ dataset: c.dataset, key: `${id}:2020:${c.scope}`, table: c.table, nameKk: r.name, raw: r.change.rawPct });
    }
    for (let k = 1; k < c.years.length; k++) {
      const a = r.years.get(c.years[k - 1] ?? 0);
      const b = r.years.get(c.years[k] ?? 0);
      if (a && b && a.avgScore !== null && a.avgScore === b.avgScore && a.satisfactionPct !== null && a.satisfactionPct === b.satisfactionPct) {
        extra.identical.push({ dataset: c.dataset, key: `${id}:${c.years[k]}:${c.scope}`, table: c.table, nameKk: r.name, years: [c.years[k - 1] ?? 0, c.years[k] ?? 0] });
      }
    }
  }
}

function pushChannelServices(d: Datasets, notes: Note[], rows: readonly ChannelServiceRow[], sectionOf: Map<ChannelServiceRow, string>, serviceIdOf: (section: string) => string, table: 14 | 15): void {
  const dataset: DatasetName = table === 14 ? 'stateCorpServices' : 'egovServices';
  for (const r of rows) {
    const section = sectionOf.get(r);
    if (!section) throw new Error(`table ${table}: unmatched row at line ${r.lines[0]}`);
    const row: Row = {
      service_id: serviceIdOf(section), year: 2020, provider_id: r.providerId, rank: r.rank,
      ...(table === 15 ? { provider_label_kk: r.providerLabel } : {}),
      avg_score: r.avgScore, satisfaction_pct: r.satisfactionPct, ...fromTable(table),
    };
    d[dataset].push(row);
    const key = rowKey(dataset, row);
    if (r.avgDecimals === 1 && r.avgScore !== null) notes.push(oneDecimalNote(dataset, key, `${table}-кесте`, r.avgScore));
    if (r.lines.length > 1) notes.push(splitRowNote(dataset, key, table, r.lines));
  }
}

// ---- per-service sections (the sections helper's module) --------------------------------------

function sectionDatasets(d: Datasets, s: SectionsResult, serviceIdOf: (section: string) => string): Note[] {
  for (const h of s.headlines) {
    d.serviceHeadlines.push({ service_id: serviceIdOf(h.section), year: 2020, avg_score: h.avgScore, satisfaction_pct: h.satisfactionPct, rank: h.rank, respondents: h.respondents, ...h.source });
  }
  for (const e of s.earlierYears) {
    d.services.push({ service_id: serviceIdOf(e.section), year: e.year, avg_score: e.avgScore, satisfaction_pct: e.satisfactionPct, rank: null, respondents: null, ...e.source, respondents_table: null });
  }
  for (const r of s.regions) d.serviceRegions.push({ service_id: serviceIdOf(r.section), year: r.year, region_id: r.regionId, avg_score: r.avgScore, satisfaction_pct: r.satisfactionPct, ...r.source });
  for (const r of s.providers) d.serviceProviders.push({ service_id: serviceIdOf(r.section), year: r.year, provider_id: r.providerId, avg_score: r.avgScore, satisfaction_pct: r.satisfactionPct, ...r.source });
  for (const r of s.criteria) d.serviceCriteria.push({ service_id: serviceIdOf(r.section), year: r.year, criterion_id: r.criterionId, channel: r.channel, avg_score: r.avgScore, satisfaction_pct: r.satisfactionPct, ...r.source });
  for (const r of s.channelAverages ?? []) d.serviceChannels.push({ service_id: serviceIdOf(r.section), year: r.year, channel: r.channel, avg_score: r.avgScore, satisfaction_pct: r.satisfactionPct, ...r.source });
  for (const a of s.answers ?? []) {
    d.serviceAnswers.push({ service_id: serviceIdOf(a.section), year: a.year, question: a.question, answer: a.answer, position: a.position, answer_kk: a.answerKk, respondents: a.respondents, share_pct: a.sharePct, ...a.source });
  }
  for (const t of s.answerTotals ?? []) {
    d.publishedAggregates.push({ ...t.source, stat: 'total', entity_id: serviceIdOf(t.section), measure: 'respondents', value: t.respondents });
    d.publishedAggregates.push({ ...t.source, stat: 'total', entity_id: serviceIdOf(t.section), measure: 'share_pct', value: t.sharePct });
  }
  for (const a of s.aspects ?? []) {
    const base = { service_id: serviceIdOf(a.section), year: a.year, aspect_id: a.aspectId, avg_score: a.avgScore, ...a.source };
    if (a.regionId === null) d.serviceAspects.push({ ...base, satisfaction_pct: a.satisfactionPct });
    else d.serviceAspectRegions.push({ ...base, region_id: a.regionId });
  }
  for (const r of s.callcentre) d.serviceCallcentre.push({ service_id: serviceIdOf(r.section), year: r.year, item: r.item, avg_score: r.avgScore, satisfaction_pct: r.satisfactionPct, ...r.source });
  return s.notes.map((n) => sectionNote(n, serviceIdOf));
}

// The sections module keys its notes by section ("section=2.50;region=akmola") and names datasets
// without folder ("service_regions", "service_years"). Rewrite them to our conventions: dataset =
// path under data/ without ".csv", key = the affected row's key columns joined with ':' (or the
// service id alone when the note is about a whole table of the section).
const SECTION_DATASET: Record<string, { dataset: DatasetName; keyParts: (p: Record<string, string>, sid: string, year: string) => string | null }> = {
  service_headlines: { dataset: 'serviceHeadlines', keyParts: (_p, sid) => `${sid}:2020` },
  service_years: { dataset: 'services', keyParts: (p, sid, year) => (p.year ? `${sid}:${year}` : null) },
  service_regions: { dataset: 'serviceRegions', keyParts: (p, sid, year) => (p.region ? `${sid}:${year}:${p.region}` : null) },
  service_providers: { dataset: 'serviceProviders', keyParts: (p, sid, year) => (p.provider ? `${sid}:${year}:${p.provider}` : null) },
  service_criteria: { dataset: 'serviceCriteria', keyParts: (p, sid, year) => (p.criterion && p.channel ? `${sid}:${year}:${p.criterion}:${p.channel}` : null) },
  service_channels: { dataset: 'serviceChannels', keyParts: (p, sid, year) => (p.channel ? `${sid}:${year}:${p.channel}` : null) },
  service_callcentre: { dataset: 'serviceCallcentre', keyParts: (p, sid, year) => (p.item ? `${sid}:${year}:${p.item}` : null) },
};

function sectionNote(n: SectionsResult['notes'][number], serviceIdOf: (section: string) => string): Note {
  const parts: Record<string, string> = {};
  for (const pair of n.key.split(';')) {
    const [k, ...v] = pair.split('=');
    if (k && v.length > 0) parts[k.trim()] = v.join('=').trim();
  }
  const target = SECTION_DATASET[n.dataset];
  const sid = parts.section ? serviceIdOf(parts.section) : '';
  const key = target && sid ? (target.keyParts(parts, sid, parts.year ?? '2020') ?? sid) : n.key;
  const dataset = target ? DATASETS[target.dataset].file.replace(/\.csv$/, '') : `monitoring/${n.dataset}`;
  const noteId = `section_${n.noteId}`.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/_+$/, '');
  return { note_id: noteId, dataset, key, kind: n.kind, text_kk: n.textKk, text_ru: n.textRu, text_en: n.textEn };
}

// ---- output ---------------------------------------------------------------------------------

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = a === null || a === undefined ? '' : String(a);
  const sb = b === null || b === undefined ? '' : String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0; // code-point order: independent of the machine's locale
}

export function sortRows(name: DatasetName, rows: Row[]): Row[] {
  const key = DATASETS[name].schema.primaryKey;
  return [...rows].sort((a, b) => {
    for (const k of key) {
      const c = compareValues(a[k], b[k]);
      if (c !== 0) return c;
    }
    return 0;
  });
}

function writeFiles(d: Datasets): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of MONITORING_NAMES) {
    const spec = DATASETS[name];
    const rows = sortRows(name, d[name]);
    const seen = new Set<string>();
    for (const r of rows) {
      const k = rowKey(name, r);
      if (seen.has(k)) throw new Error(`${spec.file}: duplicate key ${k}`);
      seen.add(k);
    }
    d[name] = rows;
    files.set(spec.file, toCsv(columnsOf(name), rows));
  }
  return files;
}

// ---- main ---------------------------------------------------------------------------------

export function buildAll(text: string, sectionsExtractor: (lines: string[], regionName: RegionNamer) => SectionsResult = extractSections): BuildResult {
  const lines = text.split(/\r?\n/);
  const d = emptyDatasets();
  const notes: Note[] = [];

  const table1 = parseTable1(lines);
  const table8 = parseTable8(lines);
  const index = buildServiceIndex(lines, table1, table8);
  notes.push(...index.notes);
  const idBySection = new Map(index.services.map((s) => [s.ref.section2020, s.ref.id]));
  const serviceIdOf = (section: string): string => {
    const id = idBySection.get(section);
    if (!id) throw new Error(`unknown section ${section}`);
    return id;
  };

  const table4 = parseTable4(lines);
  const namesKk = new Map(table4.rows.filter((r) => r.regionId !== null).map((r) => [r.regionId as string, r.name]));
  referenceTables(d, index.services, namesKk);

  // National trend (table 6) and provider kinds (table 7).
  for (const n of parseTable6(lines)) {
    d.national.push({ year: n.year, avg_score: n.avgScore, satisfaction_pct: n.satisfactionPct, respondents: n.respondents, services: n.services, scale_max: n.scaleMax, ...fromTable(6) });
  }
  for (const p of parseProviderKinds(lines, 7)) d.providers.push({ provider_id: p.providerId, year: 2020, avg_score: p.avgScore, satisfaction_pct: p.satisfactionPct, ...fromTable(7) });
  for (const p of parseProviderKinds(lines, 13)) {
    d.publishedAggregates.push({ ...fromTable(13), stat: 'total', entity_id: p.providerId, measure: 'avg_score', value: p.avgScore });
    d.publishedAggregates.push({ ...fromTable(13), stat: 'total', entity_id: p.providerId, measure: 'satisfaction_pct', value: p.satisfactionPct });
  }

  // Services 2020: table 8 (score, rank) and table 1 (respondents).
  for (const s of index.services) {
    const r = s.ranking;
    const row: Row = {
      service_id: s.ref.id, year: 2020, avg_score: r?.avgScore ?? null, satisfaction_pct: r?.satisfactionPct ?? null, rank: r?.rank ?? null,
      respondents: s.sample.respondents,
      // Surveyed: figures from table 8, respondents from table 1. Unsurveyed (no mass survey): table 1 alone.
      ...(r ? { ...fromTable(8), respondents_table: 1 } : { ...fromTable(1), respondents_table: null }),
    };
    d.services.push(row);
    if (r && r.avgDecimals === 1 && r.avgScore !== null) notes.push(oneDecimalNote('services', rowKey('services', row), '8-кесте', r.avgScore));
  }
  if (table1.total) d.publishedAggregates.push({ ...fromTable(1), stat: 'total', entity_id: 'all', measure: 'respondents', value: table1.total.value });
  if (table8.total) {
    d.publishedAggregates.push({ ...fromTable(8), stat: 'total', entity_id: 'all', measure: 'avg_score', value: table8.total.avgScore });
    d.publishedAggregates.push({ ...fromTable(8), stat: 'total', entity_id: 'all', measure: 'satisfaction_pct', value: table8.total.satisfactionPct });
  }

  // Bodies: table 9 (2020, own), table 10 (2017–2019, own), appendix A (2020, all providers).
  const extra = { identical: [] as IdenticalYears[], nonNumeric: [] as NonNumericChange[] };
  const table9 = parseTable9(lines);
  pushRanked(d, notes, 'bodies', 'body_id', 'own', fromTable(9), table9);
  const table10 = parseTable10(lines);
  pushDynamics(d, notes, table10, { dataset: 'bodies', idCol: 'body_id', scope: 'own', table: 10, meanStat: 'mean_2017_2020', years: TABLE10_YEARS, skipYears: [2020] }, extra);
  for (const r10 of table10) {
    const r9 = table9.find((r) => r.id === r10.id);
    const c = r10.years.get(2020);
    if (!r9 || !c || r9.id === null) continue;
    if (r9.avgScore !== c.avgScore) notes.push(table9vs10Note(`${r9.id}:2020:own`, 'avg_score', r9.avgScore, c.avgScore));
    if (r9.satisfactionPct !== c.satisfactionPct) notes.push(table9vs10Note(`${r9.id}:2020:own`, 'satisfaction_pct', r9.satisfactionPct, c.satisfactionPct));
  }
  pushRanked(d, notes, 'bodies', 'body_id', 'all_providers', fromAppendix('A'), parseAppendixA(lines));

  // Regions: table 11 (2016–2020, local executive bodies), table 12 and appendix B (2020, all providers).
  pushDynamics(d, notes, parseTable11(lines), { dataset: 'regions', idCol: 'region_id', scope: 'leb', table: 11, meanStat: 'mean_2016_2020', years: TABLE11_YEARS, skipYears: [] }, extra);
  pushRanked(d, notes, 'regions', 'region_id', 'all_providers', fromTable(12), parseTable12(lines));
  pushRanked(d, notes, 'regions', 'region_id', 'appendix_b', fromAppendix('B'), parseAppendixB(lines));

  // Samples and language by region (tables 4, 5).
  for (const r of table4.rows) {
    if (r.regionId === null) throw new Error(`table 4, line ${r.line}: unknown region "${r.name}"`);
    d.regionSamples.push({ region_id: r.regionId, year: 2020, respondents: r.respondents, share_pct: r.sharePct, ...fromTable(4) });
  }
  if (table4.total) {
    d.publishedAggregates.push({ ...fromTable(4), stat: 'total', entity_id: 'all', measure: 'respondents', value: table4.total.respondents });
    d.publishedAggregates.push({ ...fromTable(4), stat: 'total', entity_id: 'all', measure: 'share_pct', value: table4.total.sharePct });
  }
  for (const r of parseTable5(lines)) {
    if (r.regionId === null) throw new Error(`table 5, line ${r.line}: unknown region "${r.name}"`);
    d.regionLanguages.push({ region_id: r.regionId, year: 2020, kazakh_pct: r.kazakhPct, russian_pct: r.russianPct, ...fromTable(5) });
  }

  // State Corporation and e-gov by service (tables 14, 15).
  const candidates = sectionNameCandidates(index.services);
  for (const [table, parsed] of [[14, parseTable14(lines)], [15, parseTable15(lines)]] as const) {
    const sectionOf = matchToSections(parsed.rows, candidates, `table ${table}`);
    pushChannelServices(d, notes, parsed.rows, sectionOf, serviceIdOf, table);
    for (const t of parsed.totals) {
      d.publishedAggregates.push({ ...fromTable(table), stat: 'total', entity_id: t.providerId, measure: 'avg_score', value: t.avgScore });
      d.publishedAggregates.push({ ...fromTable(table), stat: 'total', entity_id: t.providerId, measure: 'satisfaction_pct', value: t.satisfactionPct });
    }
  }

  // Per-service sections 2.1–2.70.
  const sectionNotes = sectionDatasets(d, sectionsExtractor(lines, regionNamer(namesKk)), serviceIdOf);

  notes.push(...fixedNotes({ identicalYears: extra.identical, nonNumericChanges: extra.nonNumeric }));
  const findings = runCrossChecks(d);
  notes.push(...findings.map(noteForFinding));
  // The sections module documents the inconsistencies of its own tables (sections 2.1–2.70).
  notes.push(...sectionNotes);
  const seenIds = new Set<string>();
  for (const n of notes) {
    if (seenIds.has(n.note_id)) continue;
    seenIds.add(n.note_id);
    d.notes.push({ ...n });
  }
  // Series breaks are derived from the report's text and the tables above (national, regions).
  d.seriesBreaks = buildSeriesBreaks(text, d).map((r) => ({ ...r }));
  return { files: writeFiles(d), datasets: d, findings };
}

