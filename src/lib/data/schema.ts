// Shapes of the CSV datasets as the app checks them. The schemas themselves are generated from
// data/datapackage.json (schemas.generated.ts): a schema names every column, its type and range;
// rows come out typed, with null for an empty cell ("not published").

export type ColumnSpec =
  | { type: 'string'; required?: boolean; values?: readonly string[]; pattern?: RegExp }
  | { type: 'number'; required?: boolean; min?: number; max?: number }
  | { type: 'integer'; required?: boolean; min?: number; max?: number }
  | { type: 'boolean'; required?: boolean };

export type Schema = Readonly<Record<string, ColumnSpec>>;

type ValueOf<C extends ColumnSpec> = C extends { type: 'string'; values: readonly (infer V)[] }
  ? V
  : C extends { type: 'string' }
    ? string
    : C extends { type: 'boolean' }
      ? boolean
      : number;

export type RowOf<S extends Schema> = {
  -readonly [K in keyof S]: S[K] extends { required: true } ? ValueOf<S[K]> : ValueOf<S[K]> | null;
};

export type DatasetProblem =
  | { code: 'network'; status: string }
  | { code: 'empty' }
  /** A header and no rows: a published file is never meant to be empty. */
  | { code: 'noRows' }
  /** A reference that contradicts itself (lib/control/reference.ts). */
  | { code: 'rowTwice'; form: string; row: string }
  | { code: 'unknownParent'; form: string; row: string; parent: string }
  | { code: 'checkUnknownRow'; check: string; form: string }
  | { code: 'encoding' }
  /** The file's structure cannot be read; `detail` says how, in the reader's language (describe-error). */
  | { code: 'parse'; detail: ParseDetail }
  /** A record with another number of fields than the header. */
  | { code: 'fieldCount'; found: number; expected: number }
  /** The server sent an HTML page (a host's error or login page) in place of the data file. */
  | { code: 'html' }
  | { code: 'missingColumn'; column: string }
  | { code: 'required'; column: string }
  | { code: 'notNumber'; column: string; value: string }
  | { code: 'notInteger'; column: string; value: string }
  | { code: 'outOfRange'; column: string; value: string; min: string; max: string }
  | { code: 'notAllowed'; column: string; value: string };

/** How a file's structure is broken: CSV quotes or delimiters, JSON syntax, JSON of another shape. */
export type ParseDetail = 'quotes' | 'delimiter' | 'json' | 'jsonShape';

/** A typed error naming the file, the line (1-based, header = line 1) where known, and the problem. */
export interface DatasetError {
  file: string;
  line: number | null;
  problem: DatasetProblem;
}

export type DatasetResult<R> = { ok: true; rows: R[] } | { ok: false; error: DatasetError };
