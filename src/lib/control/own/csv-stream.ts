// A streaming CSV reader for loaded report files: text arrives in pieces (a file read chunk by
// chunk in a Web Worker), rows leave one at a time with the line they start on. Quotes, doubled
// quotes and line breaks inside quotes follow RFC 4180; a line without a quote takes a fast path
// (split), which is nearly every line of an interchange file. The separator is ';' or ',',
// whichever the first lines use more (kk/ru Excel saves ';', en and most tools ',').
//
// Hand-written although PapaParse is a dependency, because PapaParse was measured slower here.
// Tried: Papa.Parser (PapaParse's own chunk parser) fed the text decoded by decode.ts (strict
// UTF-8, else Windows-1251), the unfinished last row carried to the next piece by meta.cursor,
// line numbers from the line breaks inside cells; same tests as this reader. 1,000,000 rows
// (54.7 MB) through `node scripts/bench-own.mjs` (time until the file is listed as done, median
// of 3, this 2-core host while other jobs ran), each pair measured back to back:
//   load ~11:    PapaParse 2,534 ms   hand-written 2,440 ms   (Papa fed 64 KB pieces)
//   load 16-22:  PapaParse 7,320 ms   hand-written 4,890 ms   (Papa fed 64 KB pieces)
//                PapaParse 6,183 ms   hand-written 5,962 ms
//   load 14-18:  PapaParse 6,148 ms   hand-written 2,519 ms   (Papa fed 1 MB pieces)
// and the whole read, validate and sum (loadReportFile) in Node, 5 runs each, alternating:
// median 14.4 s with PapaParse, 10.8 s with this reader (load ~17). PapaParse met the 3 s budget
// once (at load ~11), never with a margin, and was slower in every pair; so this reader stays.

export type Delimiter = ';' | ',';

/** The separator of a text's first lines: the more frequent of ';' and ',' outside quotes. */
export function detectDelimiter(head: string): Delimiter {
  let semi = 0;
  let comma = 0;
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < head.length && lines < 30; i++) {
    const c = head[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ';') semi++;
    else if (!quoted && c === ',') comma++;
    else if (!quoted && c === '\n') lines++;
  }
  return semi > comma ? ';' : ',';
}

export type RowSink = (cells: string[], line: number) => void;
/**
 * Where rows go, as an object with a method: the loader passes its ReportReader, so the call for
 * each row has one target in every file (a function made per file is a new target each time, and
 * the browser's compilers optimise the reading loop again for it).
 */
export interface RowTarget {
  row(cells: string[], line: number): void;
}
export type LineEndings = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

/** A carriage return not followed by a line feed. */
const LONE_CR = /\r(?!\n)/;

export class CsvStream {
  private delimiter: Delimiter | undefined;
  private head = '';
  private rest = '';
  /** Physical line number of the next line to read (1-based). */
  private line = 1;
  // A row whose quoted cell spans lines: its cells so far, the cell being read, its first line.
  private pending: { cells: string[]; cell: string; line: number } | undefined;

  private readonly target: RowTarget;

  constructor(sink: RowSink | RowTarget) {
    this.target = typeof sink === 'function' ? { row: sink } : sink;
  }

  get separator(): Delimiter | undefined {
    return this.delimiter;
  }

  push(text: string): void {
    if (this.delimiter === undefined) {
      // Wait for a few lines before choosing the separator.
      this.head += text;
      if (this.head.length < 4096 && this.head.split('\n').length < 30) return;
      this.delimiter = detectDelimiter(this.head);
      text = this.head;
      this.head = '';
    }
    this.take(text);
  }

  /** The line endings met so far: one kind, a mix of them, or none (a single line). */
  get lineEndings(): LineEndings {
    const kinds = (this.ends.lf ? 1 : 0) + (this.ends.crlf ? 1 : 0) + (this.ends.cr ? 1 : 0);
    if (kinds > 1) return 'mixed';
    return this.ends.crlf ? 'crlf' : this.ends.cr ? 'cr' : this.ends.lf ? 'lf' : 'none';
  }

  private ends = { lf: false, crlf: false, cr: false };

  /**
   * Reads the complete lines of the text so far; keeps the last, unfinished one. Lines end in
   * "\n", "\r\n" or a lone "\r" (old Mac files, and files mended in several editors mix them).
   * A text without a lone "\r" keeps the fast path (a "\r" before "\n" is cut per line); only
   * a piece that holds a lone "\r" is rewritten with "\n" line ends.
   */
  private take(text: string, final = false): void {
    let all = this.rest + text;
    let hold = '';
    if (all.includes('\r')) {
      // A "\r" at the end of a piece may be the first half of a "\r\n" split across pieces.
      if (!final && all.endsWith('\r')) {
        hold = '\r';
        all = all.slice(0, -1);
      }
      if (!this.ends.crlf && all.includes('\r\n')) this.ends.crlf = true;
      if (!this.ends.lf && /(?:^|[^\r])\n/.test(all)) this.ends.lf = true;
      if (LONE_CR.test(all)) {
        this.ends.cr = true;
        all = all.replace(/\r\n?/g, '\n');
      }
    } else if (!this.ends.lf && all.includes('\n')) this.ends.lf = true;
    const last = all.lastIndexOf('\n');
    if (last < 0) {
      this.rest = all + hold;
      return;
    }
    this.rest = all.slice(last + 1) + hold;
    this.lines(all.slice(0, last));
  }

  end(): void {
    if (this.delimiter === undefined) {
      // A short file: all of it came before the separator was chosen.
      this.delimiter = detectDelimiter(this.head);
      const head = this.head;
      this.head = '';
      this.take(head);
    }
    // What is left has no line end but perhaps a held final "\r": read it as the last lines.
    if (this.rest.includes('\r')) {
      const rest = this.rest;
      this.rest = '';
      this.take(rest, true);
    }
    if (this.rest !== '' || this.pending) this.lines(this.rest);
    this.rest = '';
    if (this.pending) {
      // An unclosed quote at the end of the file: keep what was read.
      this.pending.cells.push(this.pending.cell);
      this.target.row(this.pending.cells, this.pending.line);
      this.pending = undefined;
    }
  }

  private lines(block: string): void {
    const d = this.delimiter as Delimiter;
    let start = 0;
    while (start <= block.length) {
      let end = block.indexOf('\n', start);
      if (end < 0) end = block.length;
      let text = block.slice(start, end);
      if (text.endsWith('\r')) text = text.slice(0, -1);
      const line = this.line++;
      if (this.pending) this.continueQuoted(text, d);
      else if (!text.includes('"')) this.target.row(text.split(d), line);
      else this.readQuoted(text, d, [], '', false, line);
      start = end + 1;
    }
  }

  private continueQuoted(text: string, d: Delimiter): void {
    const p = this.pending as { cells: string[]; cell: string; line: number };
    this.pending = undefined;
    this.readQuoted(text, d, p.cells, p.cell + '\n', true, p.line);
  }

  private readQuoted(text: string, d: Delimiter, cells: string[], cell: string, quoted: boolean, line: number): void {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === d) {
        cells.push(cell);
        cell = '';
      } else cell += c;
    }
    if (quoted) {
      this.pending = { cells, cell, line };
      return;
    }
    cells.push(cell);
    this.target.row(cells, line);
  }
}
