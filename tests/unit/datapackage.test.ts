// data/datapackage.json is the one schema of data/: every published file is described (in three
// languages), the app's loaders are generated from it and must be up to date, and the browser's
// parser accepts exactly the committed files (a tampered copy fails). data:check's own tests on
// tampered copies are in check.test.ts.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { undeclaredFiles } from '../../scripts/check/main.ts';
import { anchored, readPackage } from '../../scripts/schema/datapackage.ts';
import { browserSchemasSource, GENERATED_PATH } from '../../scripts/schema/gen-browser.ts';
import { SCHEMAS, type DatasetFile, type DatasetRow } from '../../src/lib/data/datasets.ts';
import { parseCsv } from '../../src/lib/data/parse-csv.ts';

const DATA = resolve(__dirname, '../../data');
const pkg = readPackage();
const tabular = pkg.resources.filter((r) => r.schema);

describe('datapackage.json', () => {
  it('describes every file of data/, each in kk, ru and en', () => {
    expect(undeclaredFiles(DATA)).toEqual([]);
    for (const r of pkg.resources) {
      expect(() => readFileSync(join(DATA, r.path))).not.toThrow();
      for (const lang of ['kk', 'ru', 'en'] as const) {
        expect(r['sapa:title'][lang], `${r.path} title ${lang}`).not.toBe('');
        expect(r['sapa:description'][lang], `${r.path} description ${lang}`).not.toBe('');
      }
    }
  });
  it('finds a file it does not describe', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sapa-data-'));
    try {
      cpSync(DATA, dir, { recursive: true });
      writeFileSync(join(dir, 'monitoring', 'extra.csv'), 'a\n1\n');
      expect(undeclaredFiles(dir)).toEqual(['monitoring/extra.csv']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('has keys, foreign keys and rank groups that name real fields and resources', () => {
    const byName = new Map(tabular.map((r) => [r.name, r]));
    for (const r of tabular) {
      const fields = new Set(r.schema?.fields.map((f) => f.name));
      for (const k of r.schema?.primaryKey ?? []) expect(fields.has(k), `${r.path} key ${k}`).toBe(true);
      for (const k of r.schema?.['sapa:rankGroup'] ?? []) expect(fields.has(k), `${r.path} rank group ${k}`).toBe(true);
      for (const fk of r.schema?.foreignKeys ?? []) {
        const target = byName.get(fk.reference.resource);
        expect(target, `${r.path} → ${fk.reference.resource}`).toBeDefined();
        for (const f of fk.fields) expect(fields.has(f)).toBe(true);
        for (const f of fk.reference.fields) expect(target?.schema?.primaryKey).toContain(f);
      }
      for (const f of r.schema?.fields ?? []) if (f.constraints?.pattern) expect(() => anchored(f.constraints?.pattern ?? '')).not.toThrow();
    }
  });
});

describe('the app’s schemas (src/lib/data/schemas.generated.ts)', () => {
  it('are generated from the package and up to date (npm run schema:gen)', () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(browserSchemasSource(pkg));
  });
  it('cover every CSV with the package’s columns in order', () => {
    expect(Object.keys(SCHEMAS).sort()).toEqual(tabular.map((r) => r.path).sort());
    for (const r of tabular) expect(Object.keys(SCHEMAS[r.path as DatasetFile])).toEqual(r.schema?.fields.map((f) => f.name));
  });
  it('accept every committed file, and reject a tampered value', () => {
    for (const file of Object.keys(SCHEMAS) as DatasetFile[]) {
      const result = parseCsv(readFileSync(join(DATA, file), 'utf8'), SCHEMAS[file], file);
      expect(result.ok, `${file}: ${JSON.stringify(!result.ok && result.error)}`).toBe(true);
    }
    const text = readFileSync(join(DATA, 'monitoring/regions.csv'), 'utf8').replace(',leb,', ',everything,');
    const bad = parseCsv(text, SCHEMAS['monitoring/regions.csv'], 'monitoring/regions.csv');
    expect(bad.ok ? null : bad.error.problem).toEqual({ code: 'notAllowed', column: 'scope', value: 'everything' });
    const kind = readFileSync(join(DATA, 'monitoring/national.csv'), 'utf8').replace(',table,', ',page,');
    expect(parseCsv(kind, SCHEMAS['monitoring/national.csv'], 'monitoring/national.csv').ok).toBe(false);
  });
  it('type the rows from the package (compile-time)', () => {
    expectTypeOf<DatasetRow<'monitoring/regions.csv'>['scope']>().toEqualTypeOf<'leb' | 'all_providers' | 'appendix_b'>();
    expectTypeOf<DatasetRow<'monitoring/regions.csv'>['avg_score']>().toEqualTypeOf<number | null>();
    expectTypeOf<DatasetRow<'monitoring/services.csv'>['source_kind']>().toEqualTypeOf<'table' | 'appendix' | 'section'>();
    expectTypeOf<DatasetRow<'monitoring/services.csv'>['respondents_table']>().toEqualTypeOf<number | null>();
    expectTypeOf<DatasetRow<'reference/services.csv'>['surveyed']>().toEqualTypeOf<boolean>();
    expectTypeOf<DatasetRow<'reference/services.csv'>['report_section']>().toEqualTypeOf<string>();
    expectTypeOf<DatasetRow<'monitoring/national.csv'>['year']>().toEqualTypeOf<number>();
  });
});
