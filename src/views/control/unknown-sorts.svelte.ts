// The control tables' sort parameters that name no column of their table: each ControlTable
// reports its own, and the page lists them with its other notices (as the rankings do), instead of
// falling back to the default order in silence.
import { untrack } from 'svelte';
import type { InvalidParam } from '../../lib/url/params.ts';

let reported = $state.raw<InvalidParam[]>([]);

/**
 * Called from a table's effect while it is on the page; the returned function withdraws the
 * report. Untracked, so the effect never depends on the list it writes.
 */
export function reportUnknownSort(param: string, value: string | null): () => void {
  untrack(() => {
    reported = [...reported.filter((p) => p.param !== param), ...(value === null ? [] : [{ param, value }])];
  });
  return () =>
    untrack(() => {
      reported = reported.filter((p) => p.param !== param);
    });
}

export function unknownSorts(): InvalidParam[] {
  return reported;
}
