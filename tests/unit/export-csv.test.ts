import { describe, expect, it } from 'vitest';
import { BOM, escapeFormula, exportFileName, toExcelCsv } from '../../src/lib/export/csv.ts';

describe('escapeFormula (OWASP CSV injection)', () => {
  it.each(['=1+1', '+7 701', '-2+3', '@SUM(A1)', '\tx', '\rx', '  =cmd', ' @x'])('escapes %j', (s) => {
    expect(escapeFormula(s)).toBe(`'${s}`);
  });
  it('leaves ordinary text alone', () => {
    expect(escapeFormula('Ақмола облысы')).toBe('Ақмола облысы');
    expect(escapeFormula('4-5')).toBe('4-5');
  });
  it('leaves a plain number and the dash alone: a value to Excel, never a formula', () => {
    for (const s of ['-2', '-0,19', '+7', '-1e-7', '-']) expect(escapeFormula(s)).toBe(s);
  });
  it('escapes full-width ＝ ＋ － ＠ and leads hidden behind zero-width characters', () => {
    for (const s of ['＝1+1', '＋1', '－1', '＠SUM(A1)', '\u200B=1+1', '\u200D\u2060＋1', '\uFEFF@x', ' \u200B－2']) expect(escapeFormula(s)).toBe(`'${s}`);
    expect(escapeFormula('a\u200B=1')).toBe('a\u200B=1');
  });
});

describe('toExcelCsv', () => {
  const rows = [
    { name: 'Ақмола облысы', score: 4.73, pct: 80.3, n: 461 },
    { name: '=HYPERLINK("x")', score: -0.19, pct: null, n: 9181 },
    { name: 'a;b "c"', score: 4.5, pct: 75, n: 0 },
  ];
  const cols = [
    { header: 'Region', value: (r: (typeof rows)[number]) => r.name },
    { header: 'Score', value: (r: (typeof rows)[number]) => r.score },
    { header: 'Satisfaction, %', value: (r: (typeof rows)[number]) => r.pct },
    { header: 'n', value: (r: (typeof rows)[number]) => r.n },
  ];
  it('kk/ru: BOM, semicolons, decimal comma, numbers unquoted, formulas escaped, CRLF', () => {
    const csv = toExcelCsv(rows, cols, 'kk');
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      // Quoted although ';' separates: a cell holding the other separator is quoted too.
      'Region;Score;"Satisfaction, %";n',
      'Ақмола облысы;4,73;80,3;461',
      `"'=HYPERLINK(""x"")";-0,19;;9181`,
      '"a;b ""c""";4,5;75;0',
      '',
    ]);
  });
  it('en: commas and decimal points', () => {
    const csv = toExcelCsv(rows, cols, 'en');
    expect(csv.slice(1).split('\r\n')[0]).toBe('Region,Score,"Satisfaction, %",n');
    expect(csv.slice(1).split('\r\n')[1]).toBe('Ақмола облысы,4.73,80.3,461');
  });
  it('writes a header block, one empty line, then the table', () => {
    const csv = toExcelCsv(rows.slice(0, 1), cols, 'en', [
      ['Table', 'Regions, 2020'],
      ['Source', '2020 report, table 11; table 12'],
    ]);
    expect(csv.slice(1).split('\r\n')).toEqual(['Table,"Regions, 2020"', 'Source,"2020 report, table 11; table 12"', '', 'Region,Score,"Satisfaction, %",n', 'Ақмола облысы,4.73,80.3,461', '']);
  });
  it('builds safe file names', () => {
    expect(exportFileName(['map', 'leb', 2020, 'kk'])).toBe('sapa-map-leb-2020-kk.csv');
    expect(exportFileName(['x/../y'])).toBe('sapa-x-y.csv');
    // A search in Cyrillic names the file by its words; a part of nothing but symbols is left out.
    expect(exportFileName(['rankings', 'q', 'Паспорт', 'ru'])).toBe('sapa-rankings-q-паспорт-ru.csv');
    expect(exportFileName(['q', '“”', 'ru'])).toBe('sapa-q-ru.csv');
    expect(exportFileName(['a b\\c:d*e?'])).toBe('sapa-a-b-c-d-e.csv');
  });
});
