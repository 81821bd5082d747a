// The one rule for a URL that comes from data or from a user's file: only an absolute http: or
// https: address becomes a link; anything else (javascript:, data:, vbscript:, relative junk) is
// shown as text. The browser strips leading spaces and control characters and ignores the case of
// a scheme, so the check parses the URL as the browser would instead of matching a prefix.

/** The address to put in `href`, or undefined when the value must be shown as text. */
export function externalHref(raw: string | null | undefined): string | undefined {
  if (typeof raw !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(raw); // no base: a relative value throws
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return undefined;
  return url.href;
}

/**
 * An href for a table cell: the app's own hash links (`#/map?…`, built by hrefTo) as they are, and
 * any other value through externalHref.
 */
export function safeHref(raw: string | null | undefined): string | undefined {
  if (typeof raw === 'string' && raw.startsWith('#')) return raw;
  return externalHref(raw);
}
