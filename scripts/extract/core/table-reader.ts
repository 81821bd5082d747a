// Generic reader for the tab-separated tables of the report's text conversion.
// A table starts after its caption ("8-кесте. …"), may be interrupted by page breaks (blank lines,
// then the header row printed again) and ends at the first non-blank line without a tab.
import { cleanCell, nameKey, parseNumber, splitRow } from '../lib/text.ts';

/** One table row as printed. `line` is the 1-based line number in the source, for citations. */
export interface SourceRow {
  line: number;
  /** All source lines merged into this row (more than one when a row was split by a page break). */
  lines: number[];
  cells: string[];
  /** True when the row follows a header repeated after a page break (only such rows can be halves of a split row). */
  afterPageBreak?: boolean;
}

export interface TableBlock {
  captionLine: number;
  header: SourceRow;
  rows: SourceRow[];
  /** Lines where the header row was printed again after a page break. */
  repeatedHeaderLines: number[];
}

const CAPTION = /^[#*\s]*(\d+)-кесте[.\s]/;

/** 0-based index of the caption of table `n` (first occurrence at the start of a line), or -1. */
export function findCaption(lines: readonly string[], n: number): number {
  return lines.findIndex((l) => {
    const m = CAPTION.exec(l);
    return m !== null && Number(m[1]) === n;
  });
}

/** 0-based index of the first line whose cleaned text (markdown '#' removed) equals `heading`. */
export function findHeading(lines: readonly string[], heading: string): number {
  const want = nameKey(heading);
  return lines.findIndex((l) => nameKey(l.replace(/^#+\s*/, '')) === want);
}

function isHeaderRepeat(row: string[], header: string[]): boolean {
  return row.length > 0 && row[0] !== '' && nameKey(row[0] ?? '') === nameKey(header[0] ?? '');
}

/** Second header rows of two-level headers ("Орташа балл | %"): no number anywhere, a unit label. */
function isSubHeader(row: string[]): boolean {
  const hasNumber = row.some((c) => parseNumber(c) !== null);
  return !hasNumber && row.some((c) => /^(орташа балл|%|қанағаттану деңгейі)$/i.test(c));
}

/**
 * Read the table that starts after line index `from` (a caption or heading). Skips prose lines
 * before the header (appendix titles), repeated headers and two-level header rows.
 */
export function readTable(lines: readonly string[], from: number): TableBlock {
  if (from < 0) throw new Error('table caption not found');
  let i = from + 1;
  while (i < lines.length && !(lines[i] ?? '').includes('\t')) i++;
  if (i >= lines.length) throw new Error(`no table after line ${from + 1}`);
  const header: SourceRow = { line: i + 1, lines: [i + 1], cells: splitRow(lines[i] ?? '') };
  const rows: SourceRow[] = [];
  const repeatedHeaderLines: number[] = [];
  let pageBreak = false;
  for (i = i + 1; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (cleanCell(raw) === '' && !raw.includes('\t')) continue; // page break / blank line
    if (!raw.includes('\t')) break; // prose after the table
    const cells = splitRow(raw);
    if (cells.every((c) => c === '')) continue;
    if (isHeaderRepeat(cells, header.cells)) {
      repeatedHeaderLines.push(i + 1);
      pageBreak = true;
      continue;
    }
    if (isSubHeader(cells)) continue;
    rows.push({ line: i + 1, lines: [i + 1], cells, ...(pageBreak ? { afterPageBreak: true } : {}) });
    pageBreak = false;
  }
  return { captionLine: from + 1, header, rows, repeatedHeaderLines };
}

/**
 * Join rows that a page break split in two. Only the first row after a repeated header can be the
 * second half; `isContinuation(row, prev)` decides (typically: no rank/key cell, and one of the two
 * halves has no figures). Text cells are concatenated, empty cells filled from the other half.
 * Returns the merged rows and the line numbers of the second halves (for notes).
 */
export function mergeSplitRows(
  rows: readonly SourceRow[],
  isContinuation: (row: SourceRow, prev: SourceRow) => boolean,
): { rows: SourceRow[]; splitLines: number[] } {
  const out: SourceRow[] = [];
  const splitLines: number[] = [];
  for (const row of rows) {
    const prev = out[out.length - 1];
    if (prev && row.afterPageBreak === true && isContinuation(row, prev)) {
      const width = Math.max(prev.cells.length, row.cells.length);
      const cells: string[] = [];
      for (let c = 0; c < width; c++) {
        const a = prev.cells[c] ?? '';
        const b = row.cells[c] ?? '';
        cells.push(a === '' ? b : b === '' ? a : `${a} ${b}`);
      }
      out[out.length - 1] = { line: prev.line, lines: [...prev.lines, ...row.lines], cells };
      splitLines.push(row.line);
    } else {
      out.push({ ...row, cells: [...row.cells] });
    }
  }
  return { rows: out, splitLines };
}

/** True when none of the given columns holds a number (used to spot continuation rows). */
export function hasNoNumbers(row: SourceRow, columns: readonly number[]): boolean {
  return columns.every((c) => parseNumber(row.cells[c] ?? '') === null);
}
