import { describe, expect, it } from 'vitest';
import { readParams } from '../../src/lib/url/params.ts';
import { GLOBAL_PARAMS } from '../../src/lib/url/globals.ts';
import { isEmbed, pickFigure } from '../../src/lib/url/share.ts';

const q = (s: string) => new URLSearchParams(s);

describe('embed: 1 only, the last of repeated values wins', () => {
  it.each([
    ['embed=1', true],
    ['embed=0', false],
    ['embed=1&embed=0', false],
    ['embed=0&embed=1', true],
    ['embed=true', false],
    ['', false],
  ])('%s → %s', (query, embedded) => expect(isEmbed(q(query))).toBe(embedded));

  it.each(['embed=true', 'embed=2', `embed=${'1'.repeat(5000)}`, 'embed=', 'embed=0&embed=yes'])('%s gives a notice', (query) => {
    const { invalid } = readParams(GLOBAL_PARAMS, q(query));
    expect(invalid.map((p) => p.param)).toEqual(['embed']);
  });

  it('embed=1 and embed=0 are valid', () => {
    expect(readParams(GLOBAL_PARAMS, q('embed=1&lang=ru')).invalid).toEqual([]);
    expect(readParams(GLOBAL_PARAMS, q('embed=0')).invalid).toEqual([]);
  });
});

describe('pickFigure', () => {
  const figs = [{ id: 'map' }, { id: 'table' }];
  it.each([
    [null, false, 'map', false],
    ['table', false, 'table', false],
    ['zzz', false, undefined, false],
    ['zzz', true, 'map', true],
  ] as const)('wanted %s, settled %s → %s (unknown %s)', (wanted, settled, id, unknown) => {
    const r = pickFigure(figs, wanted, settled);
    expect(r.figure?.id).toBe(id);
    expect(r.unknown).toBe(unknown);
  });
  it('no figure on the page: nothing to show, nothing flagged yet', () => {
    expect(pickFigure([], 'zzz', false)).toEqual({ figure: undefined, unknown: false });
  });
});
