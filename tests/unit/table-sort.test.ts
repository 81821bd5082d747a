import { describe, expect, it } from 'vitest';
import { formatSort, isUnknownSort, nextSort, parseSort, sortRows } from '../../src/lib/table/sort.ts';

type Row = { name: string; score: number | null };
const rows: Row[] = [
  { name: 'Павлодар', score: 4.71 },
  { name: 'Ақмола', score: 4.73 },
  { name: 'Шымкент', score: null },
  { name: 'Алматы', score: 4.71 },
];
const columns = [
  { key: 'name', cell: (r: Row) => r.name },
  { key: 'score', cell: (r: Row) => String(r.score ?? ''), sortValue: (r: Row) => r.score },
];

describe('sortRows', () => {
  it('sorts numbers descending, stable for ties, missing last', () => {
    expect(sortRows(rows, columns, { key: 'score', dir: 'desc' }).map((r) => r.name)).toEqual(['Ақмола', 'Павлодар', 'Алматы', 'Шымкент']);
  });
  it('keeps missing values last when ascending too', () => {
    expect(sortRows(rows, columns, { key: 'score', dir: 'asc' }).map((r) => r.name)).toEqual(['Павлодар', 'Алматы', 'Ақмола', 'Шымкент']);
  });
  it('sorts Cyrillic names by collation', () => {
    // Kazakh alphabet order: ... К Қ Л ..., so Ақмола precedes Алматы.
    expect(sortRows(rows, columns, { key: 'name', dir: 'asc' }).map((r) => r.name).slice(0, 2)).toEqual(['Ақмола', 'Алматы']);
  });
  it('leaves order alone without a (known) sort', () => {
    expect(sortRows(rows, columns, undefined)).toEqual(rows);
    expect(sortRows(rows, columns, { key: 'nope', dir: 'asc' })).toEqual(rows);
  });
});

describe('sort state', () => {
  it('flips on the same column, natural direction on a new one', () => {
    expect(nextSort({ key: 'score', dir: 'desc' }, 'score', true)).toEqual({ key: 'score', dir: 'asc' });
    expect(nextSort({ key: 'score', dir: 'desc' }, 'name', false)).toEqual({ key: 'name', dir: 'asc' });
    expect(nextSort(undefined, 'score', true)).toEqual({ key: 'score', dir: 'desc' });
  });
  it('round-trips through the URL form and rejects unknown keys', () => {
    expect(parseSort(formatSort({ key: 'score', dir: 'asc' }), ['score'])).toEqual({ key: 'score', dir: 'asc' });
    expect(parseSort('score-up', ['score'])).toBeUndefined();
    expect(parseSort('evil-asc', ['score'])).toBeUndefined();
  });
  it('calls a sort unknown when it names no column, but not when it is empty', () => {
    expect(isUnknownSort('evil-asc', ['score'])).toBe(true);
    expect(isUnknownSort('score-desc', ['score'])).toBe(false);
    expect(isUnknownSort('', ['score'])).toBe(false);
  });
});
