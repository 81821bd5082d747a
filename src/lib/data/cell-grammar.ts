// The one grammar of a cell in data/, shared by `npm run data:check` (scripts/check/schema.ts) and
// the browser's parser (lib/data/parse-csv.ts), so that a file the check passes is a file the app
// reads, and the reverse. The strict one: what the extractor writes (lib/csv/write.ts,
// DATA_DIALECT) and nothing else. "+1", ".5", "1.", "1e3", " 4.5" and "4,5" are refused: none is
// ever written, and each is the mark of a hand edit or another program's save that should be seen,
// not silently read.

/** A number cell: optional minus, digits, optional dot and digits. */
const NUMBER = /^-?\d+(\.\d+)?$/;
/** A date cell: ISO day. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An empty cell is "not published" (never zero). Only the empty string: a space is not empty. */
export function isBlankCell(raw: string): boolean {
  return raw === '';
}

/** The number a cell holds, or null when the cell is not a number in the grammar above. */
export function numberCell(raw: string): number | null {
  return NUMBER.test(raw) ? Number(raw) : null;
}

/** The boolean a cell holds ("true" / "false"), or null. */
export function booleanCell(raw: string): boolean | null {
  return raw === 'true' ? true : raw === 'false' ? false : null;
}

/** Whether a cell is an ISO day that exists (2019-02-30 does not). */
export function isDateCell(raw: string): boolean {
  return DATE.test(raw) && !Number.isNaN(Date.parse(raw));
}
