// The published files as the data page and the ZIP describe them, derived from
// data/datapackage.json (titles and descriptions in kk, ru and en) plus what only the files can
// say (rows, bytes). Built at build time (scripts/publish/bundle.ts) into data/catalogue.json;
// this module is the pure part, shared by the build and the page.
import type { DataPackage, Trilingual } from './package-types.ts';

export type { DataPackage, Trilingual };

export interface CatalogueFile {
  /** Path under data/, e.g. "monitoring/regions.csv". */
  path: string;
  title: Trilingual;
  description: Trilingual;
  /** Data rows (without the header); null for a file that is not a table. */
  rows: number | null;
  bytes: number;
}

export interface Catalogue {
  zip: { path: string; bytes: number };
  /** The data dictionary in each language, under data/. */
  dictionary: Trilingual;
  files: CatalogueFile[];
}

/** A resource's text in each language; the English `title`/`description` stands in for a missing one. */
export function trilingual(own: Partial<Trilingual> | undefined, fallback: string | undefined): Trilingual {
  const en = own?.en ?? fallback ?? '';
  return { kk: own?.kk ?? en, ru: own?.ru ?? en, en };
}

/**
 * Data rows of a CSV text: records after the header, counting a line break inside quotes as part
 * of its cell (RFC 4180), and no record for a final line end.
 */
export function csvRowCount(text: string): number {
  let records = 0;
  let quoted = false;
  let empty = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    if (!quoted && c === '\n') {
      if (!empty) records++;
      empty = true;
    } else if (c !== '\r') empty = false;
  }
  if (!empty) records++;
  return Math.max(0, records - 1);
}

/** The catalogue entry of each resource, in the package's order. */
export function catalogueFiles(pkg: DataPackage, sizeOf: (path: string) => { bytes: number; text: string }): CatalogueFile[] {
  return pkg.resources.map((r) => {
    const { bytes, text } = sizeOf(r.path);
    return {
      path: r.path,
      title: trilingual(r['sapa:title'], r.title),
      description: trilingual(r['sapa:description'], r.description),
      rows: r.path.endsWith('.csv') ? csvRowCount(text) : null,
      bytes,
    };
  });
}

/** "12 KB" / "1.2 MB" numbers (the unit words come from the dictionary). */
export function sizeParts(bytes: number): { unit: 'kb' | 'mb'; value: number } {
  if (bytes >= 1024 * 1024) return { unit: 'mb', value: Math.round((bytes / (1024 * 1024)) * 10) / 10 };
  return { unit: 'kb', value: Math.max(1, Math.round(bytes / 1024)) };
}
