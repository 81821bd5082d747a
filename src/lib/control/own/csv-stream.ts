// A streaming CSV reader for loaded report files: text arrives in pieces (a file read chunk by
// chunk in a Web Worker), rows leave one at a time with the line they start on. Quotes, doubled
// quotes and line breaks inside quotes follow RFC 4180; a line without a quote takes a fast path
// (split), which is nearly every line of an interchange file. The separator is ';' or ',',
// whichever the first lines use more (kk/ru Excel saves ';', en and most tools ',').

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

export class CsvStream {
  private delimiter: Delimiter | undefined;
  private head = '';
  private rest = '';
  /** Physical line number of the next line to read (1-based). */
  private line = 1;
  // A row whose quoted cell spans lines: its cells so far, the cell being read, its first line.
  private pending: { cells: string[]; cell: string; line: number } | undefined;

  constructor(private readonly sink: RowSink) {}

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
    const all = this.rest + text;
    const last = all.lastIndexOf('\n');
    if (last < 0) {
      this.rest = all;
      return;
    }
    this.rest = all.slice(last + 1);
    this.lines(all.slice(0, last));
  }

  end(): void {
    if (this.delimiter === undefined) {
      this.delimiter = detectDelimiter(this.head);
      this.rest = this.head + this.rest;
      this.head = '';
    }
    if (this.rest !== '' || this.pending) this.lines(this.rest);
    this.rest = '';
    if (this.pending) {
      // An unclosed quote at the end of the file: keep what was read.
      this.pending.cells.push(this.pending.cell);
      this.sink(this.pending.cells, this.pending.line);
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
      else if (!text.includes('"')) this.sink(text.split(d), line);
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
    this.sink(cells, line);
  }
}
