import { describe, expect, it } from 'vitest';
import { analyseTrace, median } from '../../scripts/bench-trace.mjs';

// A small synthetic Chromium trace: one renderer main thread (pid 1) and a quieter one (pid 2).
const meta = (pid: number) => ({ ph: 'M', name: 'thread_name', pid, tid: 1, args: { name: 'CrRendererMain' } });
const x = (pid: number, name: string, ts: number, durMs: number) => ({ ph: 'X', name, pid, tid: 1, ts, dur: durMs * 1000 });

describe('analyseTrace', () => {
  const trace = {
    traceEvents: [
      meta(1),
      meta(2),
      // Task 1: 120 ms, of which script 80 (with 20 of forced layout inside), paint 10.
      x(1, 'RunTask', 0, 120),
      x(1, 'FunctionCall', 1_000, 80),
      x(1, 'Layout', 10_000, 20),
      x(1, 'Paint', 90_000, 10),
      // A nested task inside task 1 counts once, as part of it.
      x(1, 'ThreadControllerImpl::RunTask', 100_000, 5),
      // Task 2: 250 ms of module evaluation with an unknown child event (counts as script).
      x(1, 'RunTask', 200_000, 250),
      x(1, 'v8.evaluateModule', 200_000, 250),
      x(1, 'SomethingUnknown', 300_000, 50),
      // Task 3: 30 ms of nothing known.
      x(1, 'RunTask', 500_000, 30),
      // Begin/end pairs are read too: 10 ms of style recalculation in task 3.
      { ph: 'B', name: 'UpdateLayoutTree', pid: 1, tid: 1, ts: 505_000 },
      { ph: 'E', name: 'UpdateLayoutTree', pid: 1, tid: 1, ts: 515_000 },
      // The other renderer: less work, ignored.
      x(2, 'RunTask', 0, 300),
    ],
  };

  it('finds the longest task and the total blocking time of the busiest renderer', () => {
    const r = analyseTrace(trace);
    expect(r?.longestTaskMs).toBe(250);
    expect(r?.totalBlockingTimeMs).toBe(70 + 200);
    expect(r?.tasksOver50ms).toBe(2);
  });

  it('splits main-thread time by self time, unknown events going to their parent’s group', () => {
    const split = analyseTrace(trace)?.mainThreadMs;
    expect(split?.script).toBeCloseTo(60 + 250, 5);
    expect(split?.styleLayout).toBeCloseTo(20 + 10, 5);
    expect(split?.paint).toBeCloseTo(10, 5);
    // Task 1's own 30 ms minus its 5 ms nested task, the nested task's 5 ms, task 3's other 20 ms.
    expect(split?.other).toBeCloseTo(25 + 5 + 20, 5);
  });

  it('gives no figures for a trace without a renderer', () => {
    expect(analyseTrace({ traceEvents: [] })).toBeNull();
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
