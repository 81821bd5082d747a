// Links and navigation that carry the global parameters (the language) along, so moving between
// views never silently switches the language back to the default.
import { DEFAULT_LOCALE } from '../i18n/locale.ts';
import { locale } from '../i18n/i18n.svelte.ts';
import { currentLocation, navigate } from './location.svelte.ts';
import { readParams, writeParams, type ParamSpec, type ParamSpecs, type ParamValues } from './params.ts';
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
 * One parameter's value as the URL gives it, changed only when it changes: the same value again
 * (a list written the same way included) is the same object, so what reads this parameter alone is
 * not worked out again when another parameter changes (a sort does not refilter a table).
 */
export function stableParam<T>(spec: ParamSpec<T>, get: () => T): { readonly value: T } {
  let last: { value: T } | undefined;
  const value = $derived.by(() => {
    const next = get();
    if (last && (next === last.value || spec.format(next) === spec.format(last.value))) return last.value;
    last = { value: next };
    return next;
  });
  return {
    get value() {
      return value;
    },
  };
}

/**
 * A view's typed URL state: `values` and `invalid` follow the URL; `update()` writes a patch back
 * (defaults omitted, language kept). Each of `values`' parameters is followed on its own
 * (stableParam): reading `values.ministry` reruns on a change of the ministry, not of the sort.
 */
export function viewState<S extends ParamSpecs>(specs: S) {
  const read = $derived(readParams(specs, currentLocation().query));
  const values = {} as ParamValues<S>;
  for (const key of Object.keys(specs)) {
    const param = stableParam(specs[key] as ParamSpec<unknown>, () => read.values[key]);
    Object.defineProperty(values, key, { get: () => param.value, enumerable: true });
  }
  return {
    get values(): ParamValues<S> {
      return values;
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
