// Data files read as the app reads them, for unit tests: one loader instead of a copy in each test.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { SCHEMAS, type DatasetFile, type DatasetRow } from '../../src/lib/data/datasets.ts';
import { parseCsv } from '../../src/lib/data/parse-csv.ts';
import { buildReference, type ControlCheckInput, type ControlFormInput, type ControlReference, type ControlRowInput } from '../../src/lib/control/reference.ts';
import type { MapInputs } from '../../src/lib/map/select.ts';

const DATA = resolve(import.meta.dirname, '../../data');

/** A published file of data/ through the browser's parser and its schema. */
export function loadDataset<F extends DatasetFile>(file: F): DatasetRow<F>[] {
  const result = parseCsv(readFileSync(resolve(DATA, file), 'utf8'), SCHEMAS[file], file);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.rows as DatasetRow<F>[];
}

/** What the map and the region pages read. */
export function mapInputs(): MapInputs {
  return {
    regions: loadDataset('reference/regions.csv'),
    regionValues: loadDataset('monitoring/regions.csv'),
    serviceRegions: loadDataset('monitoring/service_regions.csv'),
    samples: loadDataset('monitoring/region_samples.csv'),
  };
}

/** A file of data/ as plain records of text (PapaParse, header row). */
export function csvRecords<T = Record<string, string>>(file: string): T[] {
  return Papa.parse<T>(readFileSync(resolve(DATA, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
}

/** The control rows' reference as the validator takes it (text cells typed as the browser types them). */
export function controlRowInputs(): ControlRowInput[] {
  return csvRecords('reference/control_rows.csv').map((r) => ({ ...r, parent_code: r.parent_code || null, service_dim: r.service_dim || null, applicant_split: r.applicant_split === 'true' }) as unknown as ControlRowInput);
}

/** The reference of the control forms: rows, checks and (optionally) the form versions. */
export function controlReference(withVersions = false): ControlReference {
  return buildReference(controlRowInputs(), csvRecords<ControlCheckInput>('reference/control_checks.csv'), withVersions ? csvRecords<ControlFormInput>('reference/control_forms.csv') : []);
}
