// Central state bodies: table 9 (2020, own offices), table 10 (2017–2020, own offices, with the
// published 2019→2020 change and 4-year mean) and appendix A (2020, all providers counted).
import { parseNumber, parseNumberWithPrecision } from '../lib/text.ts';
import { bodyFromName } from '../reference/bodies.ts';
import { findCaption, findHeading, readTable } from './table-reader.ts';

export interface ScoreCell { avgScore: number | null; satisfactionPct: number | null; avgDecimals: number }

export interface RankedEntityRow extends ScoreCell {
  /** Stable id (body or region), null when the printed name is not recognised. */
  id: string | null;
  name: string;
  rank: number | null;
  line: number;
}

export interface DynamicsRow {
  id: string | null;
  name: string;
  order: number | null;
  line: number;
  years: Map<number, ScoreCell>;
  /** Published 2019→2020 change, as printed ("-" and empty are kept as raw text). */
  change: { avgScore: number | null; satisfactionPct: number | null; rawPct: string };
  mean: { avgScore: number | null; satisfactionPct: number | null };
}

export function scoreCell(avg: string, pct: string): ScoreCell {
  return { avgScore: parseNumber(avg), satisfactionPct: parseNumber(pct), avgDecimals: parseNumberWithPrecision(avg)?.decimals ?? 0 };
}

/** Rows "rank | name | avg | pct" (tables 9, 12, appendices A and B). */
export function parseRankedTable(lines: readonly string[], from: number, idFromName: (n: string) => string | null): RankedEntityRow[] {
  return readTable(lines, from).rows.map((r) => {
    const [rank = '', name = '', avg = '', pct = ''] = r.cells;
    return { id: idFromName(name), name, rank: parseNumber(rank), line: r.line, ...scoreCell(avg, pct) };
  });
}

/** Rows "order | name | (avg | pct) per year … | change avg | change % | mean avg | mean %" (tables 10, 11). */
export function parseDynamicsTable(
  lines: readonly string[],
  from: number,
  years: readonly number[],
  idFromName: (n: string) => string | null,
): DynamicsRow[] {
  return readTable(lines, from).rows.map((r) => {
    const c = r.cells;
    const cell = (i: number) => c[i] ?? '';
    const byYear = new Map<number, ScoreCell>();
    years.forEach((y, k) => byYear.set(y, scoreCell(cell(2 + 2 * k), cell(3 + 2 * k))));
    const after = 2 + 2 * years.length;
    return {
      id: idFromName(cell(1)),
      name: cell(1),
      order: parseNumber(cell(0)),
      line: r.line,
      years: byYear,
      change: { avgScore: parseNumber(cell(after)), satisfactionPct: parseNumber(cell(after + 1)), rawPct: cell(after + 1) },
      mean: { avgScore: parseNumber(cell(after + 2)), satisfactionPct: parseNumber(cell(after + 3)) },
    };
  });
}

const bodyId = (name: string) => bodyFromName(name)?.id ?? null;

export function parseTable9(lines: readonly string[]): RankedEntityRow[] {
  return parseRankedTable(lines, findCaption(lines, 9), bodyId);
}

export const TABLE10_YEARS = [2017, 2018, 2019, 2020] as const;
export function parseTable10(lines: readonly string[]): DynamicsRow[] {
  return parseDynamicsTable(lines, findCaption(lines, 10), TABLE10_YEARS, bodyId);
}

export function parseAppendixA(lines: readonly string[]): RankedEntityRow[] {
  return parseRankedTable(lines, findHeading(lines, 'А ҚОСЫМШАСЫ'), bodyId);
}
