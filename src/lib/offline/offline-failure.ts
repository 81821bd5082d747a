// Whether a failed load is explained by the reader being offline, so the view can say "you are
// offline" instead of a file error or "page not found". Pure: the caller passes navigator.onLine.
import type { DatasetError } from '../data/schema.ts';

/**
 * A dataset that did not load because there was no network: the browser says it is offline, or
 * fetch itself failed (loadCsv records that as a network problem with no HTTP status, '—'). An
 * HTTP error (404, 500) is the server's answer, not the network's absence, and keeps its message.
 */
export function datasetFailedOffline(error: DatasetError, online: boolean): boolean {
  if (error.problem.code !== 'network') return false;
  return !online || error.problem.status === '—';
}

export type ViewLoadFailure = 'offline' | 'notFound';

/**
 * What to tell the reader when a lazily loaded view's code did not arrive. The browser gives the
 * same TypeError for "offline" and for "no such file" (an old tab after a new deploy), so only
 * navigator.onLine tells them apart. Callers: the view loader in App.svelte (or the route table
 * that replaces it), rendering src/components/ViewLoadError.svelte.
 */
export function viewLoadFailure(online: boolean): ViewLoadFailure {
  return online ? 'notFound' : 'offline';
}
