import { describe, expect, it } from 'vitest';
import { flagExample, includesExample, isExampleReporter } from '../../src/lib/control/own/example-flag.ts';
import { EXAMPLE_PREFIX } from '../../src/lib/control/own/example-set.ts';

describe('the example flag', () => {
  it('tells the example set\'s reporters from real ones by their id', () => {
    expect(isExampleReporter(`${EXAMPLE_PREFIX}almaty_1`)).toBe(true);
    expect(isExampleReporter('akimat_almaty')).toBe(false);
    expect(isExampleReporter('')).toBe(false);
  });
  it('flags a set when any one report is made up', () => {
    expect(includesExample([{ reporter: 'a' }, { reporter: `${EXAMPLE_PREFIX}b` }])).toBe(true);
    expect(includesExample([{ reporter: 'a' }])).toBe(false);
    expect(includesExample([])).toBe(false);
  });
  it('puts the flag before a title only when the figures are made up', () => {
    expect(flagExample('Violations, 2022 Q1', 'Example — made-up figures', true)).toBe('Example — made-up figures: Violations, 2022 Q1');
    expect(flagExample('Violations, 2022 Q1', 'Example — made-up figures', false)).toBe('Violations, 2022 Q1');
  });
});
