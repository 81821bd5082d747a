import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SCHEMAS } from '../../src/lib/data/datasets.ts';
import { parseCsv } from '../../src/lib/data/parse-csv.ts';
import { criteriaMatrix, criterionOrder, serviceRows, splitCallcentreItem } from '../../src/lib/services/detail.ts';

const T16 = { source_report: 2020, source_kind: 'table', source_number: '16' } as const;
const T17 = { ...T16, source_number: '17' } as const;

const s = (service_id: string, criterion_id: string, channel: string, avg: number | null) => ({
  service_id, year: 2020, criterion_id, channel, avg_score: avg, satisfaction_pct: null, ...T16,
});

describe('criteriaMatrix', () => {
  const rows = [s('a', 'result', 'online', 4.81), s('a', 'staff', 'state_corp', 4.77), s('a', 'staff', 'online', 4.65), s('b', 'staff', 'online', 1)];
  const avgs = [{ service_id: 'a', year: 2020, channel: 'online', avg_score: 4.57, satisfaction_pct: 75, ...T17 }];
  const m = criteriaMatrix(rows, avgs, ['staff', 'accessibility', 'result'], 'a', 2020);
  it('orders criteria as the methodology and keeps channel order', () => {
    expect(m.rows.map((r) => r.criterionId)).toEqual(['staff', 'result']);
    expect(m.channels).toEqual(['online', 'state_corp']);
  });
  it('fills cells and leaves missing ones undefined', () => {
    expect(m.rows[0]?.cells.state_corp?.avg_score).toBe(4.77);
    expect(m.rows[1]?.cells.state_corp).toBeUndefined();
    expect(m.averages.online?.avg_score).toBe(4.57);
    expect(m.sources).toEqual([T16, T17]); // each source once, first seen first
  });
});

describe('criterionOrder', () => {
  it('follows the order column, not the rows (the file is sorted by id)', () => {
    expect(criterionOrder([{ criterion_id: 'costs', order: 3 }, { criterion_id: 'result', order: 1 }, { criterion_id: 'access', order: 2 }])).toEqual(['result', 'access', 'costs']);
  });
  it('gives the report\'s order from reference/criteria.csv', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../data/reference/criteria.csv'), 'utf8');
    const parsed = parseCsv(text, SCHEMAS['reference/criteria.csv'], 'reference/criteria.csv');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    // The report's table 16 (and the method chapter) lists staff first and the result last.
    const order = criterionOrder(parsed.rows);
    expect(order[0]).toBe('staff');
    expect(order.at(-1)).toBe('result');
    expect(order).toHaveLength(parsed.rows.length);
  });
});

describe('service helpers', () => {
  it('sorts rows best first with missing scores last', () => {
    const rows = [
      { service_id: 'a', year: 2020, avg_score: null, satisfaction_pct: 1, ...T16, region_id: 'x' },
      { service_id: 'a', year: 2020, avg_score: 4.9, satisfaction_pct: 1, ...T16, region_id: 'y' },
      { service_id: 'a', year: 2019, avg_score: 5, satisfaction_pct: 1, ...T16, region_id: 'z' },
    ];
    expect(serviceRows(rows, 'a', 2020).map((r) => r.region_id)).toEqual(['y', 'x']);
  });
  it('splits call-centre items', () => {
    expect(splitCallcentreItem('1414_local.call_speed')).toEqual({ centre: '1414_local', aspect: 'call_speed' });
    expect(splitCallcentreItem('x')).toEqual({ centre: 'x', aspect: '' });
  });
});
