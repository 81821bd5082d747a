import { describe, expect, it } from 'vitest';
import { intervalPlot, nameColumn, ROW_HEIGHT, shortLabel } from '../../src/lib/stats/interval-plot.ts';

describe('dot-and-interval chart geometry', () => {
  const items = [
    { id: 'a', tag: '1', label: 'A', value: 88, interval: { lo: 79.1, hi: 93.4 } },
    { id: 'b', tag: '2', label: 'B', value: 50, interval: { lo: 40, hi: 60 } },
  ];
  it('maps the whole axis (0–100) onto the plot width, one row per item in order', () => {
    const p = intervalPlot(items, { min: 0, max: 100 }, 236, 36, 0);
    expect(p.rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(p.rows[1]!.x).toBeCloseTo(136);
    expect(p.rows[1]!.xLo).toBeCloseTo(116);
    expect(p.rows[1]!.xHi).toBeCloseTo(156);
    expect(p.rows[1]!.y - p.rows[0]!.y).toBe(ROW_HEIGHT);
    expect(p.ticks.map((t) => t.value)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(p.ticks[0]!.x).toBe(36);
    expect(p.height).toBeGreaterThan(2 * ROW_HEIGHT);
  });
  it('names every row, shortened to the name column', () => {
    const long = [{ id: 'x', tag: '1', label: '1. Registration of citizens living permanently or temporarily abroad', value: 88, interval: { lo: 79.1, hi: 93.4 } }];
    const wide = intervalPlot(long, { min: 0, max: 100 }, 640, nameColumn(640));
    expect(nameColumn(640)).toBe(260);
    expect(wide.rows[0]!.text).toBe('1. Registration of citizens living perm…');
    const narrow = intervalPlot(long, { min: 0, max: 100 }, 240, nameColumn(240));
    expect(nameColumn(240)).toBe(108);
    expect(narrow.rows[0]!.text).toBe('1. Registration…');
    expect(intervalPlot(items, { min: 0, max: 100 }, 640, nameColumn(640)).rows.map((r) => r.text)).toEqual(['A', 'B']);
  });
  it.each([
    { text: 'Akmola', max: 10, expected: 'Akmola' },
    { text: 'Registration of citizens', max: 12, expected: 'Registratio…' },
    { text: 'Қазақстан Республикасы', max: 10, expected: 'Қазақстан…' },
    { text: 'Abcdefgh', max: 2, expected: 'Abc…' },
  ])('shortLabel($text, $max) → $expected', ({ text, max, expected }) => {
    expect(shortLabel(text, max)).toBe(expected);
  });
  it('clamps an interval that reaches past the axis', () => {
    const p = intervalPlot([{ id: 'c', tag: '3', label: 'C', value: 99, interval: { lo: 90, hi: 104 } }], { min: 0, max: 100 }, 136, 36, 0);
    expect(p.rows[0]!.xHi).toBe(136);
  });
});
