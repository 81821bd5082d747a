// Table 8: the overall ranking of the 62 surveyed services (all providers counted).
import { nameKey, parseNumber, parseNumberWithPrecision } from '../lib/text.ts';
import { findCaption, hasNoNumbers, mergeSplitRows, readTable } from './table-reader.ts';

export interface RankingRow {
  rank: number;
  bodyAbbr: string;
  nameKk: string;
  avgScore: number | null;
  /** Decimals printed for the score (1 for "4,7"), kept for the precision notes. */
  avgDecimals: number;
  satisfactionPct: number | null;
  lines: number[];
}

export interface Table8 {
  rows: RankingRow[];
  total: { avgScore: number | null; satisfactionPct: number | null; line: number } | null;
  repeatedHeaderLines: number[];
  splitLines: number[];
}

export function parseTable8(lines: readonly string[]): Table8 {
  const block = readTable(lines, findCaption(lines, 8));
  const merged = mergeSplitRows(block.rows, (r, prev) => (r.cells[0] ?? '') === '' && (hasNoNumbers(r, [3, 4]) || hasNoNumbers(prev, [3, 4])));
  const rows: RankingRow[] = [];
  let total: Table8['total'] = null;
  for (const r of merged.rows) {
    const [rank = '', abbr = '', name = '', avg = '', pct = ''] = r.cells;
    if (rank === '' && /^(барлығы|жиыны|итого)$/.test(nameKey(name))) {
      total = { avgScore: parseNumber(avg), satisfactionPct: parseNumber(pct), line: r.line };
      continue;
    }
    const rankValue = parseNumber(rank);
    if (rankValue === null) continue;
    rows.push({
      rank: rankValue,
      bodyAbbr: abbr,
      nameKk: name,
      avgScore: parseNumber(avg),
      avgDecimals: parseNumberWithPrecision(avg)?.decimals ?? 0,
      satisfactionPct: parseNumber(pct),
      lines: r.lines,
    });
  }
  return { rows, total, repeatedHeaderLines: block.repeatedHeaderLines, splitLines: merged.splitLines };
}
