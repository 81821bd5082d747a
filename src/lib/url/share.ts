// What the share, embed and cite tools say about the page being read: its permalink, the embed
// URL and <iframe> snippet, and a citation. Pure: the caller passes the address and the words.
import { escapeXml } from '../export/figure-image.ts';
import { paramValue } from './params.ts';

const EMBED = 'embed';

/** Split "…#/map?year=2019" into its base and its hash query. */
function splitHash(href: string): { base: string; path: string; query: URLSearchParams } {
  const hashAt = href.indexOf('#');
  const base = hashAt === -1 ? href : href.slice(0, hashAt);
  const hash = hashAt === -1 ? '#/' : href.slice(hashAt);
  const q = hash.indexOf('?');
  return { base, path: q === -1 ? hash : hash.slice(0, q), query: new URLSearchParams(q === -1 ? '' : hash.slice(q + 1)) };
}

function join(base: string, path: string, query: URLSearchParams): string {
  const qs = query.toString();
  return `${base}${path === '#' ? '#/' : path}${qs ? `?${qs}` : ''}`;
}

/** The permalink of the page as the reader sees it (never the embed form). */
export function permalink(href: string): string {
  const { base, path, query } = splitHash(href);
  query.delete(EMBED);
  return join(base, path, query);
}

/** The same page in embed mode (`embed=1`), optionally naming the figure to show. */
export function embedUrl(href: string, figure?: string): string {
  const { base, path, query } = splitHash(href);
  query.delete(EMBED);
  query.delete('figure');
  query.set(EMBED, '1');
  if (figure) query.set('figure', figure);
  return join(base, path, query);
}

/** Is this hash query asking for the embed form? The last of repeated values wins (params.ts). */
export function isEmbed(query: URLSearchParams): boolean {
  return paramValue(query, EMBED) === '1';
}

/**
 * The figure an embed shows: the one `figure=<id>` names, the first when none is named, and none
 * yet while a named figure may still register (parts render on approach). Once the page has
 * settled without it, the first figure, and `unknown` is set so the page says so.
 */
export function pickFigure<F extends { id: string }>(figures: readonly F[], wanted: string | null, settled: boolean): { figure: F | undefined; unknown: boolean } {
  if (!wanted) return { figure: figures[0], unknown: false };
  const found = figures.find((f) => f.id === wanted);
  if (found) return { figure: found, unknown: false };
  return settled ? { figure: figures[0], unknown: true } : { figure: undefined, unknown: false };
}

/** The <iframe> a host pastes into its page. Every value is escaped: a title may hold anything. */
export function embedSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${Math.round(height)}" style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
}

/** A sensible frame height for a figure of the given size (the title and source add ~170 px). */
export function embedHeight(figureHeight: number): number {
  return Math.min(1200, Math.max(360, Math.round(figureHeight + 170)));
}

export interface CitationParts {
  publisher: string;
  title: string;
  /** Scope, year and measure of the figure, when the page shows one. */
  detail?: string;
  /** The data's source in words, with its report year. */
  source?: string;
  url: string;
  accessed: string;
}

/**
 * "Sapa. Title (detail). Data: source. URL (accessed 29.11.2026)." The words around the parts
 * come from the dictionary (`dataLabel`, `accessed`), so the citation reads in the reader's language.
 */
export function citationText(p: CitationParts, words: { data: string; accessed: (date: string) => string }): string {
  const title = p.detail ? `${p.title} (${p.detail})` : p.title;
  const source = p.source ? ` ${words.data}: ${p.source}.` : '';
  return `${p.publisher}. ${title}.${source} ${p.url} (${words.accessed(p.accessed)}).`;
}
