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
 * Call `then` once, in a task after the next frame is drawn (or after NO_FRAME_MS when no frame
 * comes): for work a control's result need not wait for, so the reader sees the result first
 * (what INP measures: from the input to the frame that shows it).
 */
export function afterNextPaint(then: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    then();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, NO_FRAME_MS);
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
