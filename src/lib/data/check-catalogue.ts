// The data page lists the files data/catalogue.json names, with their sizes. A partial or broken
// deploy can leave the catalogue saying what the server no longer has: each listed file (and the
// ZIP) is asked for its headers, and a file the server does not have, or whose size is not the
// one listed, is named on the page instead of being shown as given.
import type { Catalogue } from './data-catalogue.ts';

/** What the server says of one file: its status, and its size when the body is sent as stored. */
export interface Probe {
  status: number;
  /** Bytes of the file as stored; null when the server does not say (or sends it compressed). */
  bytes: number | null;
}

export type CatalogueProblem = { path: string; kind: 'missing'; status: number } | { path: string; kind: 'size'; listed: number; found: number };

/**
 * The files the catalogue lists that the server does not have (404, 410) or has at another size.
 * A probe that cannot answer (offline, a network error: null) says nothing against the file.
 */
export async function checkCatalogue(catalogue: Catalogue, probe: (path: string) => Promise<Probe | null>): Promise<CatalogueProblem[]> {
  const listed = [{ path: catalogue.zip.path, bytes: catalogue.zip.bytes }, ...catalogue.files.map((f) => ({ path: f.path, bytes: f.bytes }))];
  const answers = await Promise.all(listed.map((f) => probe(f.path).catch(() => null)));
  const problems: CatalogueProblem[] = [];
  listed.forEach((f, i) => {
    const a = answers[i];
    if (!a) return;
    if (a.status === 404 || a.status === 410) problems.push({ path: f.path, kind: 'missing', status: a.status });
    else if (a.status >= 200 && a.status < 300 && a.bytes !== null && a.bytes !== f.bytes) problems.push({ path: f.path, kind: 'size', listed: f.bytes, found: a.bytes });
  });
  return problems;
}

/** The browser's probe: a HEAD request; the length counts only for a body sent uncompressed. */
export async function headProbe(url: string): Promise<Probe | null> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return null;
  try {
    const r = await fetch(url, { method: 'HEAD', cache: 'no-store' });
    const length = r.headers.get('content-length');
    const encoded = (r.headers.get('content-encoding') ?? 'identity') !== 'identity';
    return { status: r.status, bytes: length !== null && !encoded && /^\d+$/.test(length) ? Number(length) : null };
  } catch {
    return null;
  }
}
