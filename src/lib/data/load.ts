import { parseCsvInSteps } from './parse-csv.ts';
import { yieldToMain } from '../schedule/yield-to-main.ts';
import type { DatasetError, DatasetProblem, DatasetResult, RowOf, Schema } from './schema.ts';

export type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;

/** The site's own data folder, relative to the page so the build works under any sub-path. */
export const DATA_BASE = 'data/';

/** Fetch one file of the site's data folder as text; never throws (a typed error instead). */
async function fetchText(path: string, fetcher: Fetcher, file = path): Promise<{ ok: true; text: string } | { ok: false; error: DatasetError }> {
  let response: Awaited<ReturnType<Fetcher>>;
  try {
    response = await fetcher(DATA_BASE + path);
  } catch {
    return { ok: false, error: { file, line: null, problem: { code: 'network', status: '—' } } };
  }
  if (!response.ok) return { ok: false, error: { file, line: null, problem: { code: 'network', status: String(response.status) } } };
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch {
    return { ok: false, error: { file, line: null, problem: { code: 'network', status: '—' } } };
  }
  const text = decodeUtf8(bytes);
  if (text === null) return { ok: false, error: { file, line: null, problem: { code: 'encoding' } } };
  if (looksLikeHtml(text)) return { ok: false, error: { file, line: null, problem: { code: 'html' } } };
  return { ok: true, text };
}

/**
 * An HTML page where a data file should be (a host's "not found" or login page served with status
 * 200): named as such, rather than reported as a broken quote in a CSV.
 */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)[\s>]/i.test(text.replace(/^\uFEFF/, ''));
}

/** JSON text as a value, or the problem: not JSON at all, or an HTML page. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; problem: DatasetProblem } {
  if (looksLikeHtml(text)) return { ok: false, problem: { code: 'html' } };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: { code: 'parse', detail: 'json' } };
  }
}

/** Check CSV text against its schema, in steps (see below). */
async function parseText<S extends Schema>(text: string, schema: S, file: string): Promise<DatasetResult<RowOf<S>>> {
  // Parse in pieces of a few milliseconds each, with a turn for the browser before, between and
  // after them, so loading several datasets (or one large one) never becomes a long main-thread
  // block: input stays responsive on slow phones.
  await yieldToMain();
  const result = await parseCsvInSteps(text, schema, file, yieldToMain);
  await yieldToMain();
  return result;
}

/**
 * Fetch one CSV from the site's data folder and check it against its schema.
 * Never throws: a network failure or a bad file comes back as a typed error for that view alone,
 * naming the file as `label` (a slice: its published file and where the slice is).
 */
export async function loadCsv<S extends Schema>(
  file: string,
  schema: S,
  fetcher: Fetcher = (url) => fetch(url),
  label = file,
): Promise<DatasetResult<RowOf<S>>> {
  const fetched = await fetchText(file, fetcher, label);
  if (!fetched.ok) return fetched;
  return parseText(fetched.text, schema, label);
}

type JsonResult = { ok: true; parts: Readonly<Record<string, unknown>> } | { ok: false; error: DatasetError };
const bundles = new Map<string, Promise<JsonResult>>();

/**
 * A JSON object from the data folder (a bundle of CSV texts, { [file]: text }, or a list of
 * slices), fetched once per page load (not when it failed).
 */
export function loadJsonObject(path: string, fetcher: Fetcher = (url) => fetch(url)): Promise<JsonResult> {
  const hit = bundles.get(path);
  if (hit) return hit;
  const pending = fetchText(path, fetcher).then((fetched) => {
    if (!fetched.ok) return fetched;
    const json = parseJsonText(fetched.text);
    if (!json.ok) return { ok: false as const, error: { file: path, line: null, problem: json.problem } satisfies DatasetError };
    const parts = json.value;
    if (parts && typeof parts === 'object' && !Array.isArray(parts)) return { ok: true as const, parts: parts as Readonly<Record<string, unknown>> };
    return { ok: false as const, error: { file: path, line: null, problem: { code: 'parse', detail: 'jsonShape' } } satisfies DatasetError };
  });
  bundles.set(path, pending);
  void pending.then((r) => {
    if (!r.ok) bundles.delete(path);
  });
  return pending;
}

/**
 * The part `file` of a bundle, checked against that file's schema like the file itself. Errors
 * name the part as "file (bundle)" and count lines within the part.
 */
export async function loadBundledCsv<S extends Schema>(path: string, file: string, schema: S, fetcher: Fetcher = (url) => fetch(url)): Promise<DatasetResult<RowOf<S>>> {
  const bundle = await loadJsonObject(path, fetcher);
  if (!bundle.ok) return bundle;
  const label = `${file} (${path})`;
  const text = bundle.parts[file];
  // A bundle without this part (or with something else in its place) has another shape than the
  // one the page reads: not an empty file.
  if (typeof text !== 'string') return { ok: false, error: { file: label, line: null, problem: { code: 'parse', detail: 'jsonShape' } } };
  return parseText(text, schema, label);
}

/**
 * The file's text, or null when it is not valid UTF-8. The datasets are published as UTF-8; a file
 * saved in another encoding (a Windows-1251 export, say) must fail loudly, not show as mojibake
 * or with U+FFFD in place of letters. A leading byte-order mark is dropped.
 */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const cache = new Map<string, Promise<DatasetResult<unknown>>>();

/**
 * loadCsv with one request per file (or slice of one, see slices.ts) per page load; failed loads
 * are not cached so Retry refetches.
 */
export function loadCsvCached<S extends Schema>(
  file: string,
  schema: S,
  fetcher?: Fetcher,
  slice?: { path: string; bundled?: true },
): Promise<DatasetResult<RowOf<S>>> {
  const key = slice === undefined ? file : `${slice.path}#${file}`;
  const hit = cache.get(key);
  if (hit) return hit as Promise<DatasetResult<RowOf<S>>>;
  const load =
    slice === undefined
      ? loadCsv(file, schema, fetcher)
      : slice.bundled
        ? loadBundledCsv(slice.path, file, schema, fetcher)
        : loadCsv(slice.path, schema, fetcher, `${file} (${slice.path})`);
  const pending = load.then((result) => {
    if (!result.ok) cache.delete(key);
    return result;
  });
  cache.set(key, pending);
  return pending;
}
