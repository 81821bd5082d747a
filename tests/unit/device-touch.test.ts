import { describe, expect, it } from 'vitest';
import { isTouchScreen } from '../../src/lib/device/touch.ts';

describe('isTouchScreen', () => {
  it('is true only where the screen has no hover', () => {
    expect(isTouchScreen((q) => ({ matches: q === '(hover: none)' }))).toBe(true);
    expect(isTouchScreen(() => ({ matches: false }))).toBe(false);
  });
  it('is false where matchMedia is missing (tests, old browsers)', () => {
    expect(isTouchScreen(undefined)).toBe(false);
  });
});
