// The shape of data/datapackage.json (a Frictionless Data Package), the one schema of data/: the
// scripts (extraction, data:check, the browser loaders' generator, the ZIP's catalogue) and the
// data page's dictionary read the same JSON through these types. Only the shape lives here; every
// column's name, type and constraint comes from the JSON.
import type { Locale } from '../i18n/locale.ts';

export type Trilingual = Record<Locale, string>;

export interface FieldConstraints {
  required?: boolean;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  /** Matches the whole value (Frictionless/XML Schema semantics): anchor it before use. */
  pattern?: string;
}

export interface Field {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description?: string;
  /** The column's meaning for readers in kk, ru and en (the data dictionary); data:check requires each. */
  'sapa:description'?: Partial<Trilingual>;
  constraints?: FieldConstraints;
  'sapa:unit'?: string;
  /** An average score: expected within 1..scale_max (the row's, else 5); outside only with a note. */
  'sapa:score'?: boolean;
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
  /** Values allowed besides the referenced ids ("abroad" in the tables by region). */
  'sapa:extraValues'?: string[];
}

export interface TableSchema {
  fields: Field[];
  primaryKey: string[];
  foreignKeys?: ForeignKey[];
  /** Ranks are 1..n without gaps within each group of these fields. */
  'sapa:rankGroup'?: string[];
}

export interface Resource {
  name: string;
  path: string;
  format: string;
  title: string;
  description: string;
  'sapa:title': Trilingual;
  'sapa:description': Trilingual;
  /** Absent for a file that is not a table (the boundaries). */
  schema?: TableSchema;
}

export interface DataPackage {
  name: string;
  title?: string;
  'sapa:title'?: Partial<Trilingual>;
  sources?: Array<{ title: string; path?: string }>;
  licenses?: Array<{ name: string; title?: string }>;
  resources: Resource[];
}
