import { describe, expect, it } from 'vitest';
import { columnsExport, exportColumns, sameMembers, shownCells, type Column } from '../../src/lib/table/column.ts';
import { sortRows } from '../../src/lib/table/sort.ts';
import { tableExport } from '../../src/lib/export/table-export.ts';

// Made-up rows for the test, not data.
interface Row {
  id: string;
  name: string;
  value: number | null;
  withValue: number;
  reports: number;
}
const rows: Row[] = [
  { id: 'a', name: 'Alpha', value: 1234, withValue: 3, reports: 4 },
  { id: 'b', name: 'Beta', value: null, withValue: 0, reports: 2 },
  { id: 'c', name: 'Gamma', value: 56.5, withValue: 2, reports: 2 },
];
const columns: Column<Row>[] = [
  { key: 'name', label: 'Name', cell: (r) => r.name },
  {
    key: 'value',
    label: 'Count, persons',
    numeric: true,
    // On screen one cell packs three facts as text…
    cell: (r) => `${r.value ?? '—'} (${r.withValue}/${r.reports})`,
    sortValue: (r) => r.value,
    // …the download gives each its own column, numbers as numbers.
    export: [
      { header: 'Count, persons', value: (r) => r.value },
      { header: 'Reports with a value', value: (r) => r.withValue },
      { header: 'Reports', value: (r) => r.reports },
    ],
  },
  { key: 'only-on-screen', label: 'Mark', cell: () => '★', export: [] },
];

describe('one column list for the table and its download', () => {
  const cases: Array<{ name: string; extra?: Parameters<typeof exportColumns<Row>>[1]; headers: string[]; first: unknown[] }> = [
    { name: 'a column without `export` goes in as its screen text under its label', headers: ['Name', 'Count, persons', 'Reports with a value', 'Reports'], first: ['Alpha', 1234, 3, 4] },
    { name: 'extra CSV-only columns come last', extra: [{ header: 'id', value: (r) => r.id }], headers: ['Name', 'Count, persons', 'Reports with a value', 'Reports', 'id'], first: ['Alpha', 1234, 3, 4, 'a'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const cols = exportColumns(columns, c.extra);
      expect(cols.map((x) => x.header)).toEqual(c.headers);
      expect(cols.map((x) => x.value(rows[0]!))).toEqual(c.first);
    });
  }

  it('the download has the rows in the order on screen, a blank as blank', () => {
    const shown = sortRows(rows, columns, { key: 'value', dir: 'desc' });
    const table = tableExport(shown, exportColumns(columns), { title: 'T', source: 'made up' });
    expect(table.cells.map((r) => r[0])).toEqual(['Alpha', 'Gamma', 'Beta']);
    expect(table.cells[2]?.[1]).toBeNull();
    expect(table.cells.every((r) => r.slice(1).every((v) => v === null || typeof v === 'number'))).toBe(true);
  });

  it('columnsExport: the same file from the column list, extra columns last, its header block as given', () => {
    const shown = sortRows(rows, columns, { key: 'name', dir: 'desc' });
    const table = columnsExport(shown, columns, [{ header: 'id', value: (r) => r.id }], { title: 'T', source: 'made up', filters: 'all' });
    expect(table.headers).toEqual(['Name', 'Count, persons', 'Reports with a value', 'Reports', 'id']);
    expect(table.cells.map((r) => r[4])).toEqual(['c', 'b', 'a']);
    expect(table.context).toEqual({ title: 'T', source: 'made up', filters: 'all' });
  });
});

describe('shownCells', () => {
  it('gives each column’s text, a safe link and a mark, in the columns’ order', () => {
    const linked: Column<Row>[] = [
      { key: 'name', label: 'Name', cell: (r) => r.name, href: (r) => `#/x/${r.id}` },
      { key: 'value', label: 'Value', cell: (r) => String(r.value ?? '—'), badge: (r) => (r.value === null ? 'no data' : undefined), href: () => 'javascript:alert(1)' },
    ];
    expect(shownCells(linked, rows[1]!)).toEqual([
      { text: 'Beta', href: '#/x/b', badge: undefined },
      { text: '—', href: undefined, badge: 'no data' },
    ]);
  });
});

describe('sameMembers', () => {
  it('is true for the same rows in another order, false for another set', () => {
    const [a, b, c] = rows as [Row, Row, Row];
    expect(sameMembers([a, b, c], [c, a, b])).toBe(true);
    expect(sameMembers([a, b], [a, c])).toBe(false);
    expect(sameMembers([a, b], [a, b, c])).toBe(false);
    // Equal objects that are not the same rows are other rows.
    expect(sameMembers([a], [{ ...a }])).toBe(false);
  });
});
