// The reactive bridge between window.location.hash and the pure route/params modules.
// Views read `currentLocation()` and call `navigate()`; nothing else touches the hash.
import { buildHash, parseHash, type Location, type Route } from './route.ts';
import { afterNextPaint } from '../schedule/yield-to-main.ts';

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
    unwritten = undefined; // the reader moved (back, forward, a typed address): that address wins
    hash = window.location.hash;
  });
}

/**
 * The page's full address as the app holds it (for share links, citations, the printed footer):
 * the history entry is written a frame later (navigate), so window.location may still be behind.
 * Reactive: it follows every navigation.
 */
export function currentHref(): string {
  if (typeof window === 'undefined') return '';
  const page = window.location.href.replace(/#.*$/, '');
  return hash ? page + hash : page;
}

/** A history entry not yet written (navigate writes it after the frame that shows the change). */
let unwritten: { url: string; push: boolean } | undefined;

function writeHistory(): void {
  const entry = unwritten;
  unwritten = undefined;
  if (!entry) return;
  if (entry.push) window.history.pushState(null, '', entry.url);
  else window.history.replaceState(window.history.state, '', entry.url);
}

/**
 * Go to a route with the given query. `replace` rewrites the current history entry (for cleaning an
 * invalid URL or continuous controls such as sliders); otherwise a new entry is pushed so that
 * back/forward step through views.
 *
 * The view follows at once; the history entry is written after the frame that shows it. Writing
 * it took about 6 ms of a sort's 23 (Chromium, fast machine), time the reader waited for the
 * sorted table. Entries keep their order: a new entry first writes the one still waiting, and
 * changes that replace are folded into the entry still waiting.
 */
export function navigate(route: Route, query: Record<string, string | undefined> = {}, { replace = false } = {}): void {
  const next = buildHash(route, query);
  if (next === hash || (next === '#/' && hash === '')) return;
  if (!replace) writeHistory();
  unwritten = { url: next, push: unwritten ? unwritten.push : !replace };
  hash = next;
  afterNextPaint(writeHistory);
}
