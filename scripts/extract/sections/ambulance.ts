// Section 2.62 (calling an ambulance) has tables of its own besides the usual ones:
// - table 190: how long respondents waited for the ambulance (answers, count, %, total);
// - table 191: five aspects of the service rated nationally (score, %), instead of the 8 criteria;
// - table 192: the same five aspects by region (scores only; the last column, the regional
//   average, is read by regions.ts into service_regions).
// Labels are matched exactly; an unknown label stops the extraction rather than being guessed.
import { aspectFromLabel, type AspectId } from '../reference/aspects.ts';
import { regionIdFromName } from '../lib/regions.ts';
import { cleanCell, nameKey, parseNumber } from '../lib/text.ts';
import { tableSource, type CaptionedTable } from './tables.ts';
import type { AnswerRow, AnswerTotal, AspectRow } from './types.ts';

export const AMBULANCE_SECTION = '2.62';
export const WAIT_TIME_QUESTION = 'ambulance_wait_time';

/** Answers of table 190 as printed (nameKey) → stable id. The categories overlap as published. */
const WAIT_ANSWERS: ReadonlyMap<string, string> = new Map([
  ['10 минутқа дейін', 'up_to_10_min'],
  ['15 минутқа дейін', 'up_to_15_min'],
  ['30 минутқа дейін', 'up_to_30_min'],
  ['1 сағатқа дейін', 'up_to_1_hour'],
  ['1 сағаттан аса', 'over_1_hour'],
  ['2 сағатқа дейін', 'up_to_2_hours'],
  ['4 сағат', 'hours_4'],
  ['5 күнге дейін', 'up_to_5_days'],
  ['есімде жоқ', 'dont_remember'],
]);
const TOTAL = 'барлығы';

export function isWaitTimeTable(section: string, table: CaptionedTable): boolean {
  return section === AMBULANCE_SECTION && /күттіңіз/.test(nameKey(table.caption));
}

export function parseWaitTimeTable(section: string, table: CaptionedTable): { answers: AnswerRow[]; total: AnswerTotal | null } {
  const source = tableSource(table);
  const answers: AnswerRow[] = [];
  let total: AnswerTotal | null = null;
  for (const row of table.rows) {
    const label = cleanCell(row.cells[0] ?? '');
    if (label === '') continue;
    const respondents = parseNumber(row.cells[1] ?? '');
    const sharePct = parseNumber(row.cells[2] ?? '');
    if (nameKey(label) === TOTAL) {
      total = { section, year: 2020, question: WAIT_TIME_QUESTION, respondents, sharePct, source, line: row.line };
      continue;
    }
    const answer = WAIT_ANSWERS.get(nameKey(label));
    if (!answer) throw new Error(`table ${table.number}, line ${row.line}: unknown answer "${label}"`);
    answers.push({ section, year: 2020, question: WAIT_TIME_QUESTION, answer, position: answers.length + 1, answerKk: label, respondents, sharePct, source, line: row.line });
  }
  return { answers, total };
}

/** Table 191: rows are aspects (the 8 criteria parser leaves them aside), columns score and %. */
export function parseAspectTable(section: string, table: CaptionedTable): AspectRow[] {
  if (section !== AMBULANCE_SECTION) return [];
  const source = tableSource(table);
  const rows: AspectRow[] = [];
  for (const row of table.rows) {
    const aspectId = aspectFromLabel(nameKey(row.cells[0] ?? ''));
    if (!aspectId) continue; // sub-header, or the "average by channel" row (service_channels)
    rows.push({ section, year: 2020, aspectId, regionId: null, avgScore: parseNumber(row.cells[1] ?? ''), satisfactionPct: parseNumber(row.cells[2] ?? ''), source, line: row.line });
  }
  return rows;
}

/** Table 192: one row per region (ranked, not in the standard order), one score column per aspect. */
export function parseAspectRegionTable(section: string, table: CaptionedTable): AspectRow[] {
  if (section !== AMBULANCE_SECTION) return [];
  const source = tableSource(table);
  const header = table.header.cells.map(nameKey);
  const regionCol = header.indexOf('өңір');
  const aspectCols: Array<{ col: number; aspectId: AspectId }> = [];
  header.forEach((h, col) => {
    const aspectId = aspectFromLabel(h);
    if (aspectId) aspectCols.push({ col, aspectId });
  });
  if (regionCol < 0 || aspectCols.length === 0) return [];
  const rows: AspectRow[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const label = cleanCell(row.cells[regionCol] ?? '');
    if (label === '') continue;
    const regionId = regionIdFromName(label);
    if (!regionId || seen.has(regionId)) throw new Error(`table ${table.number}, line ${row.line}: region "${label}" unknown or repeated`);
    seen.add(regionId);
    for (const { col, aspectId } of aspectCols) {
      rows.push({ section, year: 2020, aspectId, regionId, avgScore: parseNumber(row.cells[col] ?? ''), satisfactionPct: null, source, line: row.line });
    }
  }
  return rows;
}
