// What the share, embed and cite tools say about the page being read: its permalink, the embed
// URL and <iframe> snippet, and a citation. Pure: the caller passes the address and the words.
import { escapeXml } from '../export/escape-xml.ts';
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

/**
 * The message an embed posts to its host page with its height in CSS pixels:
 * `{ "sapa-height": 642 }` (components/EmbedFrame.svelte). A plain object with one number: the
 * host can read it whatever its origin, and it says nothing about the reader.
 */
export const HEIGHT_MESSAGE = 'sapa-height';

/** The message itself, clamped to a sane range (a broken layout never asks for a 100 000 px frame). */
export function heightMessage(height: number): Record<typeof HEIGHT_MESSAGE, number> {
  return { [HEIGHT_MESSAGE]: Math.min(4000, Math.max(120, Math.ceil(height))) };
}

/**
 * The host's side, in the way Datawrapper's responsive embed does it: one listener that gives the
 * <iframe> that sent the message the height it asks for. It only resizes a frame whose window is
 * the message's sender and whose address starts with Sapa's `origin`, so no other frame on the
 * host page, nor a page Sapa's frame was navigated to, can resize anything. ES5 and no quotes that
 * need escaping in HTML, so it pastes into any CMS; pasted twice, it does the same thing twice.
 */
export function hostResizeScript(origin: string): string {
  const o = JSON.stringify(origin).replace(/</g, '\\u003c');
  return `<script>window.addEventListener("message",function(e){var h=e.data&&e.data["${HEIGHT_MESSAGE}"];if(typeof h!=="number")return;var f=document.querySelectorAll("iframe");for(var i=0;i<f.length;i++){if(f[i].contentWindow===e.source&&f[i].src.indexOf(${o})===0)f[i].style.height=h+"px";}});</script>`;
}

/**
 * The <iframe> a host pastes into its page, then the script that lets the embed set its own height.
 * The iframe's `height` is the fallback where the script does not run (a host that strips scripts).
 * Every value is escaped: a title may hold anything.
 */
export function embedSnippet(src: string, title: string, height: number): string {
  const frame = `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${Math.round(height)}" style="border:0;width:100%;max-width:100%" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
  let origin: string;
  try {
    origin = new URL(src).origin;
  } catch {
    return frame; // not an absolute address: no origin to trust, the fixed height stays
  }
  return `${frame}\n${hostResizeScript(origin)}`;
}

/** A sensible frame height for a figure of the given size (the title and source add ~170 px). */
export function embedHeight(figureHeight: number): number {
  return Math.min(1200, Math.max(360, Math.round(figureHeight + 170)));
}

export interface CitationParts {
  publisher: string;
  /** The figure's or table's title, naming its entity where the title does not. */
  title: string;
  /** The entities shown (regions, bodies, a service), when the title does not name them. */
  entity?: string;
  /** The scope of the figures ("All providers"), the measure ("Satisfaction, %") and the years ("2016–2020"), each on its own. */
  scope?: string;
  measure?: string;
  years?: string;
  /** Scope, measure and years in one phrase, for a figure that does not give them apart (a subtitle). */
  detail?: string;
  /** The data's source in words, with its report year and table. */
  source?: string;
  url: string;
  accessed: string;
}

/**
 * One part of a citation as a sentence piece: trimmed, with its own closing full stop or
 * separator dropped (the citation adds its own), and brackets closed if the part left one open.
 */
export function citationPart(text: string | undefined): string {
  let s = (text ?? '').replace(/\s+/g, ' ').trim();
  s = s.replace(/[\s.·;:,—–-]+$/u, '').trim();
  let depth = 0;
  for (const ch of s) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
  }
  return s + ')'.repeat(depth);
}

/**
 * "Sapa. Title. Entity. Scope, measure, years. Data: source. URL (accessed 2026-11-29)." The
 * scope, measure and years are given apart and joined here (a figure without them gives a
 * `detail` phrase instead). Each part is its own
 * sentence, none wrapped in another's brackets, so the punctuation stays balanced whatever a part
 * holds ("All providers (table 6)."). The words around the parts come from the dictionary, so
 * the citation reads in the reader's language. Empty parts are left out.
 */
export function citationText(p: CitationParts, words: { data: string; accessed: (date: string) => string }): string {
  const fields = [p.scope, p.measure, p.years].map(citationPart).filter((x) => x !== '');
  const detail = fields.length > 0 ? fields.join(', ') : p.detail;
  const pieces = [p.publisher, p.title, p.entity, detail].map(citationPart).filter((x) => x !== '');
  // A title that already names the entity ("Akmola: scores by year") is not followed by it again.
  const seen: string[] = [];
  const unique = pieces.filter((x) => {
    if (seen.some((prev) => prev.includes(x))) return false;
    seen.push(x);
    return true;
  });
  const source = citationPart(p.source);
  const sourcePiece = source ? ` ${words.data}: ${source}.` : '';
  return `${unique.join('. ')}.${sourcePiece} ${p.url} (${words.accessed(p.accessed)}).`;
}
