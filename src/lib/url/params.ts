// Typed view state in the URL query. Each parameter is valid, invalid or missing:
// missing → default; invalid → default plus a notice; defaults are never written back.

export interface ParamSpec<T> {
  /** Returns undefined when the raw value is not acceptable. */
  parse(raw: string): T | undefined;
  format(value: T): string;
  readonly defaultValue: T;
  /** Compare for default-omission; defaults to === on the formatted value. */
  equals?(a: T, b: T): boolean;
}

export type ParamSpecs = Record<string, ParamSpec<any>>;
export type ParamValues<S extends ParamSpecs> = { [K in keyof S]: S[K] extends ParamSpec<infer T> ? T : never };

export interface InvalidParam {
  param: string;
  value: string;
}

export function enumParam<const V extends string>(values: readonly V[], defaultValue: V): ParamSpec<V> {
  return {
    parse: (raw) => ((values as readonly string[]).includes(raw) ? (raw as V) : undefined),
    format: (v) => v,
    defaultValue,
  };
}

/** Optional code (e.g. a region id) checked against a pattern; empty default means "none". */
export function codeParam(pattern: RegExp = /^[a-z0-9_]{1,64}$/, defaultValue = ''): ParamSpec<string> {
  return { parse: (raw) => (pattern.test(raw) ? raw : undefined), format: (v) => v, defaultValue };
}

/** Free text such as a search box, trimmed and length-limited. */
export function textParam(maxLength = 100): ParamSpec<string> {
  return { parse: (raw) => (raw.length <= maxLength ? raw : undefined), format: (v) => v, defaultValue: '' };
}

/** A comma-separated list of codes; duplicates dropped, order kept, size limited. */
export function listParam(
  pattern: RegExp = /^[a-z0-9_]{1,64}$/,
  { min = 0, max = 10 }: { min?: number; max?: number } = {},
): ParamSpec<string[]> {
  return {
    parse: (raw) => {
      const items = [...new Set(raw.split(',').filter((s) => s !== ''))];
      if (items.length < min || items.length > max || !items.every((s) => pattern.test(s))) return undefined;
      return items;
    },
    format: (v) => v.join(','),
    defaultValue: [],
    equals: (a, b) => a.join(',') === b.join(','),
  };
}

/**
 * A parameter's value when the URL gives it more than once: the last one wins, as when someone
 * appends "&year=2019" to a link by hand. Every reader of the query goes through this (or
 * queryValues), so the page shown, the notices and any rewrite of the address agree.
 */
export function paramValue(query: URLSearchParams, name: string): string | null {
  const all = query.getAll(name);
  return all.length === 0 ? null : (all[all.length - 1] as string);
}

/** The query as one value per name (the last of repeated ones, see paramValue), in first-seen order. */
export function queryValues(query: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of query.keys()) out[name] = paramValue(query, name) as string;
  return out;
}

export function readParams<S extends ParamSpecs>(
  specs: S,
  query: URLSearchParams,
): { values: ParamValues<S>; invalid: InvalidParam[] } {
  const values: Record<string, unknown> = {};
  const invalid: InvalidParam[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const raw = paramValue(query, name);
    if (raw === null) {
      values[name] = spec.defaultValue;
      continue;
    }
    const parsed = spec.parse(raw);
    if (parsed === undefined) {
      invalid.push({ param: name, value: raw });
      values[name] = spec.defaultValue;
    } else values[name] = parsed;
  }
  return { values: values as ParamValues<S>, invalid };
}

function isDefault<T>(spec: ParamSpec<T>, value: T): boolean {
  return spec.equals ? spec.equals(value, spec.defaultValue) : spec.format(value) === spec.format(spec.defaultValue);
}

/** Query entries for the given values, in spec order, defaults omitted. */
export function writeParams<S extends ParamSpecs>(specs: S, values: Partial<ParamValues<S>>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = (values as Record<string, unknown>)[name];
    if (value === undefined || isDefault(spec, value)) continue;
    out[name] = spec.format(value);
  }
  return out;
}
