import { describe, expect, it } from 'vitest';
import { loadDataset, mapInputs } from './fixtures.ts';
import { readChange, regionHeadline } from '../../src/lib/map/headline.ts';
import type { MapInputs } from '../../src/lib/map/select.ts';

const load = loadDataset;
const inputs: MapInputs = mapInputs();
const services = load('monitoring/services.csv');

describe('the region headline', () => {
  it('answers for Akmola from tables 11 and 4 (2020): score, satisfaction with its interval, rank, third, change', () => {
    const h = regionHeadline('akmola', inputs, inputs.serviceRegions, services)!;
    expect(h).toMatchObject({ scope: 'leb', year: 2020, score: 4.73, satisfaction: 80.3, respondents: 461, rank: 1, of: 17, third: 'top', rankPublished: true });
    // Wilson on 80.3 % of 461 respondents: 76.4–83.7 % (hand-checked: centre 0.8013, half 0.0362).
    expect(h.satisfactionInterval!.lo).toBeCloseTo(76.4, 1);
    expect(h.satisfactionInterval!.hi).toBeCloseTo(83.7, 1);
    // 2019 → 2020: 4.92 → 4.73 and 87.6 → 80.3 %.
    expect(h.scoreChange).toEqual({ kind: 'value', value: -0.19, fromYear: 2019 });
    expect(h.satisfactionChange).toEqual({ kind: 'value', value: -7.3, fromYear: 2019 });
    // The 2019 respondents by region are not published: the change cannot be read as more than chance.
    expect(h.previousInterval).toBeNull();
    expect(h.satisfactionReading).toBe('unknown');
    expect(h.clearlyHigherThan).not.toBeNull();
    expect(h.clearlyHigherThan! + h.clearlyLowerThan!).toBeLessThanOrEqual(16);
  });

  it('names the services furthest above and below the national value (table 8 against table 1)', () => {
    const h = regionHeadline('akmola', inputs, inputs.serviceRegions, services)!;
    expect(h.best).toMatchObject({ serviceId: 'land_plot_for_construction', value: 4.95, national: 4.45, difference: 0.5 });
    expect(h.worst).toMatchObject({ value: 4.44, national: 4.56, difference: -0.12 });
  });

  it('has no change across the Shymkent break and nothing for an unknown region', () => {
    const s = regionHeadline('shymkent', inputs, inputs.serviceRegions, services)!;
    expect(s.year).toBe(2020);
    expect(s.scoreChange.kind).toBe('value');
    expect(regionHeadline('atlantis', inputs, inputs.serviceRegions, services)).toBeNull();
  });

  it.each([
    { previous: { lo: 70, hi: 75 }, current: { lo: 76, hi: 80 }, expected: 'up' },
    { previous: { lo: 76, hi: 80 }, current: { lo: 70, hi: 75 }, expected: 'down' },
    { previous: { lo: 70, hi: 76 }, current: { lo: 75, hi: 80 }, expected: 'within' },
    { previous: null, current: { lo: 75, hi: 80 }, expected: 'unknown' },
    { previous: { lo: 70, hi: 75 }, current: null, expected: 'unknown' },
  ] as const)('reads a change from $previous to $current as $expected', ({ previous, current, expected }) => {
    expect(readChange(previous, current)).toBe(expected);
  });
});
