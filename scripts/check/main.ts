// npm run data:check — validates data/ against data/datapackage.json (types, constraints, keys, ranks) and prints the source's own
// inconsistencies found by the cross-checks. Exit 1 on schema errors or when notes.csv does not
// list a disagreement; disagreements inside the report itself do not fail (they are recorded).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { DATASET_NAMES, DATASETS, readPackage, type DataPackage } from '../schema/datapackage.ts';
import { LOCALES } from '../../src/lib/i18n/locale.ts';
import { findingNoteId, runCrossChecks, type Finding } from '../extract/core/crosschecks.ts';
import { validate, type RawTables } from './schema.ts';

const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');

export function readTables(dataDir: string): RawTables {
  const raw: RawTables = {};
  for (const name of DATASET_NAMES) {
    const path = resolve(dataDir, DATASETS[name].file);
    if (!existsSync(path)) continue;
    const parsed = Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: true });
    raw[name] = parsed.data;
  }
  return raw;
}

export interface CheckReport { errors: string[]; documented: string[]; findings: Finding[]; unlisted: Finding[] }

/** Files of data/ (CSV and JSON, outside the package itself) that datapackage.json does not describe. */
export function undeclaredFiles(dataDir: string): string[] {
  const declared = new Set(readPackage(resolve(dataDir, 'datapackage.json')).resources.map((r) => r.path));
  const found: string[] = [];
  for (const dir of readdirSync(dataDir, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(resolve(dataDir, dir.name))) if (/\.(csv|json)$/.test(f)) found.push(`${dir.name}/${f}`);
  }
  return found.filter((f) => !declared.has(f)).sort();
}

/**
 * Columns whose meaning is missing in a language: the data dictionary (scripts/publish/bundle.ts)
 * speaks to readers in kk, ru and en, so every field carries `sapa:description` in all three.
 */
export function undescribedFields(pkg: DataPackage): string[] {
  const errors: string[] = [];
  for (const r of pkg.resources) {
    for (const f of r.schema?.fields ?? []) {
      const missing = LOCALES.filter((l) => !(f['sapa:description']?.[l] ?? '').trim());
      if (missing.length > 0) errors.push(`${r.path}: column ${f.name} has no description in ${missing.join(', ')} (sapa:description)`);
    }
  }
  return errors;
}

export function checkData(dataDir: string): CheckReport {
  const { datasets, errors, documented } = validate(readTables(dataDir));
  errors.push(...undescribedFields(readPackage(resolve(dataDir, 'datapackage.json'))));
  for (const f of undeclaredFiles(dataDir)) errors.push(`${f}: not described in datapackage.json`);
  const findings = errors.length === 0 ? runCrossChecks(datasets) : [];
  const noteIds = new Set(datasets.notes.map((n) => String(n.note_id)));
  const unlisted = findings.filter((f) => !noteIds.has(findingNoteId(f)));
  return { errors, documented, findings, unlisted };
}

function main(): void {
  const started = Date.now();
  const { errors, documented, findings, unlisted } = checkData(DATA_DIR);
  const byCheck = new Map<string, number>();
  for (const f of findings) byCheck.set(f.check, (byCheck.get(f.check) ?? 0) + 1);
  console.log(`data:check — ${DATASET_NAMES.length} files in ${DATA_DIR}`);
  console.log(`Source inconsistencies (reported, recorded in notes.csv): ${findings.length}`);
  for (const [check, n] of [...byCheck].sort()) console.log(`  ${check}: ${n}`);
  for (const f of findings.filter((x) => x.check !== 'appendix_b_vs_table12')) {
    console.log(`    ${DATASETS[f.dataset].file} ${f.key} ${f.measure}: ${f.value} vs ${f.expected} (${f.against})`);
  }
  if (documented.length > 0) {
    console.log(`Out-of-range values kept as published, explained by a note: ${documented.length}`);
    for (const m of documented) console.log(`    ${m}`);
  }
  for (const f of unlisted) errors.push(`notes.csv lacks a note for ${findingNoteId(f)} (re-run npm run data:extract)`);
  if (errors.length > 0) {
    console.error(`SCHEMA ERRORS: ${errors.length}`);
    for (const e of errors.slice(0, 50)) console.error(`  ${e}`);
    process.exit(1);
  }
  console.log(`OK: schemas, ids, keys and ranks valid (${Date.now() - started} ms)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
