// The data download, made at build time (vite.config.ts) from data/ and data/datapackage.json:
// - data/catalogue.json: every published file with its title and description in kk/ru/en, rows
//   and size (the data page's list, src/lib/data/data-catalogue.ts);
// - data/dictionary.{kk,ru,en}.md: the data dictionary for readers (src/lib/data/dictionary.ts);
// - data/sapa-data.zip: every file of the package, datapackage.json, the three dictionaries and
//   the licence. Built here rather than in the browser: the reader downloads one static file,
//   ready, and no page has to load the zip writer for it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { i18nObject } from '../../src/i18n/i18n-util.ts';
import { loadAllLocales } from '../../src/i18n/i18n-util.sync.ts';
import { catalogueFiles, csvRowCount, type Catalogue, type DataPackage } from '../../src/lib/data/data-catalogue.ts';
import { dataDictionary } from '../../src/lib/data/dictionary.ts';
import { parseCsv } from '../../src/lib/data/parse-csv.ts';
import { SCHEMAS } from '../../src/lib/data/schemas.generated.ts';
import { methodYears, seriesFactsOf } from '../../src/lib/stats/break-facts.ts';
import { LOCALES } from '../../src/lib/i18n/locale.ts';

export const ZIP_NAME = 'sapa-data.zip';
const dictionaryName = (l: string) => `dictionary.${l}.md`;

export interface DataBundle {
  /** Files to write under data/, by their path there. */
  files: Map<string, Uint8Array>;
}

export function buildDataBundle(dataDir: string): DataBundle {
  const pkgText = readFileSync(join(dataDir, 'datapackage.json'), 'utf8');
  const pkg = JSON.parse(pkgText) as DataPackage;
  const read = (path: string) => readFileSync(join(dataDir, path));
  const files = catalogueFiles(pkg, (path) => ({ bytes: statSync(join(dataDir, path)).size, text: path.endsWith('.csv') ? read(path).toString('utf8') : '' }));
  const notes = pkg.resources.find((r) => r.path === 'monitoring/notes.csv');
  const noteCount = notes ? csvRowCount(read(notes.path).toString('utf8')) : 0;

  const breaks = parseCsv(read('reference/series_breaks.csv').toString('utf8'), SCHEMAS['reference/series_breaks.csv'], 'reference/series_breaks.csv');
  if (!breaks.ok) throw new Error(`reference/series_breaks.csv: ${JSON.stringify(breaks.error)}`);
  const years = methodYears(seriesFactsOf(breaks.rows));

  loadAllLocales();
  const dictionaries = new Map(LOCALES.map((l) => [dictionaryName(l), strToU8(dataDictionary(pkg, files, l, i18nObject(l), noteCount, years))]));
  const licence = strToU8(
    [
      ...(pkg.licenses ?? []).map((l) => `${l.title ?? l.name}`),
      '',
      ...LOCALES.map((l) => i18nObject(l).toolkit.dict.licence()),
      '',
      ...(pkg.sources ?? []).map((s) => `${s.title}${s.path ? ` — ${s.path}` : ''}`),
      '',
    ].join('\n'),
  );

  const zipEntries: Record<string, Uint8Array> = { 'sapa-data/datapackage.json': strToU8(pkgText), 'sapa-data/LICENCE.txt': licence };
  for (const [name, bytes] of dictionaries) zipEntries[`sapa-data/${name}`] = bytes;
  for (const r of pkg.resources) zipEntries[`sapa-data/${r.path}`] = new Uint8Array(read(r.path));
  // The boundaries' source and licence (CC BY 4.0 asks for its credit wherever they are shipped).
  if (existsSync(join(dataDir, 'geo/SOURCE.md'))) zipEntries['sapa-data/geo/SOURCE.md'] = new Uint8Array(read('geo/SOURCE.md'));
  // A fixed date: the same data give the same ZIP, byte for byte.
  const zip = zipSync(zipEntries, { level: 9, mtime: new Date('2020-01-01T00:00:00Z') });

  const catalogue: Catalogue = {
    zip: { path: ZIP_NAME, bytes: zip.byteLength },
    dictionary: { kk: dictionaryName('kk'), ru: dictionaryName('ru'), en: dictionaryName('en') },
    files,
  };
  const out = new Map<string, Uint8Array>([
    ['catalogue.json', strToU8(`${JSON.stringify(catalogue, null, 1)}\n`)],
    ['datapackage.json', strToU8(pkgText)],
    [ZIP_NAME, zip],
    ...dictionaries,
  ]);
  return { files: out };
}
