// The list of the 70 services: section headings 2.1–2.70 (titles) and table 1 (body, sample).
// Table 1 lists the services in section order, one row each; the body abbreviation is printed only
// on the first row of each body's block.
import { cleanCell, nameKey, parseNumber } from '../lib/text.ts';
import { findCaption, mergeSplitRows, readTable, type SourceRow } from './table-reader.ts';

export interface SampleRow {
  section: string;
  /** Abbreviation as printed at the head of the row's block. */
  bodyAbbr: string;
  /** Index of the body block in table 1 (the same abbreviation may head two blocks). */
  block: number;
  nameKk: string;
  respondents: number | null;
  /** false for the services marked "*" (no mass survey). */
  surveyed: boolean;
  line: number;
}

export interface Table1 {
  rows: SampleRow[];
  total: { value: number; line: number } | null;
  repeatedHeaderLines: number[];
  splitLines: number[];
}

const TOTAL = /^(итого|барлығы|жиыны)$/;

export function parseTable1(lines: readonly string[]): Table1 {
  const block = readTable(lines, findCaption(lines, 1));
  // A row continuing the previous one has neither an abbreviation nor a sample cell ("*" counts).
  // A half row has no abbreviation, and one of the halves has no sample cell ("*" counts as one).
  const noSample = (r: SourceRow) => (r.cells[2] ?? '') === '';
  const merged = mergeSplitRows(block.rows, (r, prev) => (r.cells[0] ?? '') === '' && (noSample(r) || noSample(prev)));
  const rows: SampleRow[] = [];
  let total: Table1['total'] = null;
  let abbr = '';
  let blockIndex = -1;
  for (const r of merged.rows) {
    const [abbrCell = '', name = '', n = ''] = r.cells;
    if (TOTAL.test(nameKey(name))) {
      const value = parseNumber(n);
      if (value !== null) total = { value, line: r.line };
      continue;
    }
    if (abbrCell !== '') {
      abbr = abbrCell;
      blockIndex++;
    }
    const surveyed = cleanCell(n) !== '*';
    rows.push({
      section: `2.${rows.length + 1}`,
      bodyAbbr: abbr,
      block: blockIndex,
      nameKk: name,
      respondents: surveyed ? parseNumber(n) : null,
      surveyed,
      line: r.line,
    });
  }
  return { rows, total, repeatedHeaderLines: block.repeatedHeaderLines, splitLines: merged.splitLines };
}

export interface SectionTitle { section: string; titleKk: string; line: number }

// "## 2.54 Title", "### 2.1 Title", "## 2.8. Title", "**2.38 Title**" (headings only: the table of
// contents lines carry no '#', and the criteria list "2.1 …" in the method chapter neither).
const HEADING = /^(?:#{1,4}\s*)?(?:\*\*)?\s*2\.(\d{1,2})\.?\s+(.+)$/;

export function parseSectionTitles(lines: readonly string[]): SectionTitle[] {
  const found = new Map<string, SectionTitle>();
  lines.forEach((raw, i) => {
    if (!/^(#|\*\*)/.test(raw) || raw.includes('\t') || /\.{4,}/.test(raw)) return;
    const m = HEADING.exec(raw);
    if (!m) return;
    const section = `2.${Number(m[1])}`;
    if (found.has(section)) return;
    found.set(section, { section, titleKk: cleanCell(m[2] ?? '').replace(/[.\s]+$/, ''), line: i + 1 });
  });
  return [...found.values()].sort((a, b) => Number(a.section.slice(2)) - Number(b.section.slice(2)));
}
