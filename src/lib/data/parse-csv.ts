import Papa from 'papaparse';
import { booleanCell, isBlankCell, numberCell } from './cell-grammar.ts';
import type { ColumnSpec, DatasetError, DatasetProblem, DatasetResult, RowOf, Schema } from './schema.ts';

type CellResult = { ok: true; value: string | number | boolean | null } | { ok: false; problem: DatasetProblem };

function checkRange(column: string, value: number, raw: string, spec: { min?: number; max?: number }): CellResult {
  if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) {
    return { ok: false, problem: { code: 'outOfRange', column, value: raw, min: String(spec.min ?? '−∞'), max: String(spec.max ?? '∞') } };
  }
  return { ok: true, value };
}

function parseCell(column: string, raw: string, spec: ColumnSpec): CellResult {
  // Text cells are kept verbatim (even "<img …>"): views render them as text, never as HTML.
  // Numbers, booleans and blanks follow the one cell grammar of data:check (cell-grammar.ts).
  if (isBlankCell(raw)) {
    return spec.required ? { ok: false, problem: { code: 'required', column } } : { ok: true, value: null };
  }
  switch (spec.type) {
    case 'string':
      if (spec.values && !spec.values.includes(raw)) return { ok: false, problem: { code: 'notAllowed', column, value: raw } };
      if (spec.pattern && !spec.pattern.test(raw)) return { ok: false, problem: { code: 'notAllowed', column, value: raw } };
      return { ok: true, value: raw };
    case 'boolean': {
      const b = booleanCell(raw);
      return b === null ? { ok: false, problem: { code: 'notAllowed', column, value: raw } } : { ok: true, value: b };
    }
    case 'number': {
      const n = numberCell(raw);
      if (n === null) return { ok: false, problem: { code: 'notNumber', column, value: raw } };
      return checkRange(column, n, raw, spec);
    }
    case 'integer': {
      const n = numberCell(raw);
      if (n === null) return { ok: false, problem: { code: 'notNumber', column, value: raw } };
      if (!Number.isInteger(n)) return { ok: false, problem: { code: 'notInteger', column, value: raw } };
      return checkRange(column, n, raw, spec);
    }
  }
}

/**
 * Split CSV text into pieces of at least `size` characters that end at a record boundary (a
 * newline outside quotes), so a large file can be parsed a piece at a time.
 */
export function splitCsvText(text: string, size: number): string[] {
  const pieces: string[] = [];
  // Jumps from quote to quote and newline to newline with indexOf (native, fast from the first
  // call) instead of visiting every character: a character loop runs cold in the browser, about
  // 6 ms for the 100 KB notes file.
  let quoted = false; // inside quotes at the position reached by advanceTo
  let nextQuote = text.indexOf('"');
  const advanceTo = (position: number) => {
    // Each " toggles (an escaped "" toggles twice).
    while (nextQuote !== -1 && nextQuote < position) {
      quoted = !quoted;
      nextQuote = text.indexOf('"', nextQuote + 1);
    }
  };
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start + Math.max(size, 1) - 1);
    while (end !== -1) {
      advanceTo(end);
      if (!quoted) break;
      end = text.indexOf('\n', end + 1);
    }
    if (end === -1) {
      pieces.push(text.slice(start));
      break;
    }
    pieces.push(text.slice(start, end + 1));
    start = end + 1;
  }
  return pieces;
}

/** About 4 KB: a piece, even the first one parsed with the parser not yet warmed up, stays a
 * short task (8 KB pieces made 15-25 ms tasks under Lighthouse's mobile profile). */
export const PIECE_SIZE = 4_096;

/**
 * The parser, one piece of text per step: parseCsv runs the steps at once, parseCsvInSteps gives
 * the browser a turn between them.
 */
function* parseSteps<S extends Schema>(text: string, schema: S, file: string, pieceSize: number): Generator<void, DatasetResult<RowOf<S>>> {
  const fail = (line: number | null, problem: DatasetProblem): DatasetResult<RowOf<S>> => ({
    ok: false,
    error: { file, line, problem } satisfies DatasetError,
  });
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail(null, { code: 'empty' });

  let names: string[] | undefined;
  const index = new Map<string, number>();
  const rows: RowOf<S>[] = [];
  // Records read so far, the header included: record n sits on line n (1-based).
  let line = 0;
  const pieces = splitCsvText(body, pieceSize);
  for (let p = 0; p < pieces.length; p++) {
    if (p > 0) yield;
    const parsed = Papa.parse<string[]>(pieces[p] as string, { header: false, skipEmptyLines: 'greedy' });
    const structural = parsed.errors.find((e) => e.type === 'Quotes' || e.type === 'Delimiter');
    if (structural) return fail(structural.row !== undefined ? line + structural.row + 1 : null, { code: 'parse', detail: structural.type === 'Quotes' ? 'quotes' : 'delimiter' });
    for (const record of parsed.data) {
      line++;
      if (!names) {
        names = record.map((h) => h.trim());
        names.forEach((n, i) => index.set(n, i));
        for (const column of Object.keys(schema)) {
          if (!index.has(column)) return fail(1, { code: 'missingColumn', column });
        }
        continue;
      }
      if (record.length !== names.length) return fail(line, { code: 'fieldCount', found: record.length, expected: names.length });
      const row: Record<string, unknown> = {};
      for (const [column, spec] of Object.entries(schema)) {
        const cell = parseCell(column, record[index.get(column) as number] ?? '', spec);
        if (!cell.ok) return fail(line, cell.problem);
        row[column] = cell.value;
      }
      rows.push(row as RowOf<S>);
    }
  }
  if (!names) return fail(null, { code: 'empty' });
  return { ok: true, rows };
}

/**
 * Parse CSV text against a schema. Handles a UTF-8 BOM and CRLF line ends; extra columns are
 * ignored; the first problem found is returned with its line so a maintainer can fix the file.
 */
export function parseCsv<S extends Schema>(text: string, schema: S, file: string, pieceSize = PIECE_SIZE): DatasetResult<RowOf<S>> {
  const steps = parseSteps(text, schema, file, pieceSize);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** parseCsv with `pause()` awaited between pieces (in the browser: a turn for input and paint). */
export async function parseCsvInSteps<S extends Schema>(
  text: string,
  schema: S,
  file: string,
  pause: () => Promise<void>,
  pieceSize = PIECE_SIZE,
): Promise<DatasetResult<RowOf<S>>> {
  const steps = parseSteps(text, schema, file, pieceSize);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
