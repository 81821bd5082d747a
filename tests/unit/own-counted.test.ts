import { describe, expect, it } from 'vitest';
import { countedReports, type CountableFile } from '../../src/lib/control/own/counted.ts';
import { packReports, type ReportSummary } from '../../src/lib/control/own/summary.ts';
import type { LoadedFile } from '../../src/lib/control/own/load.ts';

const summary = (reporter: string, quarter: string, total: number): ReportSummary => ({ form: '1-mk', reporter, region_id: 'astana', quarter, values: { 'violations.total': total }, derived: [] });
const file = (id: string, list: ReportSummary[], errors = 0, include = false): CountableFile => ({ id, status: 'loaded', include, file: { reports: packReports(list), errors } as unknown as LoadedFile });

describe('counted reports', () => {
  it('counts valid and included files in order, a report loaded twice once, and says which file repeated it', () => {
    const a = file('a', [summary('r1', '2021-Q3', 1), summary('r1', '2021-Q4', 2)]);
    const b = file('b', [summary('r1', '2021-Q4', 9), summary('r2', '2021-Q4', 3)]);
    const bad = file('bad', [summary('r3', '2021-Q4', 4)], 2);
    const { reports, repeated } = countedReports([a, b, bad]);
    expect(reports.map((r) => [r.reporter, r.quarter, r.get('violations.total')])).toEqual([
      ['r1', '2021-Q3', 1],
      ['r1', '2021-Q4', 2],
      ['r2', '2021-Q4', 3],
    ]);
    expect([...repeated]).toEqual([['b', 1]]);
    expect(countedReports([a, b, { ...bad, include: true }]).reports.map((r) => r.reporter)).toEqual(['r1', 'r1', 'r2', 'r3']);
  });

  it('counting again as files arrive gives the same reports (each file unpacked once), and a file read again is unpacked again', () => {
    const a = file('a', [summary('r1', '2021-Q3', 1)]);
    const first = countedReports([a]).reports;
    const again = countedReports([a, file('b', [summary('r2', '2021-Q3', 5)])]).reports;
    expect(again[0]).toBe(first[0]);
    expect(again.map((r) => r.get('violations.total'))).toEqual([1, 5]);
    const reread = countedReports([file('a', [summary('r1', '2021-Q3', 7)])]).reports;
    expect(reread[0]?.get('violations.total')).toBe(7);
  });
});
