// One column of a table with a download, declared once: how a row shows in it on screen, sorts by
// it, links from it and is flagged, and how it goes into the CSV (numbers as numbers, the unit in
// the header). The table on screen (components/DataTable.svelte) and its download
// (components/TableFigure.svelte → lib/export/table-export.ts) read the same list, so they
// cannot disagree (Evidence's and Our World in Data's columns carry their export the same way).
import type { ExportColumn, ExportValue } from '../export/csv.ts';
import { tableExport, type TableExport } from '../export/table-export.ts';
import type { DownloadContext } from '../export/meta.ts';
import { safeHref } from '../url/safe-link.ts';

/** A column of a DataTable: how a row shows in it, sorts by it, links from it and is flagged. */
export interface Column<R> {
  key: string;
  label: string;
  numeric?: boolean;
  /** Long text (a note, a description): on a phone card it takes the whole width. */
  wide?: boolean;
  /**
   * The column's width as a CSS grid track ('minmax(9rem, 2.6fr)'). A table whose every column has
   * one is laid out on these fixed tracks (DataTable), so each row is laid out on its own and rows
   * off screen are skipped: a sort of a long table lays out the rows in view, not all of them.
   */
  track?: string;
  cell: (r: R) => string;
  sortValue?: (r: R) => number | string | null;
  /** Make the cell a link (e.g. to a region page). */
  href?: (r: R) => string | undefined;
  /** A short mark shown after the value (e.g. "small sample", "tied"); text only. */
  badge?: (r: R) => string | undefined;
  /**
   * The CSV cells of this column: several (header, value) pairs for a cell that packs facts on
   * screen ("1 234 (3/4) +5%", an interval), none (`[]`) for a column that is only for the eye.
   * Absent: the screen text under the column's label.
   */
  export?: Array<{ header: string; value: (r: R) => ExportValue }>;
}

/** What a row shows in one column: its text, a link only when safe (lib/url/safe-link.ts), a mark. */
export interface ShownCell {
  text: string;
  href: string | undefined;
  badge: string | undefined;
}

/** What a row shows in each column, in the columns' order. */
export function shownCells<R>(columns: readonly Column<R>[], row: R): ShownCell[] {
  return columns.map((c) => ({ text: c.cell(row), href: safeHref(c.href?.(row)), badge: c.badge?.(row) }));
}

/**
 * Whether two lists hold the same rows (the same objects), in any order: a sort gives a new list
 * of the same rows, whose cells need not be worked out again.
 */
export function sameMembers<R>(a: readonly R[], b: readonly R[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  const inA = new Set(a);
  return b.every((r) => inA.has(r));
}

/**
 * The CSV columns of a table, in its order, then any extra ones (the scope, the year, the source):
 * `[{label:'Rank', cell, export:[{header:'Rank', value:r=>r.rank}]}]` → `[{header:'Rank', value}]`.
 */
export function exportColumns<R>(columns: readonly Column<R>[], extra: readonly ExportColumn<R>[] = []): ExportColumn<R>[] {
  return [...columns.flatMap((c) => c.export ?? [{ header: c.label, value: (r: R) => c.cell(r) }]), ...extra];
}

/**
 * The download of a table: its rows, in the order shown, under its CSV columns (`exportColumns`).
 * TableFigure's menu uses it, and so does a second menu of the same table elsewhere on the page
 * (the map's, beside its legend), so both give the same file.
 */
export function columnsExport<R>(rows: readonly R[], columns: readonly Column<R>[], extra: readonly ExportColumn<R>[], context: DownloadContext): TableExport {
  return tableExport(rows, exportColumns(columns, extra), context);
}
