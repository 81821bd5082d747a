// "By provider" tables (e.g. table 18): provider | score | satisfaction.
import type { ProviderRow } from './types.ts';
import { cleanCell } from '../lib/text.ts';
import { providerFromLabel } from './codes.ts';
import { DATASETS } from './datasets.ts';
import { at, type NoteLog, type Where } from './notes.ts';
import { tableSource, type CaptionedTable } from './tables.ts';
import { checkPair, readPct, readScore } from './values.ts';

export function isProviderTable(table: CaptionedTable): boolean {
  return /^қызмет көрсетуші$/i.test(table.header.cells[0] ?? '');
}

export function parseProviderTable(section: string, table: CaptionedTable, notes: NoteLog, seen: Set<string>): ProviderRow[] {
  const rows: ProviderRow[] = [];
  for (const row of table.rows) {
    const label = cleanCell(row.cells[0] ?? '');
    if (label === '') continue;
    const providerId = providerFromLabel(label);
    const key = `section=${section};provider=${providerId ?? label}`;
    const where: Where = { table: table.number, line: row.line };
    if (providerId === null) {
      notes.add(DATASETS.providers, key, 'unknown_label', {
        kk: `${at(where, 'kk')}: «${label}» қызмет берушісі танылмады; жол алынбады.`,
        ru: `${at(where, 'ru')}: услугодатель «${label}» не распознан; строка не извлечена.`,
        en: `${at(where, 'en')}: provider "${label}" not recognised; row skipped.`,
      });
      continue;
    }
    const target = { notes, dataset: DATASETS.providers, key, where };
    const avgScore = readScore(row.cells[1] ?? '', target);
    const satisfactionPct = readPct(row.cells[2] ?? '', target);
    if (avgScore === null && satisfactionPct === null) {
      notes.add(DATASETS.providers, key, 'empty_row', {
        kk: `${at(where, 'kk')}: «${label}» жолы бос (балл да, пайыз да жоқ); алынбады.`,
        ru: `${at(where, 'ru')}: строка «${label}» пуста (нет ни балла, ни процента); не извлечена.`,
        en: `${at(where, 'en')}: row "${label}" is empty (no score, no percentage); skipped.`,
      });
      continue;
    }
    if (seen.has(key)) {
      notes.add(DATASETS.providers, key, 'duplicate_row', {
        kk: `${at(where, 'kk')}: «${label}» түрі бойынша бөлімде екінші жол; бірінші жол алынды.`,
        ru: `${at(where, 'ru')}: второй ряд того же типа услугодателя («${label}») в разделе; взят первый.`,
        en: `${at(where, 'en')}: a second row of the same provider kind ("${label}") in the section; the first is kept.`,
      });
      continue;
    }
    seen.add(key);
    checkPair(avgScore, satisfactionPct, target);
    rows.push({ section, year: 2020, providerId, providerLabel: label, avgScore, satisfactionPct, source: tableSource(table), line: row.line });
  }
  return rows;
}
