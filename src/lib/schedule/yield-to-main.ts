/**
 * Give the browser a turn (input, paint) before going on, so a long job on a slow phone becomes
 * several short tasks instead of one long main-thread block. scheduler.yield() keeps our place in
 * the queue where it exists; elsewhere a zero-delay timeout does the same job.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Call `then` after `turns` turns of the browser, unless cancelled first (the returned function):
 * for a part of a view that renders a few tasks after the rest.
 */
export function afterTurns(turns: number, then: () => void): () => void {
  let live = true;
  void (async () => {
    for (let i = 0; i < turns; i++) await yieldToMain();
    if (live) then();
  })();
  return () => {
    live = false;
  };
}

/** The longest wait for a frame: a hidden tab draws none, and what waits for one must still run. */
const NO_FRAME_MS = 100;

/**
 * Call `then` just after the next frame is painted (a frame callback, then a task), or after
 * `fallbackMs` in a tab that draws no frames: for work a reader's input causes but need not wait
 * for, such as writing the address, so the frame that answers the input comes first (what INP
 * measures: from the input to the frame that shows it). The calls made before one frame share one
 * frame callback; each then runs in a task of its own, in the order they were made, so an input
 * that comes meanwhile (the key's release) waits for one only.
 */
let afterPaint: Array<() => void> = [];
export function afterNextPaint(then: () => void, fallbackMs = NO_FRAME_MS): void {
  afterPaint.push(then);
  if (afterPaint.length > 1) return;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    const due = afterPaint;
    afterPaint = [];
    for (const f of due) setTimeout(f, 0);
  };
  const timer = setTimeout(run, fallbackMs);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(run);
}

/**
 * A setter that applies its value after the next frame (afterNextPaint), the latest one only when
 * several come before that frame: an earlier value never lands after a later one.
 */
export function latestAfterPaint<T>(apply: (value: T) => void): (value: T) => void {
  let latest = 0;
  return (value) => {
    const mine = ++latest;
    afterNextPaint(() => {
      if (mine === latest) apply(value);
    });
  };
}
