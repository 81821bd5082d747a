import { describe, expect, it } from 'vitest';
import { isPackedTree, packTree, unpackTree } from '../../src/lib/control/own/packed-tree.ts';

describe('packTree', () => {
  it('gives back the same tree: objects with their keys in order, arrays, strings, numbers of every kind, booleans, null and undefined', () => {
    const tree = [
      { kind: 'months_sum', line: 12, expected: 7, actual: 6.5, difference: -0.5, parts: [{ code: 'a', value: '2' }, { code: 'b', value: '' }], flag: true, none: null, gone: undefined },
      { kind: 'months_sum', line: 2 ** 28, expected: -3, actual: Number.MAX_SAFE_INTEGER, difference: -0, parts: [], flag: false, none: null, gone: undefined },
      { other: 'Ақмола облысы', nested: { deeper: [[1, 'x'], []] }, nan: Number.NaN, inf: Number.POSITIVE_INFINITY },
      'plain',
      0,
    ];
    const back = unpackTree<typeof tree>(packTree(tree));
    expect(back).toEqual(tree);
    expect(Object.keys(back[0] as object)).toEqual(Object.keys(tree[0] as object));
    expect('gone' in (back[0] as object)).toBe(true);
    expect(Object.is((back[1] as { difference: number }).difference, -0)).toBe(true);
  });

  it('writes each string and each set of keys once', () => {
    const findings = Array.from({ length: 500 }, (_, i) => ({ kind: 'equal', label: 'Services delivered late, total', period: `2021-0${(i % 3) + 7}`, line: i }));
    const packed = packTree(findings);
    expect(packed.strings.filter((s) => s === 'Services delivered late, total')).toHaveLength(1);
    expect(packed.shapes).toHaveLength(1);
    // One token for the list, one per object, four per object's values.
    expect(packed.tokens.length).toBe(1 + 500 * 5);
    expect(packed.numbers.length).toBe(0);
    expect(unpackTree(packed)).toEqual(findings);
  });

  it('survives a structured clone (as posted and kept), and tells a packed tree from a plain list', () => {
    const packed = structuredClone(packTree([{ a: 1.5, b: 'x' }]));
    expect(isPackedTree(packed)).toBe(true);
    expect(unpackTree(packed)).toEqual([{ a: 1.5, b: 'x' }]);
    expect(isPackedTree([{ a: 1 }])).toBe(false);
    expect(isPackedTree(undefined)).toBe(false);
  });

  it('refuses what it cannot give back', () => {
    expect(() => packTree({ f: () => 1 })).toThrow(TypeError);
  });
});
