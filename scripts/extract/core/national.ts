// Table 6 (national trend 2014–2020) and table 7 (scores by kind of provider, 2020).
import type { ProviderId } from '../lib/ids.ts';
import { cleanCell, nameKey, parseNumber } from '../lib/text.ts';
import { findCaption, readTable } from './table-reader.ts';

export interface NationalRow {
  year: number;
  avgScore: number | null;
  satisfactionPct: number | null;
  respondents: number | null;
  services: number | null;
  scaleMax: number;
  line: number;
}

/**
 * Years marked "*" used another scale; the footnote under the table says which
 * ("… 10 балдық шкаласы қолданылған"), so the scale is read, not assumed.
 */
export function parseTable6(lines: readonly string[]): NationalRow[] {
  const caption = findCaption(lines, 6);
  const block = readTable(lines, caption);
  const lastLine = block.rows[block.rows.length - 1]?.line ?? caption;
  let markedScale: number | null = null;
  for (let i = lastLine; i < Math.min(lines.length, lastLine + 6); i++) {
    const m = /(\d+)\s*балдық шкала/.exec(lines[i] ?? '');
    if (m) { markedScale = Number(m[1]); break; }
  }
  return block.rows.flatMap((r) => {
    const [yearCell = '', avg = '', pct = '', sample = '', services = ''] = r.cells;
    const year = parseNumber(yearCell.replace('*', ''));
    if (year === null) return [];
    const marked = yearCell.includes('*');
    if (marked && markedScale === null) throw new Error(`table 6: year ${year} marked * but no scale footnote`);
    return [{
      year,
      avgScore: parseNumber(avg),
      satisfactionPct: parseNumber(pct),
      respondents: parseNumber(sample),
      services: parseNumber(services),
      scaleMax: marked && markedScale !== null ? markedScale : 5,
      line: r.line,
    }];
  });
}

export interface ProviderKindRow { providerId: ProviderId; label: string; avgScore: number | null; satisfactionPct: number | null; line: number }

/** Provider kind for a row label of tables 7 and 13. Order matters: the totals mention the corporation too. */
export function providerIdFromLabel(label: string): ProviderId | null {
  const key = nameKey(label);
  if (key.includes('өзіне өзі')) return 'state_corp_self';
  if (key.includes('менеджер')) return 'state_corp_manager';
  if (key.includes('жалпы бағасы')) return 'all';
  if (key.includes('корпорация')) return 'state_corp';
  if (key.includes('лицензиялау') || key.includes('портал')) return 'online_all';
  if (/(^| )жао( |$)/.test(key)) return 'leb';
  if (/(^| )омо( |$)/.test(key)) return 'central_body';
  return null;
}

export function parseProviderKinds(lines: readonly string[], table: 7 | 13): ProviderKindRow[] {
  const block = readTable(lines, findCaption(lines, table));
  return block.rows.map((r) => {
    const [label = '', avg = '', pct = ''] = r.cells;
    const providerId = providerIdFromLabel(label);
    if (providerId === null) throw new Error(`table ${table}, line ${r.line}: unknown provider "${cleanCell(label)}"`);
    return { providerId, label, avgScore: parseNumber(avg), satisfactionPct: parseNumber(pct), line: r.line };
  });
}
