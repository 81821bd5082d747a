// One cell grammar for data:check and the browser's parser. Before, the check refused "+1", ".5",
// "1e3" (and " 4.5") that the browser read as numbers: a hand-edited file could pass one and not
// the other. Each case goes through both, and both must agree.
import { describe, expect, it } from 'vitest';
import { parseValue } from '../../scripts/check/schema.ts';
import type { Field } from '../../scripts/schema/datapackage.ts';
import { booleanCell, numberCell } from '../../src/lib/data/cell-grammar.ts';
import { parseCsv } from '../../src/lib/data/parse-csv.ts';

const NUMBER_FIELD = { name: 'v', type: 'number' } as Field;
const INTEGER_FIELD = { name: 'v', type: 'integer' } as Field;
const BOOLEAN_FIELD = { name: 'v', type: 'boolean' } as Field;

/** What the browser reads from a one-column file holding this cell (quoted, so spaces survive). */
function browser(type: 'number' | 'integer' | 'boolean', cell: string): unknown {
  const r = parseCsv(`k,v\na,"${cell}"\n`, { k: { type: 'string' }, v: { type } }, 'x.csv');
  return r.ok ? r.rows[0]?.v : 'refused';
}
const check = (field: Field, cell: string): unknown => {
  const r = parseValue(field, cell);
  return r.error ? 'refused' : r.value;
};

describe('one cell grammar (data:check = browser)', () => {
  it.each([
    ['4.73', 4.73],
    ['-0.19', -0.19],
    ['12', 12],
    ['0', 0],
  ])('number %j is read as %j by both', (cell, value) => {
    expect(numberCell(cell)).toBe(value);
    expect(check(NUMBER_FIELD, cell)).toBe(value);
    expect(browser('number', cell)).toBe(value);
  });

  // The cases where the two used to differ (the browser took them), and their neighbours.
  it.each(['+1', '.5', '1e3', '1.', ' 4.5', '4.5 ', '4,5', '0x10', 'Infinity', '-', '1 234'])('number %j is refused by both', (cell) => {
    expect(numberCell(cell)).toBeNull();
    expect(check(NUMBER_FIELD, cell)).toBe('refused');
    expect(browser('number', cell)).toBe('refused');
  });

  it.each(['+2020', '2e3', ' 2020', '2020.5'])('integer %j is refused by both', (cell) => {
    expect(check(INTEGER_FIELD, cell)).toBe('refused');
    expect(browser('integer', cell)).toBe('refused');
  });

  it('booleans are "true" and "false" exactly', () => {
    for (const [cell, v] of [['true', true], ['false', false]] as const) {
      expect(booleanCell(cell)).toBe(v);
      expect(check(BOOLEAN_FIELD, cell)).toBe(v);
      expect(browser('boolean', cell)).toBe(v);
    }
    for (const cell of [' true', 'TRUE', '1', 'yes']) {
      expect(check(BOOLEAN_FIELD, cell)).toBe('refused');
      expect(browser('boolean', cell)).toBe('refused');
    }
  });

  it('an empty cell is blank for both; a cell of spaces is not a blank number', () => {
    expect(check(NUMBER_FIELD, '')).toBeNull();
    expect(browser('number', '')).toBeNull();
    expect(check(NUMBER_FIELD, '  ')).toBe('refused');
    expect(browser('number', '  ')).toBe('refused');
  });
});
