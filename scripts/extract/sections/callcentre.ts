// Contact-centre tables ("1414 және 1411 Бірыңғай байланыс орталығының жұмыс сапасын бағалау"):
// columns = centre | rated aspect | score | % | centre's overall score | centre's overall %.
// The centre name and its overall figures are printed on the centre's first row only.
import type { CallcentreRow } from './types.ts';
import { cleanCell, parseNumber } from '../lib/text.ts';
import { callcentreFromLabel, callcentreParamFromLabel, type CallcentreCentre } from './codes.ts';
import { DATASETS } from './datasets.ts';
import type { NoteLog } from './notes.ts';
import { tableSource, type CaptionedTable } from './tables.ts';
import { checkPair, readPct, readScore } from './values.ts';

export function isCallcentreTable(table: CaptionedTable): boolean {
  return /^колл-орталық$/i.test(table.header.cells[0] ?? '');
}

export function parseCallcentreTable(section: string, table: CaptionedTable, notes: NoteLog, seen: Set<string>): CallcentreRow[] {
  const rows: CallcentreRow[] = [];
  const source = tableSource(table);
  let centre: CallcentreCentre | null = null;
  let centreLabel: string;
  const push = (item: string, avgCell: string, pctCell: string, line: number) => {
    const key = `section=${section};item=${item}`;
    const target = { notes, dataset: DATASETS.callcentre, key, where: { table: table.number, line } };
    const avgScore = readScore(avgCell, target);
    const satisfactionPct = readPct(pctCell, target);
    if (avgScore === null && satisfactionPct === null) return;
    if (seen.has(key)) {
      notes.add(DATASETS.callcentre, key, 'duplicate_row', {
        kk: `${table.number}-кесте, ${line}-жол: «${item}» бөлімде екінші рет кездеседі; бірінші мән алынды.`,
        ru: `Таблица ${table.number}, строка ${line}: «${item}» встречается в разделе повторно; взято первое значение.`,
        en: `Table ${table.number}, line ${line}: "${item}" appears twice in the section; the first value is kept.`,
      });
      return;
    }
    seen.add(key);
    checkPair(avgScore, satisfactionPct, target);
    rows.push({ section, year: 2020, item, avgScore, satisfactionPct, source, line });
  };
  for (const row of table.rows) {
    const [first = '', paramLabel = '', avg = '', pct = '', centreAvg = '', centrePct = ''] = row.cells;
    if (first !== '') {
      centreLabel = cleanCell(first);
      centre = callcentreFromLabel(first);
      if (centre === null) {
        notes.add(DATASETS.callcentre, `section=${section};table=${table.number}`, 'unknown_label', {
          kk: `${table.number}-кесте, ${row.line}-жол: «${centreLabel}» байланыс орталығы танылмады; жолдары алынбады.`,
          ru: `Таблица ${table.number}, строка ${row.line}: контакт-центр «${centreLabel}» не распознан; его строки не извлечены.`,
          en: `Table ${table.number}, line ${row.line}: contact centre "${centreLabel}" not recognised; its rows were skipped.`,
        });
      } else if (centre === '1414_local') {
        notes.add(DATASETS.callcentre, `section=${section};item=1414_local.overall`, 'merged_label', {
          kk: `${table.number}-кесте, ${row.line}-жол: «${centreLabel}» — 1414 және жергілікті нөмір бір жолда берілген; бөлуге болмайды.`,
          ru: `Таблица ${table.number}, строка ${row.line}: «${centreLabel}» — 1414 и местный номер даны одной строкой; разделить нельзя.`,
          en: `Table ${table.number}, line ${row.line}: "${centreLabel}" pools 1414 and a local number in one row; they cannot be separated.`,
        });
      }
      if (centre && (parseNumber(centreAvg) !== null || parseNumber(centrePct) !== null)) {
        push(`${centre}.overall`, centreAvg, centrePct, row.line);
      }
    }
    if (centre === null) continue;
    const param = callcentreParamFromLabel(paramLabel);
    if (param === null) {
      if (row.cells.slice(2).some((c) => parseNumber(c) !== null)) {
        notes.add(DATASETS.callcentre, `section=${section};table=${table.number}`, 'unknown_label', {
          kk: `${table.number}-кесте, ${row.line}-жол: «${cleanCell(paramLabel)}» параметрі танылмады; алынбады.`,
          ru: `Таблица ${table.number}, строка ${row.line}: параметр «${cleanCell(paramLabel)}» не распознан; не извлечён.`,
          en: `Table ${table.number}, line ${row.line}: aspect "${cleanCell(paramLabel)}" not recognised; skipped.`,
        });
      }
      continue;
    }
    push(`${centre}.${param}`, avg, pct, row.line);
  }
  return rows;
}
