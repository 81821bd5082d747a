import { describe, expect, it } from 'vitest';
import { stableParam } from '../../src/lib/url/links.svelte.ts';
import { enumParam, listParam } from '../../src/lib/url/params.ts';

// Svelte's derived values wake their readers only when the value is a different object (===);
// stableParam hands back the object it gave before whenever the URL's value is written the same way.
describe('stableParam', () => {
  it('gives back the value it gave before for a list written the same way, a new one when it changes', () => {
    let raw = $state.raw(['akmola', 'almaty']);
    const first = raw;
    const param = stableParam(listParam(), () => raw);
    expect(param.value).toBe(first);
    raw = ['akmola', 'almaty'];
    expect(param.value).toBe(first);
    raw = ['almaty'];
    expect(param.value).toEqual(['almaty']);
    expect(param.value).not.toBe(first);
  });

  it('follows a plain value', () => {
    let raw = $state.raw<'asc' | 'desc'>('asc');
    const param = stableParam(enumParam(['asc', 'desc'], 'asc'), () => raw);
    expect(param.value).toBe('asc');
    raw = 'desc';
    expect(param.value).toBe('desc');
  });
});
