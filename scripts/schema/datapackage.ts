// The one schema of data/: data/datapackage.json (a Frictionless Data Package). This module reads it
// for the scripts — the extractor writes columns in the package's order, data:check validates every
// CSV against it, scripts/schema/gen-browser.ts derives the app's loaders from it. Nothing here
// restates a column: names, types and constraints all come from the JSON.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/datapackage.json');

import type { DataPackage } from '../../src/lib/data/package-types.ts';
export type { DataPackage, Field, FieldConstraints, ForeignKey, Resource, TableSchema } from '../../src/lib/data/package-types.ts';
import type { TableSchema } from '../../src/lib/data/package-types.ts';

export function readPackage(path = PACKAGE_PATH): DataPackage {
  return JSON.parse(readFileSync(path, 'utf8')) as DataPackage;
}

/** A resource's constraint pattern as an anchored RegExp. */
export function anchored(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}

// The code names of the tabular resources, for typed access in the extractor (d.refRegions …).
// Only the name → path link lives here; loading fails if it and the package disagree.
const PATHS = {
  refRegions: 'reference/regions.csv',
  refRegionNames: 'reference/region_names.csv',
  refBodies: 'reference/bodies.csv',
  refServices: 'reference/services.csv',
  refCriteria: 'reference/criteria.csv',
  refProviders: 'reference/providers.csv',
  refChannels: 'reference/channels.csv',
  refAspects: 'reference/aspects.csv',
  seriesBreaks: 'reference/series_breaks.csv',
  national: 'monitoring/national.csv',
  bodies: 'monitoring/bodies.csv',
  regions: 'monitoring/regions.csv',
  services: 'monitoring/services.csv',
  serviceHeadlines: 'monitoring/service_headlines.csv',
  serviceRegions: 'monitoring/service_regions.csv',
  serviceProviders: 'monitoring/service_providers.csv',
  serviceCriteria: 'monitoring/service_criteria.csv',
  serviceChannels: 'monitoring/service_channels.csv',
  serviceCallcentre: 'monitoring/service_callcentre.csv',
  serviceAnswers: 'monitoring/service_answers.csv',
  serviceAspects: 'monitoring/service_aspects.csv',
  serviceAspectRegions: 'monitoring/service_aspect_regions.csv',
  providers: 'monitoring/providers.csv',
  stateCorpServices: 'monitoring/state_corp_services.csv',
  egovServices: 'monitoring/egov_services.csv',
  regionSamples: 'monitoring/region_samples.csv',
  regionLanguages: 'monitoring/region_languages.csv',
  publishedAggregates: 'monitoring/published_aggregates.csv',
  notes: 'monitoring/notes.csv',
} as const;

// The control-report files, written by scripts/extract/control from seed 000 and the forms.
const CONTROL_PATHS = {
  controlForms: 'reference/control_forms.csv',
  controlRows: 'reference/control_rows.csv',
  controlCrosswalk: 'reference/control_crosswalk.csv',
  controlChecks: 'reference/control_checks.csv',
  controlCells: 'control/report_cells.csv',
  controlReports: 'control/reports.csv',
  controlPublished: 'control/published.csv',
} as const;

// The survey figures published since the 2020 report, written by scripts/extract/published-since.
const SINCE_PATHS = {
  publishedSince: 'monitoring/published_since.csv',
} as const;

const ALL_PATHS = { ...PATHS, ...CONTROL_PATHS, ...SINCE_PATHS } as const;

export type DatasetName = keyof typeof ALL_PATHS;
/** The files the monitoring extractor (scripts/extract/core) writes from the 2020 report. */
export type MonitoringName = keyof typeof PATHS;
export const MONITORING_NAMES = Object.keys(PATHS) as MonitoringName[];
export interface DatasetSpec { name: DatasetName; file: string; resource: string; schema: TableSchema }

export function datasetsOf(pkg: DataPackage): Record<DatasetName, DatasetSpec> {
  const tabular = pkg.resources.filter((r) => r.schema);
  const byPath = new Map(tabular.map((r) => [r.path, r]));
  const out = {} as Record<DatasetName, DatasetSpec>;
  for (const [name, file] of Object.entries(ALL_PATHS) as Array<[DatasetName, string]>) {
    const r = byPath.get(file);
    if (!r || !r.schema) throw new Error(`datapackage.json has no tabular resource ${file}`);
    out[name] = { name, file, resource: r.name, schema: r.schema };
  }
  const known = new Set<string>(Object.values(ALL_PATHS));
  for (const r of tabular) if (!known.has(r.path)) throw new Error(`datapackage.json resource ${r.path} has no code name in scripts/schema/datapackage.ts`);
  return out;
}

export const DATASETS: Readonly<Record<DatasetName, DatasetSpec>> = datasetsOf(readPackage());
export const DATASET_NAMES = Object.keys(ALL_PATHS) as DatasetName[];

/** Respondents living abroad are a row of tables 4 and 5 but not a region. */
export const ABROAD_ID = 'abroad';

export type Value = string | number | boolean | null;
export type Row = Record<string, Value>;
export type Datasets = Record<DatasetName, Row[]>;

/** The column names of a dataset, in the package's (and the file's) order. */
export function columnsOf(name: DatasetName): string[] {
  return DATASETS[name].schema.fields.map((f) => f.name);
}

/** Name used in notes.csv's `dataset` column: the path under data/ without ".csv" ("monitoring/regions"). */
export function datasetLabel(name: DatasetName): string {
  return DATASETS[name].file.replace(/\.csv$/, '');
}

/** The key of a row as written in notes.csv: primary-key values joined with ':'. */
export function rowKey(name: DatasetName, row: Row): string {
  return DATASETS[name].schema.primaryKey.map((k) => String(row[k] ?? '')).join(':');
}
