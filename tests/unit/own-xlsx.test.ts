import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { strToU8, unzipSync, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { buildReference, type ControlCheckInput, type ControlRowInput } from '../../src/lib/control/reference.ts';
import { loadReportFile, type LoadOutcome } from '../../src/lib/control/own/load.ts';
import { templateCsv, templateRows, templateSheet, templateXlsx, type TemplateText } from '../../src/lib/control/own/template.ts';
import { fillFromCells, type FiledCell } from '../../src/lib/control/own/worked-example.ts';
import { columnIndex, readWorkbook } from '../../src/lib/control/own/xlsx-read.ts';
import { columnName, writeXlsx } from '../../src/lib/control/own/xlsx-write.ts';
import { loadXlsx } from '../../src/lib/control/own/xlsx.ts';
import { unpackReports } from '../../src/lib/control/own/summary.ts';
import { findingsOf } from '../../src/lib/control/own/file-findings.ts';

// Workbooks are made here by code: by Sapa's own writer, and by an independent one
// (write-excel-file, a dev dependency: shared strings, real formulas) to read what Excel-like
// writers produce. Each is read back and compared with the same table loaded as CSV.

const csv = <T>(path: string) => Papa.parse<T>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true, dynamicTyping: false }).data;
const rows = csv<Record<string, string>>('data/reference/control_rows.csv').map((r) => ({ ...r, parent_code: r.parent_code || null, service_dim: r.service_dim || null, applicant_split: r.applicant_split === 'true' }) as unknown as ControlRowInput);
const checks = csv<ControlCheckInput>('data/reference/control_checks.csv');
const reference = buildReference(rows, checks);
const cells = csv<Record<string, string>>('data/control/report_cells.csv') as unknown as FiledCell[];

const input = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  return {
    size: bytes.length,
    head: bytes.slice(0, 4096),
    chunks: async function* () {
      yield bytes;
    },
  };
};
const TEXT: TemplateText = {
  title: 'Шаблон',
  keys: { form: 'Форма', reporter: 'Отчитывающийся', region_id: 'Регион', quarter: 'Квартал' },
  columns: { printed: '№', label: 'Показатель', service: 'Услуга', m1: 'М1', m2: 'М2', m3: 'М3', q: 'Квартал', code: 'Код', applicant: 'Заявитель' },
  applicant: { individual: 'физ.', legal: 'юр.' },
  language: 'ru',
};
const blob = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]);
const HEADER = ['form', 'reporter', 'region_id', 'period', 'code', 'applicant', 'service', 'value'];

/** A 2-mk report: months add up to the quarter, but the total of one month is off by 5. */
function interchange(): string[][] {
  const out: string[][] = [];
  const types = ['deadline', 'refusal_deadline', 'incomplete_package', 'extra_documents', 'documents_from_is', 'procedure', 'unjustified_refusal', 'schedule', 'paid_free_service', 'other'];
  const months = ['2024-04', '2024-05', '2024-06'];
  const totals = [0, 0, 0];
  types.forEach((t, i) => {
    const v = months.map((_, k) => (i + k) % 4);
    months.forEach((m, k) => out.push(['2-mk', 'Акимат «Тест» & Co', 'astana', m, `violations.${t}`, '', '', String(v[k])]));
    out.push(['2-mk', 'Акимат «Тест» & Co', 'astana', '2024-Q2', `violations.${t}`, '', '', String(v[0]! + v[1]! + v[2]!)]);
    v.forEach((x, k) => (totals[k]! += x));
  });
  months.forEach((m, k) => out.push(['2-mk', 'Акимат «Тест» & Co', 'astana', m, 'violations.total', '', '', String(totals[k]! + (k === 1 ? 5 : 0))]));
  out.push(['2-mk', 'Акимат «Тест» & Co', 'astana', '2024-Q2', 'violations.total', '', '', String(totals[0]! + totals[1]! + totals[2]!)]);
  return out;
}

/** What a load gives, less what is bound to the file's kind of text. */
function comparable(o: LoadOutcome) {
  if (!o.ok) return o;
  const { encoding: _e, delimiter: _d, lineEndings: _l, source: _s, sheet: _n, reports, ...rest } = o.file;
  return { ...rest, reports: unpackReports(reports) };
}

describe('xlsx writer and reader', () => {
  it('names columns both ways', () => {
    for (const i of [0, 1, 25, 26, 27, 51, 52, 701, 702, 16383]) expect(columnIndex(`${columnName(i)}7`)).toBe(i);
    expect(columnName(27)).toBe('AB');
    expect(columnIndex('12')).toBe(-1);
  });

  it('reads back what it writes: text as text, whole numbers as numbers, characters XML cannot hold', () => {
    const table = [
      ['Заголовок & <b>', '', 'x'],
      [],
      ['007', '12', '-', '1.5', 'line\nbreak', 'tab\there', 'bell\u0007', '_x0041_ stays', '=SUM(A1)', "'=quoted"],
    ];
    const bytes = writeXlsx({ name: 'Form [1-mk]', rows: table, widths: [10, 10] });
    const files = unzipSync(bytes);
    const sheet = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
    expect(sheet).toContain('<c r="B3"><v>12</v></c>');
    expect(sheet).toContain('<c r="A3" t="inlineStr">'); // a leading zero keeps the cell text
    expect(sheet).not.toContain('<f>'); // text that looks like a formula is stored as text
    const [read] = readWorkbook(bytes);
    expect(read?.name).toBe('Form -1-mk-');
    expect(read?.rows).toEqual([
      { row: 1, cells: ['Заголовок & <b>', '', 'x'] },
      { row: 2, cells: [] },
      { row: 3, cells: table[2] },
    ]);
    // Byte for byte the same each time.
    expect(writeXlsx({ name: 'x', rows: table })).toEqual(writeXlsx({ name: 'x', rows: table }));
  });

  it('styles the template: title and headings bold, code row and code columns grey, widths from the cells', () => {
    const t = templateRows(reference, '1-mk', TEXT);
    const s = templateSheet(t, '1-mk');
    const codeRow = t.findIndex((r) => r.includes('#code'));
    const codeCol = t[codeRow]!.indexOf('#code');
    expect(s.style?.(0, 0)).toBe('bold');
    expect(s.style?.(codeRow - 1, 1)).toBe('bold');
    expect(s.style?.(codeRow, 0)).toBe('code');
    expect(s.style?.(codeRow + 1, codeCol)).toBe('code');
    expect(s.style?.(codeRow + 1, 1)).toBe('plain');
    expect(s.widths?.[1]).toBeGreaterThan(20);
  });

  it('a blank template in XLSX is the CSV template, cell for cell', async () => {
    const t = templateRows(reference, '2-mk', TEXT);
    const x = new Uint8Array(await (await templateXlsx(t, '2-mk')).arrayBuffer());
    const [sheet] = readWorkbook(x);
    const fromCsv = Papa.parse<string[]>(templateCsv(t, 'ru').slice(1), { delimiter: ';' }).data.filter((r) => r.some((c) => c !== ''));
    const trim = (r: string[]) => {
      let end = r.length;
      while (end > 0 && r[end - 1] === '') end--;
      return r.slice(0, end);
    };
    expect(sheet?.rows.map((r) => r.cells).filter((r) => r.length > 0)).toEqual(fromCsv.map(trim));
  });

  it('the worked example in XLSX loads to the same rows, findings, lines and sums as in CSV', async () => {
    const example = fillFromCells(cells);
    if (!example) throw new Error('no example');
    const t = templateRows(reference, example.form, TEXT, example.fill);
    const fromCsv = await loadReportFile(input(templateCsv(t, 'ru')), reference, 'en');
    const fromXlsx = await loadXlsx(await templateXlsx(t, example.form), reference, 'en');
    expect(fromCsv.ok && fromXlsx.ok).toBe(true);
    expect(comparable(fromXlsx)).toEqual(comparable(fromCsv));
    expect(fromXlsx.ok && fromXlsx.file.kind).toBe('template');
    expect(fromXlsx.ok && fromXlsx.file.errors).toBeGreaterThan(0);
  });

  it('a workbook of another writer (shared strings, a formula) reads as its CSV: the formula is a finding, not a number', async () => {
    const table = interchange();
    const formulaAt = table.findIndex((r) => r[3] === '2024-Q2' && r[4] === 'violations.deadline');
    const data = [HEADER, ...table].map((r, i) => r.map((v, c) => (i === formulaAt + 1 && c === 7 ? { type: 'Formula' as const, value: `=SUM(H${i - 2}:H${i})` } : i > 0 && c === 7 ? Number(v) : v)));
    const bytes = new Uint8Array(await writeXlsxFile(data).toBuffer());
    const asCsv = [HEADER, ...table.map((r, i) => (i === formulaAt ? [...r.slice(0, 7), `=SUM(H${formulaAt - 1}:H${formulaAt + 1})`] : r))].map((r) => r.map((v) => (/[",]/.test(v) ? `"${v}"` : v)).join(',')).join('\n');
    const fromCsv = await loadReportFile(input(asCsv), reference, 'en');
    const fromXlsx = await loadXlsx(blob(bytes), reference, 'en');
    expect(comparable(fromXlsx)).toEqual(comparable(fromCsv));
    if (!fromXlsx.ok) throw new Error('not loaded');
    expect(fromXlsx.file.kind).toBe('interchange');
    expect(fromXlsx.file.reporters).toEqual(['Акимат «Тест» & Co']);
    const findings = findingsOf(fromXlsx.file);
    expect(findings.find((f) => f.kind === 'bad_value')).toMatchObject({ line: formulaAt + 2, code: 'violations.deadline', value: `=SUM(H${formulaAt - 1}:H${formulaAt + 1})` });
    // The total's May is 5 too high: one error on that cell, its months and its parts sums under it.
    expect(findings.filter((f) => f.code === 'violations.total').map((f) => [f.kind, f.period, f.related?.length])).toEqual([['cell_sums', '2024-05', 2]]);
  });

  it('a sheet row with a line break in a cell keeps the sheet\u2019s row numbers in findings', async () => {
    const table = interchange();
    table[0]![6] = 'two\nlines';
    table[5]![7] = 'x';
    const fromXlsx = await loadXlsx(blob(writeXlsx({ name: 's', rows: [HEADER, ...table] })), reference, 'en');
    if (!fromXlsx.ok) throw new Error('not loaded');
    expect(findingsOf(fromXlsx.file).find((f) => f.kind === 'bad_value')?.line).toBe(7);
  });

  it('reads the first sheet that holds a report, and names what is not one', async () => {
    // Another writer's workbook: a notes sheet first, then the report.
    const book = await writeXlsxFile([
      { sheet: 'Notes', data: [['Quarterly notes'], ['nothing here', 1]] },
      { sheet: 'Report', data: [HEADER, ...interchange()] },
    ]).toBuffer();
    const out = await loadXlsx(blob(new Uint8Array(book)), reference, 'en');
    expect(out.ok && out.file.rows).toBe(interchange().length);

    const random = await writeXlsxFile([['Name', 'Sales'], ['a', 1]]).toBuffer();
    expect(await loadXlsx(blob(new Uint8Array(random)), reference, 'en')).toEqual({ ok: false, problem: { kind: 'xlsx_no_report', sheets: 1 } });
    const good = writeXlsx({ name: 's', rows: [HEADER, ...interchange()] });
    expect(await loadXlsx(blob(good.slice(0, good.length >> 1)), reference, 'en')).toEqual({ ok: false, problem: { kind: 'xlsx_broken' } });
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array<number>(504).fill(0)]);
    expect(await loadXlsx(blob(xls), reference, 'en')).toEqual({ ok: false, problem: { kind: 'xls' } });
    const notBook = zipSync({ 'readme.txt': strToU8('hello') });
    expect(await loadXlsx(blob(notBook), reference, 'en')).toEqual({ ok: false, problem: { kind: 'zip' } });
    // A blank template: its missing quarter is named on its sheet row.
    const blank = await loadXlsx(await templateXlsx(templateRows(reference, '1-mk', TEXT), '1-mk'), reference, 'en');
    expect(blank).toEqual({ ok: false, problem: { kind: 'template_quarter', value: '', line: 5 } });
  });

  it('reads prefixed SpreadsheetML, rich and phonetic text, booleans, shared formulas and gaps between cells', () => {
    const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
    const rels = (body: string) => `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
    const bytes = zipSync({
      '_rels/.rels': strToU8(rels(rel('a', 'officeDocument', '/book/main.xml'))),
      'book/main.xml': strToU8(`<x:workbook ${ns}><x:sheets><x:sheet name="Chart" sheetId="2" r:id="c"/><x:sheet name="Data &amp; more" sheetId="1" r:id="s"/></x:sheets></x:workbook>`),
      'book/_rels/main.xml.rels': strToU8(rels(rel('s', 'worksheet', 'sheets/one.xml') + rel('c', 'chartsheet', 'charts/missing.xml') + rel('t', 'sharedStrings', '../strings.xml'))),
      'strings.xml': strToU8(`<x:sst ${ns}><x:si><x:r><x:t>Ақ</x:t></x:r><x:r><x:t xml:space="preserve"> мола</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ignored</x:t></x:rPh></x:si><x:si><x:t>a_x000D_b</x:t></x:si></x:sst>`),
      'book/sheets/one.xml': strToU8(
        `<x:worksheet ${ns}><x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="D2" t="b"><x:v>1</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row>` +
          `<x:row><x:c r="A3"><x:f t="shared" ref="A3:A4" si="0">B1*2</x:f><x:v>4</x:v></x:c><x:c r="B3" t="str"><x:f>"x"&amp;"y"</x:f><x:v>xy</x:v></x:c><x:c r="C3" t="e"><x:v>#DIV/0!</x:v></x:c></x:row>` +
          `<x:row r="4"><x:c r="A4"><x:f t="shared" si="0"/><x:v>6</x:v></x:c><x:c r="B4" t="inlineStr"><x:is><x:t>in</x:t><x:r><x:t>line</x:t></x:r></x:is></x:c><x:c r="C4"><x:v>-0</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      ),
    });
    expect(readWorkbook(bytes)).toEqual([
      {
        name: 'Data & more',
        rows: [
          { row: 2, cells: ['', 'Ақ мола', '', 'TRUE', 'a\rb'] },
          { row: 3, cells: ['=B1*2', '="x"&"y"', '#DIV/0!'] },
          { row: 4, cells: ['=…', 'inline', '-0'] },
        ],
      },
    ]);
  });
});
