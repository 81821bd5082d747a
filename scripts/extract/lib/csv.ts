// CSV for data/: the one writer (src/lib/csv/write.ts) in its data dialect: fixed column order,
// "\n" line ends, no BOM, dot decimals, empty cell for "not published", an error for NaN.
// Same rows in → byte-identical file out.
import { DATA_DIALECT, writeCsvRecords, type CsvCell } from '../../../src/lib/csv/write.ts';

export type Cell = CsvCell;

export function toCsv(columns: readonly string[], rows: ReadonlyArray<Readonly<Record<string, Cell>>>): string {
  return writeCsvRecords(columns, rows, DATA_DIALECT);
}
