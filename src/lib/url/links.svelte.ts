// Links and navigation that carry the global parameters (the language) along, so moving between
// views never silently switches the language back to the default.
import { DEFAULT_LOCALE } from '../i18n/locale.ts';
import { locale } from '../i18n/i18n.svelte.ts';
import { currentLocation, navigate } from './location.svelte.ts';
import { readParams, writeParams, type ParamSpecs, type ParamValues } from './params.ts';
import { buildHash, type Route } from './route.ts';

function langQuery(): { lang?: string } {
  const l = locale();
  return l === DEFAULT_LOCALE ? {} : { lang: l };
}

/** href for a route with optional view parameters, keeping the current language. */
export function hrefTo(route: Route, query: Record<string, string | undefined> = {}): string {
  return buildHash(route, { ...query, ...langQuery() });
}

/**
 * A view's typed URL state: `values` and `invalid` follow the URL; `update()` writes a patch back
 * (defaults omitted, language kept).
 */
export function viewState<S extends ParamSpecs>(specs: S) {
  const read = $derived(readParams(specs, currentLocation().query));
  return {
    get values(): ParamValues<S> {
      return read.values;
    },
    get invalid() {
      return read.invalid;
    },
    update(patch: Partial<ParamValues<S>>, options: { replace?: boolean } = {}): void {
      const next = writeParams(specs, { ...read.values, ...patch });
      navigate(currentLocation().route, { ...next, ...langQuery() }, options);
    },
  };
}
