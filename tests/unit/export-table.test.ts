import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { columnType, exportFileNames, tableCsv, tableExport, tableMetadata, tableMetadataJson } from '../../src/lib/export/table-export.ts';

interface Row {
  name: string;
  score: number | null;
  note?: string;
}
const rows: Row[] = [
  { name: 'Akmola', score: 4.73 },
  { name: '=HYPERLINK("x")', score: null, note: 'made up' },
  { name: 'Pavlodar; "city"', score: 4.92 },
];
const table = tableExport(
  rows,
  [
    { header: 'Region', value: (r) => r.name },
    { header: 'Score, points', value: (r) => r.score },
    { header: 'Note', value: (r) => r.note },
  ],
  { title: 'Made-up test table', source: 'no report (test data)', filters: '2020' },
);

describe('table export: CSV with the block, data only, metadata', () => {
  it('reads the values once into cells, numbers as numbers, blank as null', () => {
    expect(table.headers).toEqual(['Region', 'Score, points', 'Note']);
    expect(table.cells[0]).toEqual(['Akmola', 4.73, undefined]);
    expect(table.cells[1]?.[1]).toBeNull();
  });

  const cases = [
    { csv: 'sapa-map-leb-2020-en.csv', expected: { csv: 'sapa-map-leb-2020-en.csv', data: 'sapa-map-leb-2020-en.data.csv', metadata: 'sapa-map-leb-2020-en.metadata.json' } },
    { csv: 'sapa-x', expected: { csv: 'sapa-x.csv', data: 'sapa-x.data.csv', metadata: 'sapa-x.metadata.json' } },
  ];
  for (const c of cases) it(`names the three files of ${c.csv}`, () => expect(exportFileNames(c.csv)).toEqual(c.expected));

  for (const [locale, delimiter, value] of [
    ['en', ',', '4.73'],
    ['ru', ';', '4,73'],
    ['kk', ';', '4,73'],
  ] as const) {
    it(`the data-only CSV in ${locale} is one header row and the rows: PapaParse reads it whole`, () => {
      const text = tableCsv(table, locale);
      expect(text.startsWith('\uFEFF')).toBe(true);
      const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, delimiter, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.meta.fields).toEqual(table.headers);
      expect(parsed.data.map((r) => r.Region)).toEqual(["Akmola", `'=HYPERLINK("x")`, 'Pavlodar; "city"']);
      expect(parsed.data[0]?.['Score, points']).toBe(value);
      expect(parsed.data[1]?.['Score, points']).toBe('');
    });
  }

  it('with the block: the block, an empty line, then the same table', () => {
    const withBlock = tableCsv(table, 'en', [
      ['Table', 'Made-up test table'],
      ['Source', 'no report (test data)'],
    ]);
    const lines = withBlock.slice(1).split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['Table,Made-up test table', 'Source,no report (test data)', '']);
    expect(lines.slice(3).join('\r\n')).toBe(tableCsv(table, 'en').slice(1));
  });

  it('types a column as number only when every value it has is a number', () => {
    expect([0, 1, 2].map((i) => columnType(table, i))).toEqual(['string', 'number', 'string']);
    expect(columnType(tableExport([{ a: null }], [{ header: 'a', value: (r) => r.a }], { title: '', source: '' }), 0)).toBe('empty');
  });

  it('the metadata states the block, the dialect and the columns, and is valid JSON', () => {
    const facts = { locale: 'ru' as const, url: 'https://x/#/map', downloaded: '2026-12-05', publisher: 'P', citation: 'Sapa. T. https://x/#/map (accessed 05.12.2026).', licence: 'L', dataFile: 'a.data.csv' };
    const meta = tableMetadata(table, facts);
    expect(meta).toMatchObject({
      title: 'Made-up test table',
      source: 'no report (test data)',
      filters: '2020',
      page: 'https://x/#/map',
      downloaded: '2026-12-05',
      language: 'ru',
      data: { file: 'a.data.csv', delimiter: ';', decimal_mark: ',', header_rows: 1, rows: 3 },
      columns: [
        { name: 'Region', type: 'string' },
        { name: 'Score, points', type: 'number' },
        { name: 'Note', type: 'string' },
      ],
    });
    expect(JSON.parse(tableMetadataJson(table, facts))).toEqual(meta);
    expect(tableMetadata({ ...table, context: { title: 't', source: 's' } }, facts)).not.toHaveProperty('filters');
  });
});
