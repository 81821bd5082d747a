// The SQL that data/README.md gives for a national archive, run with DuckDB on the example set
// written as interchange files: its regional sums and its consolidated report equal Sapa's own
// (regional.ts, consolidate.ts), cell for cell. The SQL is read from the README, so the documented
// queries are the tested ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { controlReference, csvRecords } from './fixtures.ts';
import { exampleSet, exampleQuarters, type ExampleRegion } from '../../src/lib/control/own/example-set.ts';
import { interchangeHeader, interchangeLine } from '../../src/lib/control/own/interchange.ts';
import { summarizeReports, type TrendReport } from '../../src/lib/control/own/summary.ts';
import { regionalValues } from '../../src/lib/control/own/regional.ts';
import { consolidate } from '../../src/lib/control/own/consolidate.ts';

const reference = controlReference(true);
const regionRows = csvRecords<Record<string, string>>('reference/regions.csv');
const regions: ExampleRegion[] = regionRows.map((r) => ({ id: r.region_id as string, validFrom: r.valid_from ?? '', validTo: r.valid_to ?? '' }));
const files = exampleSet({ reference, regions, monthlyDelivered: 61135, regionWithoutReports: 'mangystau' });

/** The named ```sql blocks of data/README.md. */
function readmeSql(): Map<string, string> {
  const text = readFileSync('data/README.md', 'utf8');
  const out = new Map<string, string>();
  for (const m of text.matchAll(/```sql\n-- name: (\w+)\n([\s\S]*?)```/g)) out.set(m[1] as string, m[2] as string);
  return out;
}

let dir = '';
const reports: TrendReport[] = [];
let db: DuckDBConnection;
const sql = readmeSql();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sapa-duckdb-'));
  for (const f of files) writeFileSync(join(dir, f.name), [interchangeHeader(), ...f.rows.map(interchangeLine)].join('\n') + '\n');
  db = await (await DuckDBInstance.create(':memory:')).connect();
  // The README's queries read the folder reports/: here it is the temporary folder. The cells are
  // kept as a table (read once) rather than the README's view (read at each query): same rows.
  const cells = (sql.get('cells') as string).replace("'reports/*.csv'", `'${join(dir, '*.csv')}'`).replace('CREATE OR REPLACE VIEW cells', 'CREATE OR REPLACE TABLE cells');
  await db.run(cells);
  for (const f of files) for (const s of summarizeReports(f.rows, reference)) reports.push({ ...s, get: (code: string) => s.values[code] });
  // DuckDB reads ~60 files and 180,000 rows: about a second idle, several on a busy 2-core machine.
}, 60_000);

afterAll(() => {
  db?.closeSync();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// A query over 180,000 rows takes well under a second idle and several seconds on a busy machine.
const QUERY = { timeout: 20_000 };

describe('DuckDB over a folder of interchange files (data/README.md)', () => {
  it('the README has the three queries', () => {
    expect([...sql.keys()]).toEqual(['cells', 'regional', 'consolidation']);
  });

  it('gives the regional sums Sapa computes, for every region, quarter and row code', QUERY, async () => {
    const result = (await db.runAndReadAll(sql.get('regional') as string)).getRowObjectsJson() as Array<Record<string, string | number | null>>;
    const codes = [...new Set(result.map((r) => r.code as string))];
    const ours: string[] = [];
    for (const quarter of exampleQuarters(reference)) {
      for (const code of codes) {
        for (const v of regionalValues(reports, { id: code, numerator: code }, { kind: 'quarter', quarter }).values()) {
          ours.push(`${v.id} ${quarter} ${code} total=${v.numerator} reports=${v.reports} gaps=${v.gaps}`);
        }
      }
    }
    const theirs = result.map((t) => `${t.region_id} ${t.quarter} ${t.code} total=${t.total === null ? null : Number(t.total)} reports=${Number(t.reports)} gaps=${Number(t.gaps)}`);
    // One comparison of the sorted lines: a difference shows as a readable diff.
    expect(theirs.length).toBeGreaterThan(10_000);
    expect(ours.sort()).toEqual(theirs.sort());
    // The region without reports has no row ("no data", never 0); 16 regions report before the split, 19 after.
    const regionsIn = (q: string) => new Set(result.filter((r) => r.quarter === q && r.code === 'violations.total').map((r) => r.region_id));
    expect(regionsIn('2021-Q3').size).toBe(16);
    expect(regionsIn('2022-Q4').size).toBe(19);
    expect(regionsIn('2022-Q4').has('mangystau')).toBe(false);
  });

  it('gives the consolidated report Sapa computes, cell for cell', QUERY, async () => {
    const theirs = (await db.runAndReadAll(sql.get('consolidation') as string)).getRowObjectsJson() as Array<Record<string, string | number>>;
    const ours = consolidate(files.flatMap((f) => f.rows), { form: '2-mk', quarter: '2022-Q4', region: 'akmola' }).cells;
    const key = (x: { period: string; code: string; applicant: string; service: string }) => `${x.period}|${x.code}|${x.applicant}|${x.service}`;
    const mine = new Map(ours.map((c) => [key(c.row), { value: c.row.value, reports: c.reports, blank: c.blank }]));
    expect(theirs.length).toBe(mine.size);
    expect(theirs.length).toBeGreaterThan(100);
    for (const t of theirs) expect(mine.get(key(t as never))).toEqual({ value: t.value, reports: Number(t.reports), blank: Number(t.blank) });
  });
});
