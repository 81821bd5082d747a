import { describe, expect, it } from 'vitest';
import { decimalsOf, equalIntervalClasses, inkOn, PALETTE } from '../../src/lib/map/classes.ts';

describe('decimalsOf', () => {
  it('finds the precision the values are published with', () => {
    expect(decimalsOf([4.7, 4.58, 5])).toBe(2);
    expect(decimalsOf([75.1, 80])).toBe(1);
    expect(decimalsOf([80, 90])).toBe(0);
    expect(decimalsOf([])).toBe(0);
  });
});

describe('equalIntervalClasses', () => {
  it('splits the range of the values into five classes with exact, inclusive bounds', () => {
    // min 4.58, max 4.92, width 0.068: raw breaks 4.648, 4.716, 4.784, 4.852 → rounded up to 0.01.
    const c = equalIntervalClasses([4.58, 4.6, 4.73, 4.92, null]);
    expect(c.classes.map((k) => [k.from, k.to])).toEqual([
      [4.58, 4.64],
      [4.65, 4.71],
      [4.72, 4.78],
      [4.79, 4.85],
      [4.86, 4.92],
    ]);
    expect(c.classes.map((k) => k.colour)).toEqual([...PALETTE]);
    expect(c.decimals).toBe(2);
  });
  it('puts each value in the class whose bounds contain it, and missing values in none', () => {
    const c = equalIntervalClasses([4.58, 4.6, 4.73, 4.92]);
    expect(c.classOf(4.58)).toBe(0);
    expect(c.classOf(4.64)).toBe(0);
    expect(c.classOf(4.65)).toBe(1);
    expect(c.classOf(4.73)).toBe(2);
    expect(c.classOf(4.92)).toBe(4);
    expect(c.classOf(null)).toBeNull();
    expect(c.colourOf(undefined)).toBeNull();
    expect(c.colourOf(4.92)).toBe(PALETTE[4]);
  });
  it('works on percentages with one decimal', () => {
    const c = equalIntervalClasses([39.7, 87.6, 60]);
    // width 9.58: 49.28, 58.86, 68.44, 78.02 → up to 0.1: 49.3, 58.9, 68.5, 78.1
    expect(c.classes.map((k) => k.from)).toEqual([39.7, 49.3, 58.9, 68.5, 78.1]);
    expect(c.classes.map((k) => k.to)).toEqual([49.2, 58.8, 68.4, 78, 87.6]);
    expect(c.classOf(60)).toBe(2);
  });
  it('merges classes when the range is narrower than five steps, keeping the ends of the palette', () => {
    const c = equalIntervalClasses([4.7, 4.71, 4.7]);
    expect(c.classes.map((k) => [k.from, k.to])).toEqual([
      [4.7, 4.7],
      [4.71, 4.71],
    ]);
    expect(c.classes.map((k) => k.colour)).toEqual([PALETTE[0], PALETTE[4]]);
  });
  it('gives one (darkest) class when every value is equal, and none without values', () => {
    expect(equalIntervalClasses([4.5, 4.5]).classes).toEqual([{ from: 4.5, to: 4.5, colour: PALETTE[4] }]);
    const empty = equalIntervalClasses([null, null]);
    expect(empty.classes).toEqual([]);
    expect(empty.classOf(4.5)).toBeNull();
  });
});

describe('inkOn', () => {
  it('picks readable text colours on the palette', () => {
    expect(inkOn('#ffffcc')).toBe('#000000');
    expect(inkOn('#253494')).toBe('#ffffff');
  });
});
