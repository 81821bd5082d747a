// The reactive bridge between window.location.hash and the pure route/params modules.
// Views read `currentLocation()` and call `navigate()`; nothing else touches the hash.
import { buildHash, parseHash, type Location, type Route } from './route.ts';

let hash = $state(typeof window !== 'undefined' ? window.location.hash : '');
const current: Location = $derived(parseHash(hash));

export function currentLocation(): Location {
  return current;
}

let listening = false;
/** Follow back/forward and typed-in URLs. Safe to call more than once. */
export function startLocationSync(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  hash = window.location.hash; // may have been rewritten since this module loaded
  window.addEventListener('hashchange', () => {
    hash = window.location.hash;
  });
}

/**
 * Go to a route with the given query. `replace` rewrites the current history entry (for cleaning an
 * invalid URL or continuous controls such as sliders); otherwise a new entry is pushed so that
 * back/forward step through views.
 */
export function navigate(route: Route, query: Record<string, string | undefined> = {}, { replace = false } = {}): void {
  const next = buildHash(route, query);
  if (next === hash || (next === '#/' && hash === '')) return;
  if (replace) window.history.replaceState(window.history.state, '', next);
  else window.history.pushState(null, '', next);
  hash = next;
}
