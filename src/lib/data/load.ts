import { parseCsvInSteps } from './parse-csv.ts';
import { yieldToMain } from '../schedule/yield-to-main.ts';
import type { DatasetResult, RowOf, Schema } from './schema.ts';

export type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;

/** The site's own data folder, relative to the page so the build works under any sub-path. */
export const DATA_BASE = 'data/';

/**
 * Fetch one CSV from the site's data folder and check it against its schema.
 * Never throws: a network failure or a bad file comes back as a typed error for that view alone.
 */
export async function loadCsv<S extends Schema>(
  file: string,
  schema: S,
  fetcher: Fetcher = (url) => fetch(url),
): Promise<DatasetResult<RowOf<S>>> {
  let response: Awaited<ReturnType<Fetcher>>;
  try {
    response = await fetcher(DATA_BASE + file);
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
  // Parse in pieces of a few milliseconds each, with a turn for the browser before, between and
  // after them, so loading several datasets (or one large one) never becomes a long main-thread
  // block: input stays responsive on slow phones.
  await yieldToMain();
  const result = await parseCsvInSteps(text, schema, file, yieldToMain);
  await yieldToMain();
  return result;
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

/** loadCsv with one request per file per page load; failed loads are not cached so Retry refetches. */
export function loadCsvCached<S extends Schema>(file: string, schema: S, fetcher?: Fetcher): Promise<DatasetResult<RowOf<S>>> {
  const hit = cache.get(file);
  if (hit) return hit as Promise<DatasetResult<RowOf<S>>>;
  const pending = loadCsv(file, schema, fetcher).then((result) => {
    if (!result.ok) cache.delete(file);
    return result;
  });
  cache.set(file, pending);
  return pending;
}
