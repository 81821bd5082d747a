import { describe, expect, it } from 'vitest';
import { useLoad, type LoadResult } from '../../src/lib/data/use-load.svelte.ts';
import type { DatasetError } from '../../src/lib/data/schema.ts';

const broken: DatasetError = { file: 'monitoring/notes.csv', line: null, problem: { code: 'network', status: '404' } };

/** A loader whose calls resolve when the test says so. */
function controlled<T>() {
  const calls: Array<(r: LoadResult<T>) => void> = [];
  return { calls, load: () => new Promise<LoadResult<T>>((resolve) => calls.push(resolve)) };
}

describe('useLoad', () => {
  it('is loading, then loaded', async () => {
    const c = controlled<number>();
    const state = useLoad(c.load);
    expect([state.data, state.error]).toEqual([null, null]);
    c.calls[0]!({ ok: true, data: 42 });
    await Promise.resolve();
    await Promise.resolve();
    expect(state.data).toBe(42);
  });

  it('turns a loader that throws (its code did not arrive) into a network error, not endless loading', async () => {
    const state = useLoad<number>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    await new Promise((r) => setTimeout(r, 0));
    expect(state.data).toBeNull();
    expect(state.error?.problem).toEqual({ code: 'network', status: '—' });
  });

  it('shows the error, clears it on retry and loads again', async () => {
    const c = controlled<number>();
    const state = useLoad(c.load);
    c.calls[0]!({ ok: false, error: broken });
    await new Promise((r) => setTimeout(r, 0));
    expect(state.error).toEqual(broken);
    const retry = state.reload();
    expect(state.error).toBeNull(); // back to the loading line at once
    c.calls[1]!({ ok: true, data: 7 });
    await retry;
    expect(state.data).toBe(7);
  });

  it('keeps the latest reload’s result when an earlier one answers last', async () => {
    const c = controlled<string>();
    const state = useLoad(c.load);
    const second = state.reload();
    c.calls[1]!({ ok: true, data: 'new' });
    await second;
    c.calls[0]!({ ok: false, error: broken });
    await new Promise((r) => setTimeout(r, 0));
    expect(state.data).toBe('new');
    expect(state.error).toBeNull();
  });
});
