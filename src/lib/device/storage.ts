// The one way the app touches Web Storage. A page may be denied storage (a sandboxed <iframe>
// without allow-same-origin, third-party storage blocked for an embed, private modes): then even
// reading `window.localStorage` throws a SecurityError. Everything here swallows that, so a
// denied storage means "nothing remembered", never a page stuck on "Loading data…".

/** What the app needs of a storage: read and write one key. Neither call ever throws. */
export interface SafeStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** `get` returns the real storage (and may throw); the wrapper turns every failure into "nothing". */
export function guardStorage(get: () => Storage | null | undefined): SafeStorage {
  return {
    getItem(key) {
      try {
        return get()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      try {
        get()?.setItem(key, value);
      } catch {
        /* not remembering is harmless */
      }
    },
  };
}

/** The page's localStorage, guarded. The property is read at each call, never at import. */
export const localStore: SafeStorage = guardStorage(() => (typeof window === 'undefined' ? undefined : window.localStorage));
