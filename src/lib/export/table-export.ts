// What every download menu is given by its view (components/DownloadMenu.svelte): the rows as
// cells under their headers, and what the file says about itself (its title, source, filters).
// From that one value the menu makes the three files a reader can take away, as Our World in Data
// ships a chart's `.csv` beside its `.metadata.json`:
//   name.csv            the header block (lib/export/meta.ts), an empty line, then the table;
//   name.data.csv       the table alone: one header row, read by pandas or R with no `skip=`;
//   name.metadata.json  the header block as data, with the columns, the CSV's dialect and a citation.
// The CSV text itself is written by lib/export/csv.ts (toExcelCsv): one writer for every download.
import type { Locale } from '../i18n/locale.ts';
import { delimiterFor, toExcelCsv, type ExportColumn, type ExportValue, type MetaLine } from './csv.ts';
import type { DownloadContext } from './meta.ts';

export interface TableExport {
  headers: readonly string[];
  /** One array of cells per row, in the order of `headers`: numbers stay numbers, blank is null. */
  cells: readonly (readonly ExportValue[])[];
  context: DownloadContext;
}

/**
 * The table a view downloads, as cells: the columns' values are read here, once, when the reader
 * asks for a file (the menu calls the view's builder then, never while the page renders).
 */
export function tableExport<R>(rows: readonly R[], columns: readonly ExportColumn<R>[], context: DownloadContext): TableExport {
  return { headers: columns.map((c) => c.header), cells: rows.map((r) => columns.map((c) => c.value(r))), context };
}

export type ExportKind = 'csv' | 'data' | 'metadata';

/** "sapa-map-leb-2020-en.csv" → its three files' names. */
export function exportFileNames(csvName: string): Record<ExportKind, string> {
  const base = csvName.replace(/\.csv$/i, '');
  return { csv: `${base}.csv`, data: `${base}.data.csv`, metadata: `${base}.metadata.json` };
}

/** The CSV text: with the header block when `meta` is given, the data alone (one header row) when not. */
export function tableCsv(table: TableExport, locale: Locale, meta: readonly MetaLine[] = []): string {
  const columns: ExportColumn<readonly ExportValue[]>[] = table.headers.map((header, i) => ({ header, value: (row) => row[i] }));
  return toExcelCsv(table.cells, columns, locale, meta);
}

export type ColumnType = 'number' | 'string' | 'empty';

/** A column is a number column when every value it has is a number (blanks allowed): what a program should parse it as. */
export function columnType(table: TableExport, index: number): ColumnType {
  let seen: ColumnType = 'empty';
  for (const row of table.cells) {
    const v = row[index];
    if (v === null || v === undefined || v === '') continue;
    if (typeof v !== 'number') return 'string';
    seen = 'number';
  }
  return seen;
}

export interface MetadataFacts {
  locale: Locale;
  /** The page the file came from (its state is in the URL). */
  url: string;
  /** The download's day, ISO (lib/export/meta.ts isoDate). */
  downloaded: string;
  publisher: string;
  citation: string;
  licence: string;
  /** The data-only file this metadata describes. */
  dataFile: string;
}

/**
 * The metadata file: the header block's facts under stable English keys (values in the reader's
 * language), the columns with their types, and the dialect of the data-only CSV, so a script can
 * read it without guessing (`;` and a decimal comma for kk/ru, `,` and a dot for en).
 */
export function tableMetadata(table: TableExport, facts: MetadataFacts): Record<string, unknown> {
  const delimiter = delimiterFor(facts.locale);
  return {
    title: table.context.title,
    source: table.context.source,
    publisher: facts.publisher,
    ...(table.context.filters ? { filters: table.context.filters } : {}),
    page: facts.url,
    downloaded: facts.downloaded,
    language: facts.locale,
    citation: facts.citation,
    licence: facts.licence,
    data: {
      file: facts.dataFile,
      encoding: 'utf-8 with BOM',
      delimiter,
      decimal_mark: delimiter === ';' ? ',' : '.',
      header_rows: 1,
      blank: 'not published (never zero)',
      rows: table.cells.length,
    },
    columns: table.headers.map((name, i) => ({ name, type: columnType(table, i) })),
  };
}

/** The metadata as the text of a small JSON file. */
export function tableMetadataJson(table: TableExport, facts: MetadataFacts): string {
  return `${JSON.stringify(tableMetadata(table, facts), null, 2)}\n`;
}
