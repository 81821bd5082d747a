// A detail page names its entity for the document title ("Service: Ambulance call" rather than
// the raw id). The name is kept with the route it was given for, so it never outlives its page.
import { currentLocation } from './location.svelte.ts';
import type { Route } from './routes.ts';

let named = $state.raw<{ route: string; name: string } | null>(null);

/** Called by a view once it knows its entity's name (null when it does not, e.g. unknown id). */
export function namePage(name: string | null): void {
  named = name === null ? null : { route: JSON.stringify(currentLocation().route), name };
}

/** The name a view gave this route, if any. */
export function pageName(route: Route): string | undefined {
  return named !== null && named.route === JSON.stringify(route) ? named.name : undefined;
}
