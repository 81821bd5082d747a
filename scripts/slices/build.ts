// The slices of src/lib/data/slices.ts, made from the published CSVs in data/ at build time (and
// served from memory by the dev server); vite.config.ts writes them to dist/data/slices/ before
// the service worker's precache list is made. Deterministic: the same data gives the same bytes.
// Rows are kept as published (parsed by PapaParse and written back by the one CSV writer in the
// data dialect: the values do not change, only quoting may), under the file's own header.
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  columnsInLocale,
  isServiceNote,
  NAME_SLICE_FILES,
  namesSlice,
  notesSlice,
  NOTE_SLICE_DATASETS,
  SERVICE_BUNDLE_FILES,
  SERVICE_INDEX_PATH,
  serviceBundlePath,
} from '../../src/lib/data/slices.ts';
import { DATA_DIALECT, writeCsv } from '../../src/lib/csv/write.ts';
import { LOCALES, type Locale } from '../../src/lib/i18n/locale.ts';
import type { NoteRow } from '../../src/lib/data/notes.ts';

type Record_ = Readonly<Record<string, string>>;
interface Table {
  header: string[];
  rows: Record_[];
}

function readTable(dataDir: string, file: string): Table {
  const text = readFileSync(join(dataDir, file), 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy' });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0]?.message}`);
  const [header = [], ...records] = parsed.data;
  return { header, rows: records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
}

/** CSV text of some rows of a table, under its header, with the text of one language. */
export function toCsv(table: Table, keep: (row: Record_) => boolean, locale: Locale): string {
  const header = columnsInLocale(table.header, locale);
  const rows = table.rows.filter(keep).map((r) => header.map((h) => r[h] ?? ''));
  return writeCsv([header, ...rows], DATA_DIALECT);
}

const asNote = (r: Record_): NoteRow => ({
  note_id: r.note_id ?? '',
  dataset: r.dataset ?? '',
  key: r.key ? r.key : null,
  kind: r.kind ?? '',
  text_kk: r.text_kk ?? '',
  text_ru: r.text_ru ?? '',
  text_en: r.text_en ?? '',
});

/** Every slice: its path under data/ and its text, in a fixed order. */
export function buildSlices(dataDir: string): Map<string, string> {
  const out = new Map<string, string>();
  const tables = new Map<string, Table>();
  const table = (f: string): Table => {
    let t = tables.get(f);
    if (!t) tables.set(f, (t = readTable(dataDir, f)));
    return t;
  };
  const notes = table('monitoring/notes.csv');

  const services = table('reference/services.csv').rows;
  out.set(SERVICE_INDEX_PATH, JSON.stringify({ ids: services.map((s) => s.service_id ?? '') }));
  for (const service of services) {
    const id = service.service_id ?? '';
    if (encodeURIComponent(id) !== id) throw new Error(`reference/services.csv: service id "${id}" cannot name a file`);
    for (const locale of LOCALES) {
      const parts: Record<string, string> = {};
      for (const file of SERVICE_BUNDLE_FILES) {
        const keep =
          file === 'monitoring/notes.csv'
            ? (r: Record_) => isServiceNote(asNote(r), id)
            : file === 'reference/bodies.csv'
              ? (r: Record_) => r.body_id === service.body_id
              : (r: Record_) => r.service_id === id;
        parts[file] = toCsv(table(file), keep, locale);
      }
      out.set(serviceBundlePath(id, locale), JSON.stringify(parts));
    }
  }
  for (const locale of LOCALES) {
    for (const dataset of NOTE_SLICE_DATASETS) {
      out.set(notesSlice(dataset, locale).path, toCsv(notes, (r) => r.dataset === dataset, locale));
    }
    for (const file of NAME_SLICE_FILES) out.set(namesSlice(file, locale).path, toCsv(table(file), () => true, locale));
  }
  return out;
}
