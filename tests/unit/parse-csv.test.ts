import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvInSteps, splitCsvText } from '../../src/lib/data/parse-csv.ts';
import { decodeUtf8, loadCsv } from '../../src/lib/data/load.ts';
import { describeDatasetError } from '../../src/lib/data/describe-error.ts';
import { loadAllLocales } from '../../src/i18n/i18n-util.sync.ts';
import { i18n } from '../../src/i18n/i18n-util.ts';
import type { Schema } from '../../src/lib/data/schema.ts';

const schema = {
  region_id: { type: 'string', required: true },
  year: { type: 'integer', required: true, min: 2014, max: 2030 },
  avg_score: { type: 'number', min: 1, max: 5 },
  scope: { type: 'string', values: ['leb', 'all_providers'] as const },
  surveyed: { type: 'boolean' },
} as const satisfies Schema;

const header = 'region_id,year,avg_score,scope,surveyed';

describe('parseCsv', () => {
  it('returns typed rows, null for empty cells', () => {
    const r = parseCsv(`${header}\nakmola,2020,4.73,leb,true\npavlodar,2019,,,\n`, schema, 'x.csv');
    expect(r).toEqual({
      ok: true,
      rows: [
        { region_id: 'akmola', year: 2020, avg_score: 4.73, scope: 'leb', surveyed: true },
        { region_id: 'pavlodar', year: 2019, avg_score: null, scope: null, surveyed: null },
      ],
    });
  });

  it('strips a UTF-8 BOM and accepts CRLF', () => {
    const r = parseCsv(`\uFEFF${header}\r\nakmola,2020,4.73,leb,false\r\n`, schema, 'x.csv');
    expect(r.ok && r.rows[0]).toEqual({ region_id: 'akmola', year: 2020, avg_score: 4.73, scope: 'leb', surveyed: false });
  });

  it('reports a missing column with the file and the header line', () => {
    const r = parseCsv('region_id,year,scope,surveyed\nakmola,2020,leb,true\n', schema, 'regions.csv');
    expect(r).toEqual({ ok: false, error: { file: 'regions.csv', line: 1, problem: { code: 'missingColumn', column: 'avg_score' } } });
  });

  it('reports a non-numeric value with its line', () => {
    const r = parseCsv(`${header}\nakmola,2020,4.73,leb,true\nkostanay,2020,4,6,leb,true\n`, schema, 'f.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.line).toBe(3);
    const r2 = parseCsv(`${header}\nakmola,2020,"4,73",leb,true\n`, schema, 'f.csv');
    expect(r2).toEqual({ ok: false, error: { file: 'f.csv', line: 2, problem: { code: 'notNumber', column: 'avg_score', value: '4,73' } } });
  });

  it('rejects out-of-range numbers, non-integers and values outside an enum', () => {
    expect(parseCsv(`${header}\nakmola,2020,7.9,leb,true\n`, schema, 'f.csv')).toMatchObject({ ok: false, error: { problem: { code: 'outOfRange', column: 'avg_score' } } });
    expect(parseCsv(`${header}\nakmola,2020.5,4,leb,true\n`, schema, 'f.csv')).toMatchObject({ ok: false, error: { problem: { code: 'notInteger', column: 'year' } } });
    expect(parseCsv(`${header}\nakmola,2020,4,all,true\n`, schema, 'f.csv')).toMatchObject({ ok: false, error: { problem: { code: 'notAllowed', column: 'scope' } } });
    expect(parseCsv(`${header}\n,2020,4,leb,true\n`, schema, 'f.csv')).toMatchObject({ ok: false, error: { line: 2, problem: { code: 'required', column: 'region_id' } } });
  });

  it('reports an empty file', () => {
    expect(parseCsv('', schema, 'e.csv')).toEqual({ ok: false, error: { file: 'e.csv', line: null, problem: { code: 'empty' } } });
    expect(parseCsv('\uFEFF\r\n', schema, 'e.csv')).toMatchObject({ ok: false, error: { problem: { code: 'empty' } } });
  });

  it('keeps HTML in a text cell verbatim, as data, not markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const r = parseCsv(`${header}\n"${evil}",2020,4.5,leb,true\n`, schema, 'f.csv');
    expect(r.ok && r.rows[0]?.region_id).toBe(evil);
  });

  it('reports a row with the wrong number of cells', () => {
    expect(parseCsv(`${header}\nakmola,2020\n`, schema, 'f.csv')).toMatchObject({ ok: false, error: { line: 2, problem: { code: 'fieldCount', found: 2, expected: 5 } } });
  });
});

describe('parsing in pieces', () => {
  const body = ['akmola,2020,4.73,leb,true', '"pavlodar, ""north""",2019,,,', '"multi\nline",2018,4.1,all_providers,false', 'almaty,2017,4.5,leb,true'];
  const text = `${header}\r\n${body.join('\r\n')}\r\n`;

  it('splits only at newlines outside quotes, and loses nothing', () => {
    const pieces = splitCsvText(text, 1);
    expect(pieces.join('')).toBe(text);
    expect(pieces).toHaveLength(5); // header + 4 records: the quoted newline is not a boundary
    expect(pieces[3]).toBe('"multi\nline",2018,4.1,all_providers,false\r\n');
    expect(splitCsvText(text, 10_000)).toEqual([text]);
  });

  it('cuts where a character-by-character scan would, for any piece size', () => {
    // Reference: visit every character, track quotes, cut at the first newline outside quotes once
    // the piece is long enough.
    const reference = (t: string, size: number) => {
      const out: string[] = [];
      let start = 0;
      let quoted = false;
      for (let i = 0; i < t.length; i++) {
        if (t[i] === '"') quoted = !quoted;
        else if (t[i] === '\n' && !quoted && i + 1 - start >= size) {
          out.push(t.slice(start, i + 1));
          start = i + 1;
        }
      }
      if (start < t.length) out.push(t.slice(start));
      return out;
    };
    const tricky = `${text}"a\n\nb",1,,,\n""""\n,\n\n"x""\ny",2\nlast-without-newline`;
    for (const t of [text, tricky, '', '\n', '"', 'a\nb']) {
      for (const size of [0, 1, 2, 5, 17, 40, 1000]) expect(splitCsvText(t, size), `size ${size}`).toEqual(reference(t, size));
    }
  });

  it('gives the same rows and the same error lines whatever the piece size', () => {
    const whole = parseCsv(text, schema, 'x.csv');
    expect(whole.ok && whole.rows.map((r) => r.region_id)).toEqual(['akmola', 'pavlodar, "north"', 'multi\nline', 'almaty']);
    for (const size of [1, 30, 64]) expect(parseCsv(text, schema, 'x.csv', size)).toEqual(whole);
    const bad = text.replace('almaty,2017,4.5', 'almaty,2017,9.5');
    for (const size of [1, 30, 10_000]) expect(parseCsv(bad, schema, 'x.csv', size)).toMatchObject({ ok: false, error: { line: 5, problem: { code: 'outOfRange' } } });
  });

  it('pauses between pieces, not before the first or after the last', async () => {
    let pauses = 0;
    const r = await parseCsvInSteps(text, schema, 'x.csv', async () => void pauses++, 1);
    expect(r).toEqual(parseCsv(text, schema, 'x.csv'));
    expect(pauses).toBe(4);
  });
});

describe('loadCsv', () => {
  it('fetches from the data folder and parses', async () => {
    const seen: string[] = [];
    const r = await loadCsv('monitoring/x.csv', schema, async (url) => {
      seen.push(url);
      return { ok: true, status: 200, arrayBuffer: async () => bytes(`${header}\nakmola,2020,4.73,leb,true\n`) };
    });
    expect(seen).toEqual(['data/monitoring/x.csv']);
    expect(r.ok && r.rows.length).toBe(1);
  });
  it('turns HTTP errors and network failures into typed errors', async () => {
    expect(await loadCsv('x.csv', schema, async () => ({ ok: false, status: 404, arrayBuffer: async () => new ArrayBuffer(0) }))).toEqual({
      ok: false,
      error: { file: 'x.csv', line: null, problem: { code: 'network', status: '404' } },
    });
    expect(await loadCsv('x.csv', schema, async () => Promise.reject(new Error('offline')))).toMatchObject({ ok: false, error: { problem: { code: 'network' } } });
  });
  it('rejects a file that is not valid UTF-8 with an encoding error', async () => {
    // "Ақмола" as Windows-1251 would have it: bytes that are not UTF-8.
    const cp1251 = new Uint8Array([0x41, 0xea, 0xec, 0xee, 0xeb, 0xe0]);
    const body = new Uint8Array([...new Uint8Array(bytes(`${header}\n`)), ...cp1251, ...new Uint8Array(bytes(',2020,4.73,leb,true\n'))]);
    const r = await loadCsv('x.csv', schema, async () => ({ ok: true, status: 200, arrayBuffer: async () => body.buffer }));
    expect(r).toEqual({ ok: false, error: { file: 'x.csv', line: null, problem: { code: 'encoding' } } });
  });
  it('turns a body that breaks off while downloading into a network error', async () => {
    const r = await loadCsv('x.csv', schema, async () => ({ ok: true, status: 200, arrayBuffer: () => Promise.reject(new TypeError('network')) }));
    expect(r).toMatchObject({ ok: false, error: { problem: { code: 'network' } } });
  });
});

describe('decodeUtf8', () => {
  it('decodes UTF-8, drops a byte-order mark and refuses anything else', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0xd2, 0x9a]))).toBe('Қ');
    expect(decodeUtf8(new Uint8Array([0xc0, 0xaf]))).toBeNull(); // overlong "/"
    expect(decodeUtf8(new Uint8Array([0xd2]))).toBeNull(); // cut in the middle of a letter
    expect(decodeUtf8(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBeNull(); // UTF-16
  });
  it('names the problem in all three languages', () => {
    loadAllLocales();
    const error = { file: 'x.csv', line: null, problem: { code: 'encoding' as const } };
    const texts = (['kk', 'ru', 'en'] as const).map((l) => describeDatasetError(error, i18n()[l]).what);
    expect(texts[2]).toContain('UTF-8');
    expect(new Set(texts).size).toBe(3);
    for (const t of texts) expect(t).toContain('UTF-8');
  });
});

function bytes(text: string): ArrayBuffer {
  return new TextEncoder().encode(text).buffer as ArrayBuffer;
}
