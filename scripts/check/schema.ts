// Validation of the CSVs in data/ against data/datapackage.json (the one schema): the header equals
// the package's fields in order, every value obeys its field's type and constraints, primary keys
// are unique, foreign keys resolve, ranks are contiguous. Turns the CSV strings into typed rows for
// the cross-checks. Errors are OUR bugs and fail the check; a score outside its scale that
// notes.csv documents as a source misprint is reported, not failed.
import { booleanCell, isBlankCell, isDateCell, numberCell } from '../../src/lib/data/cell-grammar.ts';
import { anchored, DATASET_NAMES, DATASETS, datasetLabel, rowKey, type DatasetName, type Datasets, type Field, type Row, type Value } from '../schema/datapackage.ts';

export interface SchemaResult {
  datasets: Datasets;
  errors: string[];
  /** Out-of-range values that a note explains (source misprints shown as published). */
  documented: string[];
}

export type RawTables = Partial<Record<DatasetName, string[][]>>;

const patterns = new Map<string, RegExp>();
const patternOf = (p: string): RegExp => patterns.get(p) ?? (patterns.set(p, anchored(p)), anchored(p));

/** One cell against its field: the typed value and, if it breaks the schema, why. */
export function parseValue(field: Field, raw: string): { value: Value; error?: string } {
  const c = field.constraints ?? {};
  if (isBlankCell(raw)) return c.required ? { value: null, error: 'required value missing' } : { value: null };
  let value: Value;
  switch (field.type) {
    case 'string':
      value = raw;
      break;
    case 'date':
      if (!isDateCell(raw)) return { value: raw, error: `"${raw}" is not a date (YYYY-MM-DD)` };
      value = raw;
      break;
    case 'boolean': {
      const b = booleanCell(raw);
      if (b === null) return { value: raw, error: `"${raw}" is not true/false` };
      value = b;
      break;
    }
    case 'integer':
    case 'number': {
      const n = numberCell(raw);
      if (n === null) return { value: raw, error: `"${raw}" is not a number with a dot decimal` };
      if (field.type === 'integer' && !Number.isInteger(n)) return { value: n, error: `${raw} is not an integer` };
      if (c.minimum !== undefined && n < c.minimum) return { value: n, error: `${raw} is below the minimum ${c.minimum}` };
      if (c.maximum !== undefined && n > c.maximum) return { value: n, error: `${raw} is above the maximum ${c.maximum}` };
      value = n;
      break;
    }
  }
  if (c.enum && !c.enum.includes(raw)) return { value, error: `"${raw}" not one of ${c.enum.join('|')}` };
  if (c.pattern && !patternOf(c.pattern).test(raw)) return { value, error: `"${raw}" does not match ${c.pattern}` };
  return { value };
}

export function validate(raw: RawTables): SchemaResult {
  const errors: string[] = [];
  const documented: string[] = [];
  const d = Object.fromEntries(DATASET_NAMES.map((k) => [k, []])) as unknown as Datasets;
  const rangeProblems: Array<{ name: DatasetName; row: Row; message: string }> = [];

  for (const name of DATASET_NAMES) {
    const spec = DATASETS[name];
    const fields = spec.schema.fields;
    const table = raw[name];
    if (!table) { errors.push(`${spec.file}: file missing`); continue; }
    const [header = [], ...body] = table;
    const want = fields.map((f) => f.name);
    if (header.join(',') !== want.join(',')) { errors.push(`${spec.file}: header "${header.join(',')}" ≠ "${want.join(',')}" (datapackage.json)`); continue; }
    body.forEach((cells, i) => {
      const line = i + 2;
      if (cells.length !== want.length) { errors.push(`${spec.file}:${line}: ${cells.length} cells, expected ${want.length}`); return; }
      const row: Row = {};
      fields.forEach((f, k) => {
        const p = parseValue(f, cells[k] ?? '');
        row[f.name] = p.value;
        if (p.error) errors.push(`${spec.file}:${line} ${f.name}: ${p.error}`);
      });
      // Scores: 1 to the row's scale (national.csv gives scale_max per year; elsewhere 5).
      for (const f of fields) {
        const v = row[f.name];
        if (!f['sapa:score'] || typeof v !== 'number') continue;
        const max = typeof row.scale_max === 'number' ? row.scale_max : 5;
        if (v < 1 || v > max) rangeProblems.push({ name, row, message: `${spec.file}:${line} ${f.name}: ${v} outside 1–${max}` });
      }
      d[name].push(row);
    });
  }

  checkKeys(d, errors);
  checkForeignKeys(d, errors);
  checkRanks(d, errors);
  checkNotes(d, errors);

  const noted = new Set(d.notes.map((n) => `${n.dataset}|${n.key}`));
  for (const p of rangeProblems) {
    if (noted.has(`${datasetLabel(p.name)}|${rowKey(p.name, p.row)}`)) documented.push(p.message);
    else errors.push(`${p.message} (and no note in notes.csv explains it)`);
  }
  return { datasets: d, errors, documented };
}

function checkKeys(d: Datasets, errors: string[]): void {
  for (const name of DATASET_NAMES) {
    const seen = new Set<string>();
    for (const r of d[name]) {
      const k = rowKey(name, r);
      if (seen.has(k)) errors.push(`${DATASETS[name].file}: duplicate primary key ${k}`);
      seen.add(k);
    }
  }
}

function checkForeignKeys(d: Datasets, errors: string[]): void {
  const byResource = new Map(DATASET_NAMES.map((n) => [DATASETS[n].resource, n]));
  for (const name of DATASET_NAMES) {
    for (const fk of DATASETS[name].schema.foreignKeys ?? []) {
      const target = byResource.get(fk.reference.resource);
      if (!target) { errors.push(`${DATASETS[name].file}: foreign key to unknown resource ${fk.reference.resource}`); continue; }
      const join = (r: Row, cols: string[]) => cols.map((c) => String(r[c] ?? '')).join(':');
      const known = new Set([...d[target].map((r) => join(r, fk.reference.fields)), ...(fk['sapa:extraValues'] ?? [])]);
      for (const r of d[name]) {
        if (fk.fields.some((c) => r[c] === null)) continue;
        const v = join(r, fk.fields);
        if (!known.has(v)) errors.push(`${DATASETS[name].file}: ${fk.fields.join(',')} "${v}" is not in ${DATASETS[target].file}`);
      }
    }
  }
}

/** Ranks within each group must be exactly 1..n (ties share no rank in this report). */
function checkRanks(d: Datasets, errors: string[]): void {
  for (const name of DATASET_NAMES) {
    const group = DATASETS[name].schema['sapa:rankGroup'];
    if (!group) continue;
    const groups = new Map<string, number[]>();
    for (const r of d[name]) {
      if (typeof r.rank !== 'number') continue;
      const g = group.map((k) => String(r[k])).join(':');
      groups.set(g, [...(groups.get(g) ?? []), r.rank]);
    }
    for (const [g, ranks] of groups) {
      const sorted = [...ranks].sort((a, b) => a - b);
      if (sorted.some((v, i) => v !== i + 1)) errors.push(`${DATASETS[name].file}: ranks of group ${g} are not 1..${ranks.length}`);
    }
  }
}

function checkNotes(d: Datasets, errors: string[]): void {
  const labels = new Set(DATASET_NAMES.map(datasetLabel));
  for (const n of d.notes) if (!labels.has(String(n.dataset))) errors.push(`notes.csv: note ${String(n.note_id)} names unknown dataset "${String(n.dataset)}"`);
}
