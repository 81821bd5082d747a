import { describe, expect, it } from 'vitest';
import { guardStorage } from '../../src/lib/device/storage.ts';
import { rememberedLocale, rememberLocale } from '../../src/lib/i18n/remember.ts';

function memory(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

const denied = (): Storage => {
  throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
};
const throwing = (): Storage => ({
  ...memory(),
  getItem: () => {
    throw new Error('disabled');
  },
  setItem: () => {
    throw new DOMException('quota', 'QuotaExceededError');
  },
});

describe('guardStorage', () => {
  const cases: Array<{ name: string; get: () => Storage | null | undefined; expected: string | null }> = [
    { name: 'a working storage keeps what is written', get: (() => { const s = memory(); return () => s; })(), expected: 'ru' },
    { name: 'reading window.localStorage throws (sandboxed iframe)', get: denied, expected: null },
    { name: 'getItem and setItem throw (disabled, quota)', get: throwing, expected: null },
    { name: 'no storage at all', get: () => undefined, expected: null },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const store = guardStorage(c.get);
      expect(() => store.setItem('k', 'ru')).not.toThrow();
      expect(store.getItem('k')).toBe(c.expected);
    });
  }

  it('the remembered language survives a denied storage as "none"', () => {
    const store = guardStorage(denied);
    expect(() => rememberLocale(store, 'en')).not.toThrow();
    expect(rememberedLocale(store)).toBeNull();
    const ok = guardStorage((() => { const s = memory(); return () => s; })());
    rememberLocale(ok, 'en');
    expect(rememberedLocale(ok)).toBe('en');
  });
});
