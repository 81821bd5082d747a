// Schema validation of the CSVs in data/ against scripts/extract/core/columns.ts. Turns the CSV
// strings into typed rows for the cross-checks. Schema errors are OUR bugs and fail the check;
// a value out of range that notes.csv documents as a source error is reported, not failed.
import { DATASETS, datasetLabel, rowKey, type ColumnSpec, type DatasetName, type Datasets, type Row, type Value } from '../extract/core/columns.ts';

export interface SchemaResult {
  datasets: Datasets;
  errors: string[];
  /** Out-of-range values that a note explains (source misprints shown as published). */
  documented: string[];
}

export type RawTables = Partial<Record<DatasetName, string[][]>>;

const ID = /^[a-z0-9_]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseValue(spec: ColumnSpec, raw: string): { value: Value; error?: string } {
  if (raw === '') return spec.required ? { value: null, error: 'required value missing' } : { value: null };
  const t = spec.type;
  switch (t.kind) {
    case 'id':
      return ID.test(raw) ? { value: raw } : { value: raw, error: `"${raw}" is not a valid id` };
    case 'ref':
    case 'text':
      return { value: raw };
    case 'enum':
      return t.values.includes(raw) ? { value: raw } : { value: raw, error: `"${raw}" not one of ${t.values.join('|')}` };
    case 'bool':
      return raw === 'true' || raw === 'false' ? { value: raw === 'true' } : { value: raw, error: `"${raw}" is not true/false` };
    case 'date':
      return DATE.test(raw) ? { value: raw } : { value: raw, error: `"${raw}" is not YYYY-MM-DD` };
    default: {
      if (!/^-?\d+(\.\d+)?$/.test(raw)) return { value: raw, error: `"${raw}" is not a number with a dot decimal` };
      const n = Number(raw);
      if (t.kind === 'int' && (!Number.isInteger(n) || (t.min !== undefined && n < t.min))) return { value: n, error: `${raw} is not an integer ≥ ${t.min ?? '-∞'}` };
      if (t.kind === 'year' && (!Number.isInteger(n) || n < 2000 || n > 2100)) return { value: n, error: `${raw} is not a year` };
      if (t.kind === 'pct' && (n < 0 || n > 100)) return { value: n, error: `RANGE ${raw} outside 0–100` };
      return { value: n };
    }
  }
}

export function validate(raw: RawTables): SchemaResult {
  const errors: string[] = [];
  const documented: string[] = [];
  const d = Object.fromEntries(Object.keys(DATASETS).map((k) => [k, []])) as unknown as Datasets;
  const rangeProblems: Array<{ name: DatasetName; row: Row; message: string }> = [];

  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    const spec = DATASETS[name];
    const table = raw[name];
    if (!table) { errors.push(`${spec.file}: file missing`); continue; }
    const [header = [], ...body] = table;
    const want = spec.columns.map((c) => c.name);
    if (header.join(',') !== want.join(',')) { errors.push(`${spec.file}: header "${header.join(',')}" ≠ "${want.join(',')}"`); continue; }
    body.forEach((cells, i) => {
      const line = i + 2;
      if (cells.length !== want.length) { errors.push(`${spec.file}:${line}: ${cells.length} cells, expected ${want.length}`); return; }
      const row: Row = {};
      spec.columns.forEach((c, k) => {
        const p = parseValue(c, cells[k] ?? '');
        row[c.name] = p.value;
        if (!p.error) return;
        if (p.error.startsWith('RANGE')) rangeProblems.push({ name, row, message: `${spec.file}:${line} ${c.name}: ${p.error.slice(6)}` });
        else errors.push(`${spec.file}:${line} ${c.name}: ${p.error}`);
      });
      // Scores: 1 to the row's scale (national.csv gives scale_max per year; elsewhere 5).
      for (const c of spec.columns) {
        const v = row[c.name];
        if (c.type.kind !== 'score' || typeof v !== 'number') continue;
        const max = typeof row.scale_max === 'number' ? row.scale_max : 5;
        if (v < 1 || v > max) rangeProblems.push({ name, row, message: `${spec.file}:${line} ${c.name}: ${v} outside 1–${max}` });
      }
      d[name].push(row);
    });
  }

  checkKeys(d, errors);
  checkRefs(d, errors);
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
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    const seen = new Set<string>();
    for (const r of d[name]) {
      const k = rowKey(name, r);
      if (seen.has(k)) errors.push(`${DATASETS[name].file}: duplicate key ${k}`);
      seen.add(k);
    }
  }
}

function checkRefs(d: Datasets, errors: string[]): void {
  const ids: Record<string, Set<string>> = {
    regions: new Set(d.refRegions.map((r) => String(r.region_id))),
    bodies: new Set(d.refBodies.map((r) => String(r.body_id))),
    services: new Set(d.refServices.map((r) => String(r.service_id))),
    criteria: new Set(d.refCriteria.map((r) => String(r.criterion_id))),
    providers: new Set(d.refProviders.map((r) => String(r.provider_id))),
    channels: new Set(d.refChannels.map((r) => String(r.channel_id))),
  };
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    for (const c of DATASETS[name].columns) {
      const t = c.type;
      if (t.kind !== 'ref') continue;
      const known = ids[t.ref] ?? new Set<string>();
      const extra: readonly string[] = 'extra' in t && t.extra ? t.extra : [];
      for (const r of d[name]) {
        const v = r[c.name];
        if (v !== null && !known.has(String(v)) && !extra.includes(String(v))) errors.push(`${DATASETS[name].file}: unknown ${t.ref} id "${String(v)}" in ${c.name}`);
      }
    }
  }
}

/** Ranks within each group must be exactly 1..n (ties share no rank in this report). */
function checkRanks(d: Datasets, errors: string[]): void {
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    const spec = DATASETS[name];
    if (!('rankGroup' in spec)) continue;
    const groups = new Map<string, number[]>();
    for (const r of d[name]) {
      if (typeof r.rank !== 'number') continue;
      const g = spec.rankGroup.map((k) => String(r[k])).join(':');
      groups.set(g, [...(groups.get(g) ?? []), r.rank]);
    }
    for (const [g, ranks] of groups) {
      const sorted = [...ranks].sort((a, b) => a - b);
      if (sorted.some((v, i) => v !== i + 1)) errors.push(`${spec.file}: ranks of group ${g} are not 1..${ranks.length}`);
    }
  }
}

function checkNotes(d: Datasets, errors: string[]): void {
  const labels = new Set((Object.keys(DATASETS) as DatasetName[]).map(datasetLabel));
  for (const n of d.notes) if (!labels.has(String(n.dataset))) errors.push(`notes.csv: note ${String(n.note_id)} names unknown dataset "${String(n.dataset)}"`);
}
