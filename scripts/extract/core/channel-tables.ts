// Table 14 (State Corporation by service: self-service zone, then service hall via a manager) and
// table 15 (e-gov / e-licensing portals by service). Both have rows split over page breaks.
import type { ProviderId } from '../lib/ids.ts';
import { cleanCell, nameKey, parseNumber, parseNumberWithPrecision } from '../lib/text.ts';
import { findCaption, hasNoNumbers, mergeSplitRows, readTable } from './table-reader.ts';

export interface ChannelServiceRow {
  /** Group the row belongs to: state_corp_self / state_corp_manager (table 14), online_all (table 15). */
  providerId: ProviderId;
  rank: number;
  nameKk: string;
  /** The "provider" cell as printed (table 15 names the portals and sometimes other operators). */
  providerLabel: string;
  avgScore: number | null;
  avgDecimals: number;
  satisfactionPct: number | null;
  lines: number[];
}

export interface ChannelTotalRow { providerId: ProviderId; label: string; avgScore: number | null; satisfactionPct: number | null; line: number }

export interface ChannelTable {
  rows: ChannelServiceRow[];
  totals: ChannelTotalRow[];
  splitLines: number[];
  repeatedHeaderLines: number[];
}

function groupOf(label: string): ProviderId | null {
  const key = nameKey(label);
  if (key.includes('өзіне өзі')) return 'state_corp_self';
  if (key.includes('менеджер')) return 'state_corp_manager';
  if (key.includes('корпорация')) return 'state_corp';
  if (key.includes('электрондық')) return 'online_all';
  return null;
}

function parseChannelTable(lines: readonly string[], table: 14 | 15, firstGroup: ProviderId): ChannelTable {
  const block = readTable(lines, findCaption(lines, table));
  const merged = mergeSplitRows(block.rows, (r, prev) => (r.cells[0] ?? '') === '' && (hasNoNumbers(r, [3, 4]) || hasNoNumbers(prev, [3, 4])));
  const rows: ChannelServiceRow[] = [];
  const totals: ChannelTotalRow[] = [];
  for (const r of merged.rows) {
    const [rank = '', name = '', label = '', avg = '', pct = ''] = r.cells;
    if (/^(жиыны|барлығы)/.test(nameKey(rank))) {
      const g = groupOf(rank) ?? 'state_corp';
      totals.push({ providerId: g, label: cleanCell(rank), avgScore: parseNumber(avg), satisfactionPct: parseNumber(pct), line: r.line });
      continue;
    }
    const rankValue = parseNumber(rank);
    if (rankValue === null) continue;
    rows.push({
      providerId: firstGroup, // table 14 groups are assigned from their closing totals below
      rank: rankValue,
      nameKk: name,
      providerLabel: label,
      avgScore: parseNumber(avg),
      avgDecimals: parseNumberWithPrecision(avg)?.decimals ?? 0,
      satisfactionPct: parseNumber(pct),
      lines: r.lines,
    });
  }
  return { rows, totals, splitLines: merged.splitLines, repeatedHeaderLines: block.repeatedHeaderLines };
}

export function parseTable14(lines: readonly string[]): ChannelTable {
  const t = parseChannelTable(lines, 14, 'state_corp_self');
  // Table 14 names each group once (in one row's "provider" cell, once even on a split row), but
  // every group is closed by its total ("ЖИЫНЫ … (өзіне-өзі …)"): the ranking restarts at 1 after it.
  const closing = t.totals.filter((x) => x.providerId !== 'state_corp');
  let g = 0;
  let prevRank = 0;
  for (const row of t.rows) {
    if (row.rank <= prevRank) g++;
    prevRank = row.rank;
    const total = closing[g];
    if (total) row.providerId = total.providerId;
  }
  return t;
}

export function parseTable15(lines: readonly string[]): ChannelTable {
  const t = parseChannelTable(lines, 15, 'online_all');
  for (const total of t.totals) total.providerId = 'online_all';
  return t;
}
