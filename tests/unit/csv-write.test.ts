// The one CSV writer (src/lib/csv/write.ts) and every file written through it: the hostile cells
// of the reliability suite go through each writer and are read back with PapaParse, as a
// spreadsheet or the app would read them.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv as extractCsv } from '../../scripts/extract/lib/csv.ts';
import { toCsv as sliceCsv } from '../../scripts/slices/build.ts';
import { csvLine, DATA_DIALECT, excelDialect, INTERCHANGE_DIALECT, isFormulaLike, writeCsv } from '../../src/lib/csv/write.ts';
import { interchangeHeader, interchangeLine, ReportReader } from '../../src/lib/control/own/interchange.ts';
import { templateCsv } from '../../src/lib/control/own/template.ts';
import { BOM, toExcelCsv } from '../../src/lib/export/csv.ts';

/** Cells a spreadsheet could evaluate: each must come back with a leading apostrophe from an Excel writer. */
const FORMULAS = ['=1+1', '+7 701', '-2+3', '@SUM(A1)', '\tx', '\rx', '  =cmd', ' @x', '=HYPERLINK("http://x","y")', '＝1+1', '＋1', '－1', '＠SUM(A1)', '\u200B=1+1', '\u200D\u2060＋1', '\uFEFF@x', ' \u200B－2'];
/** Cells that must come back exactly as written from every writer. */
const PLAIN = ['<img src=x onerror=alert(1)>', 'a;b "c"', 'x,y', 'line\nbreak', 'crlf\r\nend', ' padded ', '"', 'Ақмола облысы', '4-5', 'a\u200B=1', '-', '-2', '-0,19', '+7', '1e-7', ''];

const readBack = (text: string, delimiter: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, header: false, skipEmptyLines: false }).data;

describe('the formula rule', () => {
  it.each(FORMULAS)('%j is formula-like', (s) => expect(isFormulaLike(s)).toBe(true));
  it.each(PLAIN)('%j is not: text, or a plain number (a value to Excel, never a formula), or the dash', (s) => expect(isFormulaLike(s)).toBe(false));
});

describe('every writer, hostile cells', () => {
  const cells = [...FORMULAS, ...PLAIN];

  it.each(['kk', 'ru', 'en'] as const)('downloads (%s): one cell each, formulas escaped, the rest unchanged, BOM, CRLF', (locale) => {
    const text = toExcelCsv(cells, [{ header: 'h', value: (c: string) => c }, { header: 'n', value: () => 1.5 }], locale);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const d = excelDialect(locale).delimiter;
    const back = readBack(text, d).slice(1, 1 + cells.length);
    expect(back).toEqual(cells.map((c) => [FORMULAS.includes(c) ? `'${c}` : c, locale === 'en' ? '1.5' : '1,5']));
  });

  it('report templates: the same guard', () => {
    const back = readBack(templateCsv(cells.map((c) => [c, '12']), 'ru'), ';');
    expect(back.slice(0, cells.length)).toEqual(cells.map((c) => [FORMULAS.includes(c) ? `'${c}` : c, '12']));
  });

  it('the interchange file: escaped for Excel, and the app reads back exactly what was written', () => {
    const rows = cells.map((c) => ({ form: '2-mk', reporter: c, region_id: 'astana', period: '2024-Q1', code: 'violations.total', applicant: '', service: '', value: '3' }));
    const text = BOM + [interchangeHeader(), ...rows.map(interchangeLine)].join('\r\n') + '\r\n';
    const back = readBack(text, ',');
    expect(back[0]).toEqual(['form', 'reporter', 'region_id', 'period', 'code', 'applicant', 'service', 'value']);
    expect(back.slice(1, 1 + cells.length).map((r) => r[1])).toEqual(cells.map((c) => (FORMULAS.includes(c) ? `'${c}` : c)));
    // The reader drops the apostrophe the writer put there, and trims as it always did.
    const read: string[] = [];
    const reader = new ReportReader((r) => read.push(r.reporter), () => true);
    let line = 0;
    for (const r of back.slice(0, 1 + cells.length)) reader.row(r, ++line);
    expect(read).toEqual(cells.map((c) => c.trim()));
  });

  it('data/ (the extractor) and the slices: no escaping, every cell exactly as written, "\\n" line ends, no BOM', () => {
    const text = extractCsv(['a', 'b'], cells.map((c) => ({ a: c, b: 1 })));
    expect(text.startsWith(BOM)).toBe(false);
    expect(readBack(text, ',').slice(1, 1 + cells.length)).toEqual(cells.map((c) => [c, '1']));
    const slice = sliceCsv({ header: ['a', 'name_kk', 'name_ru'], rows: cells.map((c) => ({ a: c, name_kk: c, name_ru: 'x' })) }, () => true, 'kk');
    expect(readBack(slice, ',').slice(1, 1 + cells.length)).toEqual(cells.map((c) => [c, c]));
  });
});

describe('writeCsv', () => {
  it('keeps the bytes of data/: quotes only for a comma, a quote or a line break', () => {
    expect(writeCsv([['a', 'b', 'c'], ['x,y', 4.73, null], ['q"', 0.1 + 0.2, true]], DATA_DIALECT)).toBe('a,b,c\n"x,y",4.73,\n"q""",0.3,true\n');
  });
  it('refuses a NaN in data/, leaves it blank in a download', () => {
    expect(() => writeCsv([[Number.NaN]], DATA_DIALECT)).toThrow(/non-finite/);
    expect(writeCsv([[Number.NaN, 1]], excelDialect('en'))).toBe(`${BOM},1\r\n`);
  });
  it('quotes text holding the other separator, never a number with a decimal comma', () => {
    expect(csvLine(['a,b', 1.5, '2,5', 'x'], excelDialect('kk'))).toBe('"a,b";1,5;2,5;x');
    expect(csvLine(['a;b', 1.5], excelDialect('en'))).toBe('"a;b",1.5');
  });
  it('the interchange dialect: comma, dot, BOM', () => {
    expect(INTERCHANGE_DIALECT).toMatchObject({ delimiter: ',', decimalComma: false, bom: true, escapeFormulae: true });
  });
});
