import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { buildReference, type ControlCheckInput, type ControlRowInput } from '../../src/lib/control/reference.ts';
import { CsvStream, detectDelimiter } from '../../src/lib/control/own/csv-stream.ts';
import { decodeChunks, looksUtf16, sniffBinary } from '../../src/lib/control/own/decode.ts';
import { loadReportFile } from '../../src/lib/control/own/load.ts';
import { templateCsv, templateRows, type TemplateText } from '../../src/lib/control/own/template.ts';
import { fillFromCells, type FiledCell } from '../../src/lib/control/own/worked-example.ts';
import { unpackReports } from '../../src/lib/control/own/summary.ts';
import { trendSteps, trendTable } from '../../src/lib/control/own/trends.ts';
import { findingsOf } from '../../src/lib/control/own/file-findings.ts';

const csv = <T>(path: string) => Papa.parse<T>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true, dynamicTyping: false }).data;
const rows = csv<Record<string, string>>('data/reference/control_rows.csv').map((r) => ({ ...r, parent_code: r.parent_code || null, service_dim: r.service_dim || null, applicant_split: r.applicant_split === 'true' }) as unknown as ControlRowInput);
const checks = csv<ControlCheckInput>('data/reference/control_checks.csv');
const reference = buildReference(rows, checks);
const cells = csv<Record<string, string>>('data/control/report_cells.csv') as unknown as FiledCell[];

const input = (text: string | Uint8Array, pieces = 3) => {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return {
    size: bytes.length,
    head: bytes.slice(0, 4096),
    chunks: async function* () {
      const step = Math.max(1, Math.ceil(bytes.length / pieces));
      for (let i = 0; i < bytes.length; i += step) yield bytes.slice(i, i + step);
    },
  };
};
const TEXT: TemplateText = {
  title: 'T',
  keys: { form: 'Form', reporter: 'Reporter', region_id: 'Region', quarter: 'Quarter' },
  columns: { printed: 'No.', label: 'Label', service: 'Service', m1: 'M1', m2: 'M2', m3: 'M3', q: 'Q', code: 'Code', applicant: 'Applicant' },
  applicant: { individual: 'ind', legal: 'leg' },
  language: 'ru',
};

/** Rows and their lines from text given in pieces. */
const rowsOf = (pieces: string[]) => {
  const out: Array<[string[], number]> = [];
  const s = new CsvStream((c, l) => out.push([c, l]));
  for (const piece of pieces) s.push(piece);
  s.end();
  return out;
};

describe('csv stream (piece by piece)', () => {
  it('splits rows across pieces, keeps quoted separators and line breaks, counts lines', () => {
    expect(rowsOf(['a;b;"c;', 'd"\r\n1;"x\n', 'y";3\n4;5;6'])).toEqual([
      [['a', 'b', 'c;d'], 1],
      [['1', 'x\ny', '3'], 2],
      [['4', '5', '6'], 4],
    ]);
  });
  it('reads doubled quotes, CRLF (also split between pieces, also after a quoted cell) and a file without a last line break', () => {
    expect(rowsOf(['form,"say ""hi""",x\r', '\n1,2,"3"\r\n', '4,5,6'])).toEqual([
      [['form', 'say "hi"', 'x'], 1],
      [['1', '2', '3'], 2],
      [['4', '5', '6'], 3],
    ]);
  });
  it('keeps what was read of a truncated last line, an unclosed quote included', () => {
    expect(rowsOf(['a,b,c\n1,2'])).toEqual([
      [['a', 'b', 'c'], 1],
      [['1', '2'], 2],
    ]);
    expect(rowsOf(['a,b,c\n1,"2', '\n3'])).toEqual([
      [['a', 'b', 'c'], 1],
      [['1', '2\n3'], 2],
    ]);
  });
  it('counts lines over long files read in many pieces, empty lines and quoted line breaks included', () => {
    // About 1 MB, 16 pieces: rows and quoted cells cut between them (3 MB took over 10 s on a busy machine).
    const N = 100_000;
    const cell = (i: number) => (i % 997 === 20 ? [`"q;\nq"`, String(i)] : i === 10 ? [''] : ['r', String(i)]);
    const text = Array.from({ length: N }, (_, i) => cell(i).join(';')).join('\n') + '\n';
    const pieces = text.match(/[^]{1,65521}/g) ?? [];
    const out = rowsOf(pieces);
    expect(out).toHaveLength(N);
    let line = 1;
    const wrong: number[] = [];
    out.forEach(([cells, at], i) => {
      if (at !== line || cells.join(';') !== cell(i).join(';').replaceAll('"', '')) wrong.push(i);
      line += i % 997 === 20 ? 2 : 1;
    });
    expect(wrong).toEqual([]);
    // About 0.3 s idle; a busy 2-core machine has taken 5 s.
  }, 30_000);
  it('reads lines ending in \\r alone, and any mix of \\n, \\r\\n and \\r, with the line numbers an editor shows', () => {
    const lines = ['a,b', '1,2', '3,4', '5,6', '7,8', '9,10'];
    const expected = lines.map((l, i) => [l.split(','), i + 1]);
    const cr = lines.join('\r') + '\r';
    const mixed = 'a,b\r1,2\n3,4\r\n5,6\r7,8\n9,10\r\n';
    for (const text of [cr, mixed]) {
      // Whole, and cut at every place (a "\r\n" split between two pieces included).
      expect(rowsOf([text])).toEqual(expected);
      for (let i = 1; i < text.length; i++) expect(rowsOf([text.slice(0, i), text.slice(i)]), `cut at ${i}`).toEqual(expected);
    }
    const ends = (pieces: string[]) => {
      const s = new CsvStream(() => {});
      for (const p of pieces) s.push(p);
      s.end();
      return s.lineEndings;
    };
    expect(ends([cr])).toBe('cr');
    expect(ends([mixed])).toBe('mixed');
    expect(ends(['a\r\nb\r', '\nc\r\n'])).toBe('crlf');
    expect(ends(['a\nb\n'])).toBe('lf');
    expect(ends(['a,b'])).toBe('none');
    // A quoted line break ending in a lone \r stays inside its cell.
    expect(rowsOf(['x,"p\rq",y\rz'])).toEqual([
      [['x', 'p\nq', 'y'], 1],
      [['z'], 3],
    ]);
  });
  it('drops a UTF-8 byte order mark (decoded text) before the first cell', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('form;reporter\r\n1-mk;x\r\n')]);
    const out: Array<[string[], number]> = [];
    const s = new CsvStream((c, l) => out.push([c, l]));
    await decodeChunks(
      (async function* () {
        yield bytes.slice(0, 2);
        yield bytes.slice(2);
      })(),
      'utf-8',
      (t) => s.push(t),
    );
    s.end();
    expect(s.separator).toBe(';');
    expect(out).toEqual([
      [['form', 'reporter'], 1],
      [['1-mk', 'x'], 2],
    ]);
  });
  it('detects the separator', () => {
    expect(detectDelimiter('a;b;c\n1;2,5;3')).toBe(';');
    expect(detectDelimiter('form,reporter,"x;y"\n')).toBe(',');
  });
  it('names binary files by their first bytes', () => {
    expect(sniffBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 4)).toBe('image');
    expect(sniffBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 4)).toBe('zip');
    expect(sniffBinary(new Uint8Array([]), 0)).toBe('empty');
    expect(sniffBinary(new TextEncoder().encode('form,reporter'), 13)).toBeUndefined();
  });
  it('names UTF-16 text, with or without its byte-order mark, apart from binary data', () => {
    const text = 'form,reporter,region_id,period\n1-mk,Акимат,astana,2021-Q3\n';
    const le = (bom: boolean) => {
      const out: number[] = bom ? [0xff, 0xfe] : [];
      for (const ch of text) out.push(ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8);
      return new Uint8Array(out);
    };
    const be = new Uint8Array([0xfe, 0xff, ...[...text].flatMap((ch) => [ch.charCodeAt(0) >> 8, ch.charCodeAt(0) & 0xff])]);
    expect(sniffBinary(le(true), le(true).length)).toBe('utf16');
    expect(sniffBinary(be, be.length)).toBe('utf16');
    expect(sniffBinary(le(false), le(false).length)).toBe('utf16_nobom');
    expect(looksUtf16(le(false))).toBe(true);
    // Zeros on both sides or in pairs: binary, not UTF-16.
    expect(sniffBinary(new Uint8Array([1, 0, 0, 2, 3, 0, 0, 0, 5, 6]), 10)).toBe('binary');
    expect(looksUtf16(new Uint8Array([65, 0, 66, 0, 0, 0, 67, 0]))).toBe(false);
    expect(looksUtf16(new TextEncoder().encode('form,reporter'))).toBe(false);
    // UTF-32's mark is not taken for UTF-16.
    expect(sniffBinary(new Uint8Array([0xff, 0xfe, 0, 0, 0x66, 0, 0, 0]), 8)).toBe('binary');
  });
  it('loads nothing of a UTF-16 file and says which encoding it found', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...[...'form,reporter\n'].flatMap((ch) => [ch.charCodeAt(0), 0])]);
    expect(await loadReportFile(input(bytes), reference, 'en')).toEqual({ ok: false, problem: { kind: 'utf16' } });
  });
});

describe('loading files', () => {
  it('reads the worked example written in its template back to the filed cells', async () => {
    const example = fillFromCells(cells);
    expect(example?.form).toBe('s000');
    const text = templateCsv(templateRows(reference, 's000', TEXT, example?.fill), 'ru');
    const out = await loadReportFile(input(text), reference, 'en');
    if (!out.ok) throw new Error(out.problem.kind);
    expect(out.file.kind).toBe('template');
    expect(out.file.rows).toBe(cells.length);
    expect(out.file.byKind.blank).toBe(cells.filter((c) => (c.value ?? '') === '').length);
  });

  it('reads Windows-1251 and reports a wrong quarter sum with both numbers', async () => {
    const head = 'form,reporter,region_id,period,code,applicant,service,value\n';
    const body = ['2021-07', '2021-08', '2021-09'].map((m) => `2-mk,Акимат,astana,${m},violations.deadline,,,2`).join('\n') + '\n2-mk,Акимат,astana,2021-Q3,violations.deadline,,,7\n';
    const cp1251 = new Uint8Array([...(head + body)].map((ch) => { const c = ch.charCodeAt(0); return c >= 0x410 && c <= 0x44f ? c - 0x410 + 0xc0 : c; }));
    const out = await loadReportFile(input(cp1251), reference, 'en');
    if (!out.ok) throw new Error(out.problem.kind);
    expect(out.file.encoding).toBe('windows-1251');
    expect(out.file.reporters).toEqual(['Акимат']);
    const f = findingsOf(out.file).find((x) => x.kind === 'months_sum');
    expect(f).toMatchObject({ expected: 6, actual: 7, difference: 1, line: 5 });
  });

  it('names bad files: empty, not a report, a template without its quarter', async () => {
    expect(await loadReportFile(input(''), reference, 'en')).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(await loadReportFile(input('a;b\n1;2\n'), reference, 'en')).toMatchObject({ ok: false, problem: { kind: 'unknown_kind' } });
    const blank = templateCsv(templateRows(reference, '1-mk', TEXT), 'ru');
    expect(await loadReportFile(input(blank), reference, 'en')).toMatchObject({ ok: false, problem: { kind: 'template_quarter', value: '' } });
    // Cut short in the middle of a row: named with its line, nothing of it summed.
    const cut = 'form,reporter,region_id,period,code,applicant,service,value\n2-mk,a,,2021-Q3,violations.total,,,4\n2-mk,a,,2021-Q3,violations.dead';
    expect(await loadReportFile(input(cut), reference, 'en')).toEqual({ ok: false, problem: { kind: 'short_row', line: 3, cells: 5 } });
  });

  it('sums quarters into trends, gaps stay gaps, different compositions are not added', async () => {
    const h = 'form,reporter,region_id,period,code,applicant,service,value\n';
    const text = h + ['1-mk,a,,2021-Q1,violations.total,,,4', '1-mk,b,,2021-Q1,violations.total,,,6', '1-mk,a,,2021-Q3,violations.total,,,', 's000,c,,2021-Q1,delivered.total,individual,,5', 's000,c,,2021-Q1,delivered.total,legal,,1', '1-mk,a,,2021-Q1,delivered.total,individual,,3', '1-mk,a,,2021-Q1,delivered.total,legal,,-'].join('\n');
    const out = await loadReportFile(input(text), reference, 'en');
    if (!out.ok) throw new Error(out.problem.kind);
    const reports = unpackReports(out.file.reports);
    const v = trendTable(reports, reference, 'violations', 'quarter', 'en');
    expect(v.periods).toEqual(['2021-Q1', '2021-Q2', '2021-Q3']);
    expect(v.cells[0]?.map((c) => c.value)).toEqual([10, null, null]);
    const d = trendTable(reports, reference, 'delivered', 'quarter', 'en');
    const totals = d.series.filter((s) => s.code === 'delivered.total');
    expect(totals.map((s) => s.forms)).toEqual([['1-mk'], ['s000']]);
    expect(totals.map((s) => d.cells[d.series.indexOf(s)]?.[0]?.value)).toEqual([3, 6]);
    // In steps of two reports: it pauses between them, and gives the same table in the end.
    for (const topic of ['violations', 'delivered', 'rates'] as const) {
      for (const grain of ['quarter', 'year'] as const) {
        const steps = trendSteps(reports, reference, topic, grain, 'en', 2);
        let pauses = 0;
        let r = steps.next();
        for (; !r.done; r = steps.next()) pauses++;
        expect(pauses).toBe(2 * Math.floor(reports.length / 2));
        expect(r.value).toEqual(trendTable(reports, reference, topic, grain, 'en'));
      }
    }
  });
});

describe('report by report', () => {
  it('a file whose reports are interleaved gives the same findings and sums as a sorted one', async () => {
    const h = 'form,reporter,region_id,period,code,applicant,service,value\n';
    const a = ['2-mk,a,,2021-07,violations.total,,,1', '2-mk,a,,2021-08,violations.total,,,1', '2-mk,a,,2021-09,violations.total,,,1', '2-mk,a,,2021-Q3,violations.total,,,4'];
    const b = ['2-mk,b,,2021-Q3,violations.total,,,5', '2-mk,b,,2021-Q3,violations.deadline,,,'];
    const sorted = await loadReportFile(input(h + [...a, ...b].join('\n')), reference, 'en');
    const mixed = await loadReportFile(input(h + [a[0], b[0], a[1], b[1], a[2], a[3]].join('\n')), reference, 'en');
    if (!sorted.ok || !mixed.ok) throw new Error('not loaded');
    const summary = (f: typeof sorted.file) => findingsOf(f).map((x) => `${x.kind} ${x.reporter} ${x.expected ?? ''}`).sort();
    expect(summary(mixed.file)).toEqual(summary(sorted.file));
    expect(summary(sorted.file)).toEqual(['blank b ', 'months_sum a 3']);
    expect([...mixed.file.reports.values]).toEqual([...sorted.file.reports.values]);
  });
});
