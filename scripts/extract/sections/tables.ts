// Locates captioned tables ("N-кесте. …") inside a section and collects their rows.
// A table is the run of tab-separated lines after its caption. Page breaks show up as blank lines,
// usually followed by a repeat of the header row; both are stitched back into one table here.
import { splitRow, cleanCell } from '../lib/text.ts';
import { fromTable, type SourceRef } from '../lib/source.ts';

export interface TableRow {
  cells: string[];
  line: number; // 1-based line number in the source file, for notes and tests
}

export interface CaptionedTable {
  number: number; // the caption's table number (captions are reliable; prose references are not)
  caption: string;
  captionLine: number; // 1-based
  header: TableRow; // first tab line
  rows: TableRow[]; // everything after the header, repeated headers removed
  repeatedHeaderLines: number[]; // 1-based lines of headers repeated after a page break
}

const CAPTION = /^(?:#{1,6}\s*)?(?:\*\*)?\s*(\d{1,3})-кесте\.\s*=?\s*(.*?)\s*(?:\*\*)?\s*$/;
// Lines between a caption and its header (blank lines, a stray "Кесте" note); more means no table.
const MAX_GAP_BEFORE_HEADER = 4;
// Blank lines allowed inside one table at a page break.
const MAX_PAGE_BREAK_GAP = 6;

export function findTables(lines: string[], start: number, end: number): CaptionedTable[] {
  const tables: CaptionedTable[] = [];
  for (let i = start; i < end; i++) {
    const text = lines[i] ?? '';
    if (text.includes('\t')) continue;
    const m = CAPTION.exec(text.trim());
    if (!m) continue;
    const table = readTable(lines, i, end, Number(m[1]), cleanCell(m[2] ?? ''));
    if (table) tables.push(table);
  }
  return tables;
}

function readTable(lines: string[], captionIndex: number, end: number, number: number, caption: string): CaptionedTable | null {
  let i = captionIndex + 1;
  while (i < end && i <= captionIndex + MAX_GAP_BEFORE_HEADER && !(lines[i] ?? '').includes('\t')) i++;
  if (i >= end || !(lines[i] ?? '').includes('\t')) return null;
  const header: TableRow = { cells: splitRow(lines[i] ?? ''), line: i + 1 };
  const headerKey = rowKey(header.cells);
  const rows: TableRow[] = [];
  const repeatedHeaderLines: number[] = [];
  i++;
  while (i < end) {
    const text = lines[i] ?? '';
    if (text.includes('\t')) {
      const cells = splitRow(text);
      if (rowKey(cells) === headerKey) repeatedHeaderLines.push(i + 1);
      else rows.push({ cells, line: i + 1 });
      i++;
      continue;
    }
    // Not a table line: continue only across a short run of blank lines that leads to more table lines.
    let j = i;
    while (j < end && j - i < MAX_PAGE_BREAK_GAP && (lines[j] ?? '').trim() === '') j++;
    if (j < end && j > i && (lines[j] ?? '').includes('\t')) {
      i = j;
      continue;
    }
    break;
  }
  return { number, caption, captionLine: captionIndex + 1, header, rows, repeatedHeaderLines };
}

/** Header rows are compared without formatting ("<b>Өңір</b>" repeats "Өңір"). */
function rowKey(cells: string[]): string {
  return cells.map((c) => c.toLowerCase()).join('\t').replace(/\t+$/, '');
}

/** The provenance of every row taken from a table. */
export function tableSource(table: CaptionedTable): SourceRef {
  return fromTable(table.number);
}
