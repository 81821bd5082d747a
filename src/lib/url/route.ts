// Hash routes, so the site runs on any static host: "#/map?year=2019&lang=ru".
// Pure functions: parse a hash into a route plus its query, and build a hash back. The routes
// themselves are declared once, in routes.ts.
import { ROUTE_NAMES, routeSpec, type Route } from './routes.ts';

export type { Route, RouteName } from './routes.ts';

export interface Location {
  route: Route;
  query: URLSearchParams;
}

// Entity ids are lowercase codes (see data/reference); anything else is not a valid page.
const ID = /^[a-z0-9_]{1,64}$/;

/** The route whose path pattern the segments match, or null. */
function matchRoute(segments: readonly string[]): Route | null {
  for (const name of ROUTE_NAMES) {
    const path = routeSpec(name).path;
    if (path === null) continue;
    const pattern = path.split('/').filter((s) => s !== '');
    if (pattern.length !== segments.length) continue;
    let id: string | undefined;
    const matches = pattern.every((p, i) => {
      const s = segments[i] as string;
      if (p !== ':id') return p === s;
      id = s;
      return ID.test(s);
    });
    if (matches) return (id === undefined ? { name } : { name, id }) as Route;
  }
  return null;
}

export function parseHash(hash: string): Location {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const pathPart = q === -1 ? raw : raw.slice(0, q);
  const query = new URLSearchParams(q === -1 ? '' : raw.slice(q + 1));
  let path: string;
  try {
    path = decodeURIComponent(pathPart);
  } catch {
    path = pathPart;
  }
  const segments = path.split('/').filter((s) => s !== '');
  return { route: matchRoute(segments) ?? { name: 'notFound', path }, query };
}

export function routePath(route: Route): string {
  if ('path' in route) return route.path.startsWith('/') ? route.path : `/${route.path}`;
  const pattern = routeSpec(route.name).path ?? '';
  return `/${'id' in route ? pattern.replace(':id', route.id) : pattern}`;
}

/** Build "#/path?k=v" with keys in the given order; undefined values are left out. */
export function buildHash(route: Route, query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, v);
  const qs = params.toString();
  return `#${routePath(route)}${qs ? `?${qs}` : ''}`;
}
