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
