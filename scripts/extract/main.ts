// npm run data:extract -- [path]
// Reads the 2020 monitoring report (plain text) and writes every CSV of data/reference and
// data/monitoring; the control files from seed 000 and the forms; monitoring/published_since.csv
// from ../shared/published/MONITORING-SINCE-2020.md. Same input → byte-identical output.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './core/build.ts';
import { buildControl } from './control/index.ts';
import { publishedSinceFile } from './published-since/index.ts';

// Resolve paths from the repository root, not from the caller's working directory.
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_SOURCE = resolve(REPO_ROOT, '../shared/seeds/004_50492d32a867b2a4.txt');
export const SINCE_SOURCE = resolve(REPO_ROOT, '../shared/published/MONITORING-SINCE-2020.md');
export const DATA_DIR = resolve(REPO_ROOT, 'data');

function main(): void {
  const arg = process.argv[2];
  const source = arg ? resolve(process.cwd(), arg) : DEFAULT_SOURCE;
  const text = readFileSync(source, 'utf8');
  const { files, findings } = buildAll(text);
  for (const [path, csv] of buildControl(resolve(REPO_ROOT, '../shared/seeds/000_8a5c3096cce11f4e.txt'))) files.set(path, csv);
  for (const [path, csv] of publishedSinceFile(readFileSync(SINCE_SOURCE, 'utf8'))) files.set(path, csv);
  for (const [path, csv] of files) {
    const target = resolve(DATA_DIR, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, csv);
  }
  const counts = [...files].map(([path, csv]) => `${path} ${csv.split('\n').length - 2}`).join('\n  ');
  console.log(`data:extract: wrote ${files.size} files from ${source}\n  ${counts}\n${findings.length} source disagreements recorded in notes.csv`);
}

main();
