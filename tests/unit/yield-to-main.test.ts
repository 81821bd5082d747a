import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, afterTurns, latestAfterPaint, yieldToMain } from '../../src/lib/schedule/yield-to-main.ts';

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

describe('afterNextPaint', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('calls back in a task after the next frame, once', async () => {
    vi.useFakeTimers();
    const frames: Array<() => void> = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    const then = vi.fn();
    afterNextPaint(then);
    await vi.advanceTimersByTimeAsync(50);
    expect(then).not.toHaveBeenCalled();
    frames.shift()?.();
    expect(then).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(then).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(500);
    expect(then).toHaveBeenCalledOnce();
  });

  it('runs the calls made before one frame in tasks of their own, in order, with one frame callback', async () => {
    vi.useFakeTimers();
    const frames: Array<() => void> = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    const order: number[] = [];
    afterNextPaint(() => order.push(1));
    afterNextPaint(() => order.push(2));
    expect(frames).toHaveLength(1);
    frames.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual([1, 2]);
    // A call made after that frame waits for the next one.
    afterNextPaint(() => order.push(3));
    expect(frames).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(50);
    expect(order).toEqual([1, 2]);
    frames.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual([1, 2, 3]);
  });

  it('calls back after the fallback delay in a tab that draws no frames', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const then = vi.fn();
    afterNextPaint(then, 100);
    await vi.advanceTimersByTimeAsync(99);
    expect(then).not.toHaveBeenCalled();
    // Then its own task (a zero delay set within a timer counts as 1 ms under fake timers).
    await vi.advanceTimersByTimeAsync(2);
    expect(then).toHaveBeenCalledOnce();
  });
});

describe('latestAfterPaint', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('applies a value after the next frame, not before', async () => {
    vi.useFakeTimers();
    const frames: Array<() => void> = [];
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
    const applied: string[] = [];
    const set = latestAfterPaint<string>((v) => applied.push(v));
    set('health');
    await vi.advanceTimersByTimeAsync(10);
    expect(applied).toEqual([]);
    for (const f of frames.splice(0)) f();
    await vi.advanceTimersByTimeAsync(0);
    expect(applied).toEqual(['health']);
  });

  it('applies only the latest of several values given before the frame', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0); // no frames: the 100 ms fallback runs
    const applied: number[] = [];
    const set = latestAfterPaint<number>((v) => applied.push(v));
    set(2);
    set(3);
    await vi.advanceTimersByTimeAsync(300);
    expect(applied).toEqual([3]);
  });
});
