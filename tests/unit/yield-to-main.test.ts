import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterTurns, yieldToMain } from '../../src/lib/schedule/yield-to-main.ts';

describe('yieldToMain', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('uses scheduler.yield where the browser has it', async () => {
    const y = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: y });
    await yieldToMain();
    expect(y).toHaveBeenCalledOnce();
  });

  it('otherwise resolves only after a timer task, not in the same task', async () => {
    vi.stubGlobal('scheduler', undefined);
    vi.useFakeTimers();
    let done = false;
    const p = yieldToMain().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    await vi.runAllTimersAsync();
    await p;
    expect(done).toBe(true);
  });
});

describe('afterTurns', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('calls back after the given number of turns, not before', async () => {
    const turns: Array<() => void> = [];
    vi.stubGlobal('scheduler', { yield: () => new Promise<void>((resolve) => turns.push(resolve)) });
    const then = vi.fn();
    afterTurns(2, then);
    await Promise.resolve();
    turns.shift()?.();
    await Promise.resolve();
    await Promise.resolve();
    expect(then).not.toHaveBeenCalled();
    turns.shift()?.();
    await vi.waitFor(() => expect(then).toHaveBeenCalledOnce());
  });

  it('never calls back once cancelled', async () => {
    vi.stubGlobal('scheduler', { yield: () => Promise.resolve() });
    const then = vi.fn();
    const cancel = afterTurns(1, then);
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(then).not.toHaveBeenCalled();
  });
});
