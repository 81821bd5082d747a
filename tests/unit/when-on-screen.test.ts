import { afterEach, describe, expect, it, vi } from 'vitest';
import { onPrint, watchOnScreen, whenOnScreen } from '../../src/lib/schedule/when-on-screen.ts';

type Callback = (entries: Array<{ isIntersecting: boolean }>) => void;

function fakeBrowser() {
  const observers: Array<{ callback: Callback; disconnected: boolean }> = [];
  const listeners = new Map<string, () => void>();
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      entry: { callback: Callback; disconnected: boolean };
      constructor(callback: Callback) {
        this.entry = { callback, disconnected: false };
        observers.push(this.entry);
      }
      observe() {}
      disconnect() {
        this.entry.disconnected = true;
      }
    },
  );
  vi.stubGlobal('window', {
    addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
    removeEventListener: (type: string, fn: () => void) => listeners.get(type) === fn && listeners.delete(type),
  });
  return { observers, listeners };
}

describe('whenOnScreen', () => {
  afterEach(() => vi.unstubAllGlobals());
  const el = {} as Element;

  it('starts once, when the element first intersects, then stops watching', () => {
    const { observers, listeners } = fakeBrowser();
    const start = vi.fn();
    whenOnScreen(el, start);
    observers[0]!.callback([{ isIntersecting: false }]);
    expect(start).not.toHaveBeenCalled();
    observers[0]!.callback([{ isIntersecting: true }]);
    observers[0]!.callback([{ isIntersecting: true }]);
    expect(start).toHaveBeenCalledOnce();
    expect(observers[0]!.disconnected).toBe(true);
    expect(listeners.has('beforeprint')).toBe(false);
  });

  it('starts before printing, and not at all once cancelled', () => {
    const { listeners, observers } = fakeBrowser();
    const printed = vi.fn();
    whenOnScreen(el, printed);
    listeners.get('beforeprint')!();
    expect(printed).toHaveBeenCalledOnce();
    const cancelled = vi.fn();
    const cancel = whenOnScreen(el, cancelled);
    cancel();
    expect(observers[1]!.disconnected).toBe(true);
    expect(listeners.has('beforeprint')).toBe(false);
  });

  it('starts when the print media query turns on without the event (a headless PDF), and stops listening to it', () => {
    fakeBrowser();
    const media = new Map<string, (e: { matches: boolean }) => void>();
    vi.stubGlobal('matchMedia', () => ({ addEventListener: (t: string, fn: (e: { matches: boolean }) => void) => media.set(t, fn), removeEventListener: (t: string) => media.delete(t) }));
    const start = vi.fn();
    whenOnScreen(el, start);
    media.get('change')!({ matches: false });
    expect(start).not.toHaveBeenCalled();
    media.get('change')!({ matches: true });
    expect(start).toHaveBeenCalledOnce();
    expect(media.has('change')).toBe(false);
  });

  it('starts at once when it is set up while the page prints (a part built by the print itself)', () => {
    const { observers } = fakeBrowser();
    vi.stubGlobal('matchMedia', () => ({ matches: true, addEventListener: () => undefined, removeEventListener: () => undefined }));
    const start = vi.fn();
    whenOnScreen(el, start);
    expect(start).toHaveBeenCalledOnce();
    expect(observers[0]?.disconnected ?? true).toBe(true);
  });

  it('starts at once where IntersectionObserver is missing', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    vi.stubGlobal('window', { addEventListener: () => undefined, removeEventListener: () => undefined });
    const start = vi.fn();
    whenOnScreen(el, start);
    expect(start).toHaveBeenCalledOnce();
  });
});

describe('watchOnScreen', () => {
  afterEach(() => vi.unstubAllGlobals());
  const el = {} as Element;

  it('reports every change of visibility, and printing as on screen, until stopped', () => {
    const { observers, listeners } = fakeBrowser();
    const seen: boolean[] = [];
    const stop = watchOnScreen(el, (on) => seen.push(on));
    observers[0]!.callback([{ isIntersecting: true }]);
    observers[0]!.callback([{ isIntersecting: false }]);
    listeners.get('beforeprint')?.();
    expect(seen).toEqual([true, false, true]);
    stop();
    expect(observers[0]!.disconnected).toBe(true);
    expect(listeners.has('beforeprint')).toBe(false);
  });

  it('is always on screen without IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const seen: boolean[] = [];
    watchOnScreen(el, (on) => seen.push(on));
    expect(seen).toEqual([true]);
  });
});

describe('onPrint', () => {
  afterEach(() => vi.unstubAllGlobals());

  function printMedia() {
    const media = new Map<string, (e: { matches: boolean }) => void>();
    vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener: (t: string, fn: (e: { matches: boolean }) => void) => media.set(t, fn), removeEventListener: (t: string) => media.delete(t) }));
    return media;
  }

  it('starts on the print event and on the print media (a headless PDF), ends on either, until unsubscribed', () => {
    const { listeners } = fakeBrowser();
    const media = printMedia();
    const seen: string[] = [];
    const stop = onPrint(
      () => seen.push('start'),
      () => seen.push('end'),
    );
    listeners.get('beforeprint')!();
    listeners.get('afterprint')!();
    media.get('change')!({ matches: true });
    media.get('change')!({ matches: false });
    expect(seen).toEqual(['start', 'end', 'start', 'end']);
    stop();
    expect([listeners.has('beforeprint'), listeners.has('afterprint'), media.has('change')]).toEqual([false, false, false]);
  });

  it('without `end`, listens to no afterprint and ignores the media turning off', () => {
    const { listeners } = fakeBrowser();
    const media = printMedia();
    const start = vi.fn();
    onPrint(start);
    expect(listeners.has('afterprint')).toBe(false);
    media.get('change')!({ matches: false });
    expect(start).not.toHaveBeenCalled();
  });
});
