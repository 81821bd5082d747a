// Hash routes, so the site runs on any static host: "#/map?year=2019&lang=ru".
// Pure functions: parse a hash into a route plus its query, and build a hash back.

export type Route =
  | { name: 'overview' }
  | { name: 'map' }
  | { name: 'rankings' }
  | { name: 'trends' }
  | { name: 'services' }
  | { name: 'service'; id: string }
  | { name: 'region'; id: string }
  | { name: 'control' }
  | { name: 'data' }
  | { name: 'notFound'; path: string };

export type RouteName = Route['name'];

export interface Location {
  route: Route;
  query: URLSearchParams;
}

// Entity ids are lowercase codes (see data/reference); anything else is not a valid page.
const ID = /^[a-z0-9_]{1,64}$/;

const STATIC: Record<string, Route> = {
  '': { name: 'overview' },
  map: { name: 'map' },
  rankings: { name: 'rankings' },
  trends: { name: 'trends' },
  services: { name: 'services' },
  control: { name: 'control' },
  data: { name: 'data' },
};

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
  const [first = '', second, third] = segments;
  let route: Route = { name: 'notFound', path };
  if (segments.length <= 1 && first in STATIC) route = STATIC[first] as Route;
  else if (segments.length === 2 && second !== undefined && third === undefined && ID.test(second)) {
    if (first === 'services') route = { name: 'service', id: second };
    else if (first === 'regions') route = { name: 'region', id: second };
  }
  return { route, query };
}

export function routePath(route: Route): string {
  switch (route.name) {
    case 'overview':
      return '/';
    case 'service':
      return `/services/${route.id}`;
    case 'region':
      return `/regions/${route.id}`;
    case 'notFound':
      return route.path.startsWith('/') ? route.path : `/${route.path}`;
    default:
      return `/${route.name}`;
  }
}

/** Build "#/path?k=v" with keys in the given order; undefined values are left out. */
export function buildHash(route: Route, query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, v);
  const qs = params.toString();
  return `#${routePath(route)}${qs ? `?${qs}` : ''}`;
}
