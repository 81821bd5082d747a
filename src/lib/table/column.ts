/** A column of a DataTable: how a row shows in it, sorts by it, links from it and is flagged. */
export interface Column<R> {
  key: string;
  label: string;
  numeric?: boolean;
  /** Long text (a note, a description): on a phone card it takes the whole width. */
  wide?: boolean;
  cell: (r: R) => string;
  sortValue?: (r: R) => number | string | null;
  /** Make the cell a link (e.g. to a region page). */
  href?: (r: R) => string | undefined;
  /** A short mark shown after the value (e.g. "small sample", "tied"); text only. */
  badge?: (r: R) => string | undefined;
}
