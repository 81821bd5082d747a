import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSlices } from '../../scripts/slices/build.ts';
import { parseCsv } from '../../src/lib/data/parse-csv.ts';
import { loadDataset, SCHEMAS, type DatasetFile } from '../../src/lib/data/datasets.ts';
import { loadBundledCsv, type Fetcher } from '../../src/lib/data/load.ts';
import { notesFor } from '../../src/lib/data/notes.ts';
import {
  columnsInLocale,
  NAME_SLICE_FILES,
  namesSlice,
  NOTE_SLICE_DATASETS,
  notesSlice,
  schemaInLocale,
  SERVICE_BUNDLE_FILES,
  SERVICE_INDEX_PATH,
  SERVICE_NOTE_DATASETS,
  serviceBundlePath,
} from '../../src/lib/data/slices.ts';
import { LOCALES, type Locale } from '../../src/lib/i18n/locale.ts';

const DATA = resolve(import.meta.dirname, '../../data');
const slices = buildSlices(DATA);

// Each whole file is parsed once: the per-service test below reads five files for each of 70
// services in 3 languages, and re-parsing them there took over 5 s on a busy machine.
const parsed = new Map<DatasetFile, readonly unknown[]>();
function whole<F extends DatasetFile>(file: F) {
  const cached = parsed.get(file);
  if (cached) return cached as ReturnType<typeof parseWhole<F>>;
  const rows = parseWhole(file);
  parsed.set(file, rows);
  return rows;
}
function parseWhole<F extends DatasetFile>(file: F) {
  const r = parseCsv(readFileSync(join(DATA, file), 'utf8'), SCHEMAS[file], file);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.rows;
}
/** A slice's rows, checked against its file's schema in the slice's language. */
function part<F extends DatasetFile>(text: string, file: F, locale: Locale) {
  const r = parseCsv(text, schemaInLocale(SCHEMAS[file], locale) as (typeof SCHEMAS)[F], file);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.rows;
}
/** Rows of a whole file as a locale's slice holds them: without the other languages' text. */
function inLocaleRows<R extends object>(rows: readonly R[], locale: Locale): Partial<R>[] {
  return rows.map((row) => {
    const keep = columnsInLocale(Object.keys(row), locale);
    return Object.fromEntries(Object.entries(row).filter(([k]) => keep.includes(k))) as Partial<R>;
  });
}

describe('build-time slices of the published data', () => {
  const services = whole('reference/services.csv');

  it('are the same bytes on every build', () => {
    expect([...buildSlices(DATA)]).toEqual([...slices]);
  });

  it('include services', () => {
    expect(services.length).toBeGreaterThan(0);
  });

  // One test per service (each about 0.1 s): as one test over all 70 it took over 5 s on a busy machine.
  it.each(services.map((service) => [service.service_id, service] as const))('bundle, for service %s, exactly its rows of each file, valid under that file schema', (id, service) => {
    const notes = whole('monitoring/notes.csv');
    {
      for (const locale of LOCALES) {
        const text = slices.get(serviceBundlePath(id, locale));
        expect(text, id).toBeDefined();
        const parts = JSON.parse(text as string) as Record<string, string>;
        expect(Object.keys(parts)).toEqual([...SERVICE_BUNDLE_FILES]);
        expect(part(parts['reference/services.csv'] as string, 'reference/services.csv', locale)).toEqual(inLocaleRows([service], locale));
        const bodies = whole('reference/bodies.csv').filter((b) => b.body_id === service.body_id);
        expect(part(parts['reference/bodies.csv'] as string, 'reference/bodies.csv', locale)).toEqual(inLocaleRows(bodies, locale));
        for (const file of ['monitoring/service_criteria.csv', 'monitoring/service_channels.csv', 'monitoring/service_providers.csv', 'monitoring/service_regions.csv', 'monitoring/service_callcentre.csv'] as const) {
          expect(part(parts[file] as string, file, locale), `${id} ${file}`).toEqual((whole(file) as Array<{ service_id: string }>).filter((r) => r.service_id === id));
        }
        // The page shows the same notes from the slice as from the whole file, in its language.
        const sliced = part(parts['monitoring/notes.csv'] as string, 'monitoring/notes.csv', locale);
        for (const ds of SERVICE_NOTE_DATASETS) expect(notesFor(sliced as typeof notes, ds, id), `${id} ${ds}`).toEqual(inLocaleRows(notesFor(notes, ds, id), locale));
      }
    }
  });

  it('list every service that has a bundle, and no other', () => {
    expect(JSON.parse(slices.get(SERVICE_INDEX_PATH) as string)).toEqual({ ids: services.map((s) => s.service_id) });
  });

  it('give each dataset its own notes', () => {
    const notes = whole('monitoring/notes.csv');
    let count = 0;
    for (const locale of LOCALES) {
      for (const ds of NOTE_SLICE_DATASETS) {
        // Header only for a dataset without notes (monitoring/providers today).
        const text = slices.get(notesSlice(ds, locale).path) as string;
        expect(text.split('\n')[0]).toBe(`note_id,dataset,key,kind,text_${locale}`);
        const rows = part(text, 'monitoring/notes.csv', locale);
        expect(rows).toEqual(inLocaleRows(notes.filter((n) => n.dataset === ds), locale));
        count += rows.length;
      }
    }
    expect(count).toBeGreaterThan(0);
  });

  it('give each reference file its names in one language, all rows kept', () => {
    for (const locale of LOCALES) {
      for (const file of NAME_SLICE_FILES) {
        expect(part(slices.get(namesSlice(file, locale).path) as string, file, locale), `${file} ${locale}`).toEqual(inLocaleRows(whole(file), locale));
      }
    }
  });
});

describe('columnsInLocale', () => {
  it('keeps the locale version of a text that has one per language, and every other column', () => {
    expect(columnsInLocale(['body_id', 'abbr_kk', 'name_kk', 'name_ru', 'name_en'], 'ru')).toEqual(['body_id', 'abbr_kk', 'name_ru']);
    expect(columnsInLocale(['note_id', 'text_kk', 'text_ru', 'text_en'], 'kk')).toEqual(['note_id', 'text_kk']);
    expect(Object.keys(schemaInLocale(SCHEMAS['reference/regions.csv'], 'en'))).toEqual(['region_id', 'kind', 'name_en', 'valid_from', 'valid_to', 'split_from', 'extent_changed']);
  });
});

describe('loadBundledCsv', () => {
  const fetcher =
    (status: number, body: string): Fetcher =>
    async () => ({ ok: status === 200, status, arrayBuffer: async () => new TextEncoder().encode(body).buffer as ArrayBuffer });
  const schema = SCHEMAS['reference/criteria.csv'];
  const header = Object.keys(schema).join(',');

  it('checks a part against its file schema', async () => {
    const r = await loadBundledCsv('slices/a.json', 'reference/criteria.csv', schema, fetcher(200, JSON.stringify({ 'reference/criteria.csv': `${header}\n` })));
    expect(r).toEqual({ ok: true, rows: [] });
  });

  it('reports a missing part, a broken bundle and a missing bundle', async () => {
    const missing = await loadBundledCsv('slices/b.json', 'reference/criteria.csv', schema, fetcher(200, '{}'));
    expect(missing).toEqual({ ok: false, error: { file: 'reference/criteria.csv (slices/b.json)', line: null, problem: { code: 'parse', detail: 'jsonShape' } } });
    const broken = await loadBundledCsv('slices/c.json', 'reference/criteria.csv', schema, fetcher(200, '[1'));
    expect(broken.ok ? null : broken.error.problem.code).toBe('parse');
    const gone = await loadBundledCsv('slices/d.json', 'reference/criteria.csv', schema, fetcher(404, ''));
    expect(gone).toEqual({ ok: false, error: { file: 'slices/d.json', line: null, problem: { code: 'network', status: '404' } } });
  });

  it('names a broken slice by its published file and its place', async () => {
    const r = await loadDataset(notesSlice('monitoring/national', 'ru'), fetcher(200, 'note_id,dataset\nx,y\n'));
    expect(r.ok ? null : r.error.file).toBe('monitoring/notes.csv (slices/notes/monitoring.national.ru.csv)');
  });
});
