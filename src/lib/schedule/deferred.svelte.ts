// A value that follows another one a frame later: for a figure drawn from the same rows as a table,
// so that a filter's frame shows the table's new rows first and the figure is drawn in the next
// task (what a reader waits for, and what INP counts, is the first frame that shows the result).
import { untrack } from 'svelte';
import { latestAfterPaint } from './yield-to-main.ts';

/**
 * `current` is `get()` at first, then each later value of `get()` once the frame after its change
 * has been drawn (latestAfterPaint: the latest of several). Call it while a component is set up
 * (it owns an effect).
 */
export function deferred<T>(get: () => T): { readonly current: T } {
  let current = $state.raw(untrack(get));
  const follow = latestAfterPaint<T>((value) => (current = value));
  $effect(() => {
    const value = get();
    if (value !== untrack(() => current)) follow(value);
  });
  return {
    get current() {
      return current;
    },
  };
}
