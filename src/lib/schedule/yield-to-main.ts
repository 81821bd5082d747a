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
