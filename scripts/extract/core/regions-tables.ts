// Regions: table 4 (sample), table 5 (language), table 11 (local executive bodies 2016–2020),
// table 12 (2020, all providers) and appendix B (2020, all providers, a second ranking).
import { regionIdFromName } from '../lib/regions.ts';
import { nameKey, parseNumber } from '../lib/text.ts';
import { parseDynamicsTable, parseRankedTable, type DynamicsRow, type RankedEntityRow } from './bodies-tables.ts';
import { findCaption, findHeading, readTable } from './table-reader.ts';

/** Respondents living abroad ("Басқа елдер") are a row of tables 4 and 5 but not a region. */
export const ABROAD = 'abroad';
const isAbroad = (name: string) => nameKey(name).startsWith('басқа елдер');
const regionOrAbroad = (name: string): string | null => (isAbroad(name) ? ABROAD : regionIdFromName(name));

export interface SampleByRegion { regionId: string | null; name: string; respondents: number | null; sharePct: number | null; line: number }

export function parseTable4(lines: readonly string[]): { rows: SampleByRegion[]; total: SampleByRegion | null } {
  const rows: SampleByRegion[] = [];
  let total: SampleByRegion | null = null;
  for (const r of readTable(lines, findCaption(lines, 4)).rows) {
    const [name = '', count = '', pct = ''] = r.cells;
    const row = { regionId: regionOrAbroad(name), name, respondents: parseNumber(count), sharePct: parseNumber(pct), line: r.line };
    if (/^(барлығы|жиыны)$/.test(nameKey(name))) total = row;
    else rows.push(row);
  }
  return { rows, total };
}

export interface LanguageByRegion { regionId: string | null; name: string; kazakhPct: number | null; russianPct: number | null; line: number }

export function parseTable5(lines: readonly string[]): LanguageByRegion[] {
  return readTable(lines, findCaption(lines, 5)).rows
    .filter((r) => (r.cells[0] ?? '') !== '') // second header row "| Қазақша | Орысша"
    .map((r) => {
      const [name = '', kk = '', ru = ''] = r.cells;
      return { regionId: regionOrAbroad(name), name, kazakhPct: parseNumber(kk), russianPct: parseNumber(ru), line: r.line };
    });
}

export const TABLE11_YEARS = [2016, 2017, 2018, 2019, 2020] as const;
export function parseTable11(lines: readonly string[]): DynamicsRow[] {
  return parseDynamicsTable(lines, findCaption(lines, 11), TABLE11_YEARS, regionIdFromName);
}

export function parseTable12(lines: readonly string[]): RankedEntityRow[] {
  return parseRankedTable(lines, findCaption(lines, 12), regionIdFromName);
}

export function parseAppendixB(lines: readonly string[]): RankedEntityRow[] {
  return parseRankedTable(lines, findHeading(lines, 'Б ҚОСЫМШАСЫ'), regionIdFromName);
}
