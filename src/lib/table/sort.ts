// Sorting for tables, kept outside the components so the table on screen and its CSV download
// are built from the very same ordered rows.

import { compareKeyed, compareText, keyed } from '../i18n/collate.ts';

export type SortDir = 'asc' | 'desc';
export interface SortState {
  key: string;
  dir: SortDir;
}

export interface SortableColumn<R> {
  key: string;
  cell: (row: R) => string;
  sortValue?: (row: R) => number | string | null;
}

/**
 * A stable sort by one column. Missing values (null) always go last, whatever the direction,
 * so "no data" never tops a ranking.
 */
export function sortRows<R>(rows: readonly R[], columns: readonly SortableColumn<R>[], sort: SortState | undefined): R[] {
  const column = sort ? columns.find((c) => c.key === sort.key) : undefined;
  if (!sort || !column) return [...rows];
  const valueOf = column.sortValue ?? column.cell;
  const sign = sort.dir === 'asc' ? 1 : -1;
  // Each row's value (and a text's sort key) is worked out once, not at every comparison.
  const indexed = rows.map((row, i) => {
    const value = valueOf(row);
    return { row, i, value, text: typeof value === 'string' ? keyed(value) : undefined };
  });
  indexed.sort((a, b) => {
    const va = a.value;
    const vb = b.value;
    const aMissing = va === null || va === '';
    const bMissing = vb === null || vb === '';
    if (aMissing || bMissing) return aMissing === bMissing ? a.i - b.i : aMissing ? 1 : -1;
    const cmp =
      typeof va === 'number' && typeof vb === 'number'
        ? va - vb
        : a.text && b.text
          ? compareKeyed(a.text, b.text)
          : compareText(String(va), String(vb));
    return cmp !== 0 ? sign * cmp : a.i - b.i;
  });
  return indexed.map((x) => x.row);
}

/** Next sort state when a header is activated: new column → its natural direction; same → flip. */
export function nextSort(current: SortState | undefined, key: string, numeric: boolean): SortState {
  if (current?.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: numeric ? 'desc' : 'asc' };
}

/** "score-desc" ⇄ {key, dir}, for keeping the sort in the URL. */
export function parseSort(raw: string, keys: readonly string[]): SortState | undefined {
  const m = /^([a-z0-9_]+)-(asc|desc)$/.exec(raw);
  return m && keys.includes(m[1] as string) ? { key: m[1] as string, dir: m[2] as SortDir } : undefined;
}

/** A sort value from the URL that names no column of this table (empty means the default order). */
export function isUnknownSort(raw: string, keys: readonly string[]): boolean {
  return raw !== '' && parseSort(raw, keys) === undefined;
}

export function formatSort(sort: SortState): string {
  return `${sort.key}-${sort.dir}`;
}
