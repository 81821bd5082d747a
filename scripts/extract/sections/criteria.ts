// "Criteria by channel" tables (e.g. table 16): rows = the 8 criteria, then "Алу нысаны бойынша орташа
// мәні" (average by channel); column pairs (score, %) per channel; the last two columns carry the
// service's overall score and satisfaction on the first data row only.
import type { ChannelAverageRow, CriterionRow } from './types.ts';
import type { ChannelId } from '../lib/ids.ts';
import { cleanCell } from '../lib/text.ts';
import { channelFromHeader, criterionFromLabel } from './codes.ts';
import { DATASETS } from './datasets.ts';
import { kkNumber, noteNumber, type NoteLog } from './notes.ts';
import { tableSource, type CaptionedTable } from './tables.ts';
import { checkPair, readPct, readScore } from './values.ts';
import { parseNumber } from '../lib/text.ts';

export function isCriteriaTable(table: CaptionedTable): boolean {
  return /критерий/i.test(table.header.cells[0] ?? '') && !table.header.cells.some((c) => /^өңір$/i.test(c));
}

export interface CriteriaParse {
  criteria: CriterionRow[];
  channelAverages: ChannelAverageRow[];
  overall: { avgScore: number | null; satisfactionPct: number | null; line: number } | null;
}

/** `elsewhere`: lines another parser extracts (section 2.62's aspects), not reported as left out. */
export function parseCriteriaTable(section: string, table: CaptionedTable, notes: NoteLog, elsewhere: ReadonlySet<number> = new Set()): CriteriaParse {
  const source = tableSource(table);
  const header = table.header.cells;
  let channels: Array<{ col: number; channel: ChannelId }> = [];
  header.forEach((cell, col) => {
    const channel = col > 0 ? channelFromHeader(cell) : null;
    if (channel) channels.push({ col, channel });
  });
  const overallAvgCol = header.findIndex((c) => /орташа балы/i.test(c));
  const overallPctCol = header.findIndex((c, i) => i > 0 && /сапасына қанағаттану деңгейі/i.test(c));
  if (channels.length === 0) {
    // Table 43 prints only "орташа балл | қанағаттану деңгейі" with no channel name: the figures are
    // the service's total, so they are filed under 'all' rather than guessed to be one channel.
    channels = [{ col: 1, channel: 'all' }];
    notes.add(DATASETS.criteria, `section=${section};table=${table.number}`, 'missing_channel_label', {
      kk: `${table.number}-кесте (${section}): арна атауы басылмаған; мәндер «барлық арналар» ретінде алынды.`,
      ru: `Таблица ${table.number} (${section}): название канала не напечатано; значения отнесены ко «всем каналам».`,
      en: `Table ${table.number} (${section}): no channel name printed; values filed under "all channels".`,
    });
  }

  const result: CriteriaParse = { criteria: [], channelAverages: [], overall: null };
  const seen = new Set<string>();
  const unmapped: string[] = [];
  for (const row of table.rows) {
    const label = row.cells[0] ?? '';
    const hasNumbers = row.cells.slice(1).some((c) => parseNumber(c) !== null);
    if (!hasNumbers) continue; // sub-header ("Орташа балл | %") or a criterion nobody rated
    if (result.overall === null && overallAvgCol > 0) {
      const avgCell = row.cells[overallAvgCol] ?? '';
      const pctCell = overallPctCol > 0 ? (row.cells[overallPctCol] ?? '') : '';
      if (parseNumber(avgCell) !== null || parseNumber(pctCell) !== null) {
        result.overall = { avgScore: parseNumber(avgCell), satisfactionPct: parseNumber(pctCell), line: row.line };
      }
    }
    const criterion = criterionFromLabel(label);
    if (criterion === null) {
      if (!elsewhere.has(row.line)) unmapped.push(cleanCell(label));
      continue;
    }
    for (const { col, channel } of channels) {
      const key =
        criterion === 'average'
          ? `section=${section};channel=${channel}`
          : `section=${section};criterion=${criterion};channel=${channel}`;
      const dataset = criterion === 'average' ? DATASETS.channelAverages : DATASETS.criteria;
      const target = { notes, dataset, key, where: { table: table.number, line: row.line } };
      const avgScore = readScore(row.cells[col] ?? '', target);
      const satisfactionPct = readPct(row.cells[col + 1] ?? '', target);
      if (avgScore === null && satisfactionPct === null) continue;
      if (seen.has(key)) {
        notes.add(dataset, key, 'duplicate_row', {
          kk: `${table.number}-кесте, ${row.line}-жол: «${cleanCell(label)}» жолы қайталанады; бірінші жол алынды.`,
          ru: `Таблица ${table.number}, строка ${row.line}: строка «${cleanCell(label)}» повторяется; взята первая.`,
          en: `Table ${table.number}, line ${row.line}: row "${cleanCell(label)}" repeats; the first one is kept.`,
        });
        continue;
      }
      seen.add(key);
      checkPair(avgScore, satisfactionPct, target);
      const base = { section, year: 2020, channel, avgScore, satisfactionPct, source, line: row.line };
      if (criterion === 'average') result.channelAverages.push(base);
      else result.criteria.push({ ...base, criterionId: criterion });
    }
  }
  if (unmapped.length > 0) {
    notes.add(DATASETS.criteria, `section=${section};table=${table.number}`, 'criteria_not_extracted', {
      kk: `${table.number}-кесте (${section}): ${unmapped.length} жол 8 бағалау критерийінің біріне сәйкес келмейді, алынбады (${unmapped.join('; ')}).`,
      ru: `Таблица ${table.number} (${section}): ${unmapped.length} строк не соответствуют ни одному из 8 критериев и не извлечены (${unmapped.join('; ')}).`,
      en: `Table ${table.number} (${section}): ${unmapped.length} rows match none of the 8 criteria and were not extracted (${unmapped.join('; ')}).`,
    });
  }
  return result;
}

/** The table's overall figures must repeat the section's headline; report any difference. */
export function compareWithHeadline(
  section: string,
  table: CaptionedTable,
  overall: CriteriaParse['overall'],
  headline: { avgScore: number | null; satisfactionPct: number | null },
  notes: NoteLog,
): void {
  if (!overall) return;
  const differs = (a: number | null, b: number | null) => a !== null && b !== null && Math.abs(a - b) > 1e-9;
  if (!differs(overall.avgScore, headline.avgScore) && !differs(overall.satisfactionPct, headline.satisfactionPct)) return;
  const t = `${kkNumber(overall.avgScore)} / ${kkNumber(overall.satisfactionPct)}%`;
  const h = `${kkNumber(headline.avgScore)} / ${kkNumber(headline.satisfactionPct)}%`;
  const tEn = `${noteNumber(overall.avgScore, 'en')} / ${noteNumber(overall.satisfactionPct, 'en')}%`;
  const hEn = `${noteNumber(headline.avgScore, 'en')} / ${noteNumber(headline.satisfactionPct, 'en')}%`;
  notes.add(DATASETS.headlines, `section=${section}`, 'headline_mismatch', {
    kk: `${section}: ${table.number}-кестедегі жалпы мән (${t}, ${overall.line}-жол) бөлімнің негізгі көрсеткішінен (${h}) өзгеше.`,
    ru: `${section}: общий итог в таблице ${table.number} (${t}, строка ${overall.line}) отличается от заявленного в разделе (${h}).`,
    en: `${section}: the overall figure in table ${table.number} (${tEn}, line ${overall.line}) differs from the section's headline (${hEn}).`,
  });
}
