import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { SCHEMAS, loadDataset, mustHaveRows } from '../../src/lib/data/datasets.ts';
import { loadBundledCsv, loadCsv, looksLikeHtml, parseJsonText } from '../../src/lib/data/load.ts';
import { namesSlice, notesSlice, serviceSlice } from '../../src/lib/data/slices.ts';
import { referenceFromFiles, type ControlCheckInput, type ControlRowInput } from '../../src/lib/control/reference.ts';
import { describeDatasetError } from '../../src/lib/data/describe-error.ts';
import { i18nObject } from '../../src/i18n/i18n-util.ts';
import { loadAllLocales } from '../../src/i18n/i18n-util.sync.ts';

loadAllLocales();
const tr = { en: i18nObject('en'), ru: i18nObject('ru'), kk: i18nObject('kk') };

const csv = <T>(path: string): T[] => Papa.parse<T>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
const fetcherOf = (text: string) => async () => ({ ok: true, status: 200, arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer });

describe('a file with a header and no rows', () => {
  it('is an error naming the file', async () => {
    const header = readFileSync('data/monitoring/national.csv', 'utf8').split('\n')[0] + '\n';
    const r = await loadDataset('monitoring/national.csv', fetcherOf(header));
    expect(r).toEqual({ ok: false, error: { file: 'monitoring/national.csv', line: null, problem: { code: 'noRows' } } });
    if (!r.ok) for (const l of ['en', 'ru', 'kk'] as const) expect(describeDatasetError(r.error, tr[l]).what).not.toMatch(/^$/);
  });
  it('whole files and name slices must have rows; a service’s or a dataset’s notes may be empty', () => {
    expect(mustHaveRows('monitoring/regions.csv')).toBe(true);
    expect(mustHaveRows(namesSlice('reference/regions.csv', 'en'))).toBe(true);
    expect(mustHaveRows(notesSlice('monitoring/regions', 'en'))).toBe(false);
    expect(mustHaveRows(serviceSlice('x', 'monitoring/service_regions.csv', 'en'))).toBe(false);
  });
});

describe('a control reference that contradicts itself is an error naming the file', () => {
  const rows = csv<ControlRowInput>('data/reference/control_rows.csv');
  const checks = csv<ControlCheckInput>('data/reference/control_checks.csv');
  it('the published files build', () => expect(referenceFromFiles(rows, checks).ok).toBe(true));
  it.each([
    ['cut at 55 %', rows.slice(0, Math.floor(rows.length * 0.55)), 'checkUnknownRow'],
    ['header only', [], 'checkUnknownRow'],
    ['a row twice', [...rows, rows[0]!], 'rowTwice'],
    ['an unknown parent', rows.map((r, i) => (i === 1 ? { ...r, parent_code: 'nope' } : r)), 'unknownParent'],
  ] as const)('%s', (_name, broken, code) => {
    const r = referenceFromFiles(broken as ControlRowInput[], checks);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.file).toContain('reference/control_rows.csv');
    expect(r.error.problem.code).toBe(code);
    // Wholly in the reader's language: no English words left in the Russian or Kazakh text.
    for (const l of ['ru', 'kk'] as const) expect(describeDatasetError(r.error, tr[l]).what).not.toMatch(/\b(check|form|row|names)\b/);
  });
});

describe('broken structure, wholly in the reader’s language', () => {
  const header = readFileSync('data/monitoring/national.csv', 'utf8').split('\n')[0];
  const cases: Array<[string, string, string]> = [
    ['an unterminated quote', `${header}\n"2020,4.5\n`, 'parse'],
    ['an HTML page in place of the CSV', '<!DOCTYPE html>\n<html><head><title>404</title></head><body>Not found</body></html>', 'html'],
    ['an HTML page without a doctype', '  <html lang="en"><body>Sign in</body></html>', 'html'],
    ['a line with too few fields', `${header}\n2020\n`, 'fieldCount'],
  ];
  it.each(cases)('%s', async (_name, text, code) => {
    const r = await loadCsv('monitoring/national.csv', SCHEMAS['monitoring/national.csv'], fetcherOf(text));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.problem.code).toBe(code);
    expect(describeDatasetError(r.error, tr.en).what).not.toContain('Quoted field');
    // No English (PapaParse's own words) inside the Russian and Kazakh texts.
    for (const l of ['ru', 'kk'] as const) expect(describeDatasetError(r.error, tr[l]).what, l).not.toMatch(/[a-z]{4,}/);
  });

  it('a JSON bundle of the wrong shape is not “the file is empty”', async () => {
    const r = await loadBundledCsv('slices/shape.json', 'reference/criteria.csv', SCHEMAS['reference/criteria.csv'], fetcherOf('{"reference/criteria.csv": 7}'));
    expect(r.ok ? null : r.error.problem).toEqual({ code: 'parse', detail: 'jsonShape' });
    if (!r.ok) expect(describeDatasetError(r.error, tr.en).what).not.toMatch(/empty/i);
  });

  it.each([
    ['{"a": 1}', { ok: true, value: { a: 1 } }],
    ['{"a": ', { ok: false, problem: { code: 'parse', detail: 'json' } }],
    ['<!doctype html><p>hi', { ok: false, problem: { code: 'html' } }],
  ] as const)('parseJsonText(%j)', (text, expected) => expect(parseJsonText(text)).toEqual(expected));

  it.each([
    ['<!DOCTYPE html>', true],
    ['\uFEFF<html>', true],
    ['<!-- x --><html>', true],
    ['<body>', true],
    ['region_id,name\n', false],
    ['<img src=x onerror=alert(1)>,x\n', false],
  ] as const)('looksLikeHtml(%j) → %s', (text, expected) => expect(looksLikeHtml(text)).toBe(expected));
});
