// Rows of a loaded report file, read by PapaParse as the text arrives in pieces (a file decoded
// chunk by chunk in the Web Worker, decode.ts): each piece is parsed with what was left of the
// last, the row it ends inside is kept for the next (Papa's own chunked reading does the same,
// but reads a File itself and cannot tell UTF-8 from Windows-1251). Rows leave one at a time with
// the line they start on (1 + the line breaks inside the cells before). The separator is ';' or
// ',', whichever the first lines use more (kk/ru Excel saves ';', en and most tools ',').
import Papa from 'papaparse';

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

export class CsvRows {
  private parser: Papa.Parser | undefined;
  private delimiter: Delimiter | undefined;
  private head = '';
  private rest = '';
  private pieces: string[] = [];
  private waiting = 0;
  /** Physical line number of the next row (1-based). */
  private line = 1;

  constructor(private readonly sink: RowSink) {}

  get separator(): Delimiter | undefined {
    return this.delimiter;
  }

  push(text: string): void {
    if (!this.parser) {
      // Wait for a few lines before choosing the separator.
      this.head += text;
      if (this.head.length < 4096 && this.head.split('\n').length < 30) return;
      text = this.start();
    }
    // Parsed a megabyte or so at a time: the text after the last complete row is parsed again with
    // the next piece, so few large pieces keep that (and a stray quote's rescans) small.
    this.pieces.push(text);
    this.waiting += text.length;
    if (this.waiting >= 1 << 20) this.flush();
  }

  end(): void {
    if (!this.parser) this.read(this.start(), true);
    this.flush();
    // The last line, when the file does not end with a line break (or ends inside a quote).
    if (this.rest !== '') this.read(this.rest, false);
  }

  private flush(): void {
    if (this.waiting === 0) return;
    const text = this.rest + this.pieces.join('');
    this.pieces = [];
    this.waiting = 0;
    this.read(text, true);
  }

  /** Rows of `text`; but for the last, which may go on in the next piece, unless `last`. */
  private read(text: string, more: boolean): void {
    const result = (this.parser as Papa.Parser).parse(text, 0, more) as Papa.ParseResult<string[]>;
    this.rest = more ? text.slice(result.meta.cursor) : '';
    this.emit(result.data, text.includes('"'));
  }

  private start(): string {
    const head = this.head;
    this.head = '';
    this.delimiter = detectDelimiter(head);
    // Rows end at "\n"; a "\r" before it is dropped (below, or by Papa after a closing quote), so
    // CRLF, LF and a mix of both read the same.
    this.parser = new Papa.Parser({ delimiter: this.delimiter, newline: '\n', quoteChar: '"', skipEmptyLines: false });
    return head;
  }

  /** `quoted`: the text held a quote, so a cell may hold a line break (none can otherwise). */
  private emit(rows: string[][], quoted: boolean): void {
    for (const cells of rows) {
      const line = this.line;
      this.line++;
      for (let i = 0; quoted && i < cells.length; i++) {
        const cell = cells[i] as string;
        for (let at = cell.indexOf('\n'); at >= 0; at = cell.indexOf('\n', at + 1)) this.line++;
      }
      // A CRLF line's last cell, unquoted, ends in "\r".
      const last = cells.length - 1;
      const end = cells[last] as string;
      if (end.endsWith('\r')) cells[last] = end.slice(0, -1);
      this.sink(cells, line);
    }
  }
}
