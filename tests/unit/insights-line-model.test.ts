import { describe, expect, it } from 'vitest';
import { breakMarks, lineDatasets, styleOf, OKABE_ITO, REFERENCE_COLOUR } from '../../src/components/charts/line-model.ts';

const years = [2014, 2015, 2016, 2017, 2018, 2019, 2020];

describe('line chart model', () => {
  it('splits the national series at the 2015→2016 break: no dataset has both years', () => {
    const ds = lineDatasets(years, [
      { id: 'national', label: 'KZ', ref: { kind: 'national' }, points: years.map((y, i) => ({ year: y, value: 70 + i })) },
    ]);
    expect(ds.map((d) => d.data)).toEqual([
      [70, 71, null, null, null, null, null],
      [null, null, 72, 73, 74, 75, 76],
    ]);
    for (const d of ds) expect(d.data[1] !== null && d.data[2] !== null).toBe(false);
  });

  it('does not bridge a missing year, and splits Turkistan at 2017→2018', () => {
    const ys = [2016, 2017, 2018, 2019, 2020];
    const ds = lineDatasets(ys, [
      { id: 'turkistan', label: 'T', ref: { kind: 'region', id: 'turkistan' }, points: ys.map((y) => ({ year: y, value: 4.5 })) },
      { id: 'shymkent', label: 'S', ref: { kind: 'region', id: 'shymkent' }, points: [{ year: 2018, value: 4.6 }, { year: 2019, value: null }, { year: 2020, value: 4.7 }] },
    ]);
    expect(ds.map((d) => [d.seriesId, d.data])).toEqual([
      ['turkistan', [4.5, 4.5, null, null, null]],
      ['turkistan', [null, null, 4.5, 4.5, 4.5]],
      ['shymkent', [null, null, 4.6, null, null]],
      ['shymkent', [null, null, null, null, 4.7]],
    ]);
    const marks = breakMarks(ys, [{ id: 'turkistan', label: 'T', ref: { kind: 'region', id: 'turkistan' }, points: [] }]);
    expect(marks.map((m) => [m.after, m.reason, m.position])).toEqual([[2017, 'turkistan_shymkent_split', 1.5]]);
  });

  it('marks the scale break only when both years are shown', () => {
    const s = [{ id: 'n', label: 'n', ref: { kind: 'national' } as const, points: [] }];
    expect(breakMarks(years, s).map((m) => m.position)).toEqual([1.5]);
    expect(breakMarks([2016, 2017], s)).toEqual([]);
  });

  it('gives reference lines grey dashes and the others Okabe–Ito colours in order', () => {
    const s = [
      { id: 'kz', label: 'kz', ref: { kind: 'national' } as const, points: [], reference: true },
      { id: 'a', label: 'a', ref: { kind: 'body', id: 'a' } as const, points: [] },
      { id: 'b', label: 'b', ref: { kind: 'body', id: 'b' } as const, points: [] },
    ];
    expect(styleOf(s, 0)).toMatchObject({ colour: REFERENCE_COLOUR, dashed: true });
    expect(styleOf(s, 1).colour).toBe(OKABE_ITO[0]);
    expect(styleOf(s, 2).colour).toBe(OKABE_ITO[1]);
  });
});
