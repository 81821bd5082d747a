// Permalink migrations, after Our World in Data's GrapherUrlMigrations: when an id or a parameter
// changes, old links (bookmarks, citations, shared URLs) keep working. Each migration is a pure
// rewrite of an old address into the new one, with its date and reason; they run in order, before
// the address is parsed, and the app then shows the rewritten address in the address bar.
// A migration is frozen history: it names the parameters as they were on its date, and is never
// edited afterwards (a later change gets a migration of its own).

/** A hash address taken apart: path segments ("#/regions/x" → ["regions", "x"]) and query entries. */
export interface HashUrl {
  readonly path: readonly string[];
  readonly query: readonly (readonly [string, string])[];
}

export interface UrlMigration {
  /** ISO date the change was made. */
  readonly date: string;
  readonly reason: string;
  migrate(url: HashUrl): HashUrl;
}

/** The query parameters that carried region ids when nur_sultan was renamed (map, trends). */
const REGION_ID_PARAMS_2026_11 = ['region', 'compare', 'regions'];

/** Rename a region id in the region page's path and in every parameter holding region ids. */
function renameRegion(from: string, to: string, params: readonly string[]): (url: HashUrl) => HashUrl {
  const swap = (list: string) => list.split(',').map((id) => (id === from ? to : id)).join(',');
  return (url) => ({
    path: url.path[0] === 'regions' && url.path[1] === from ? ['regions', to, ...url.path.slice(2)] : url.path,
    query: url.query.map(([k, v]) => (params.includes(k) ? [k, swap(v)] : [k, v])),
  });
}

/** The officials' workspace's parameters and anchors on #/control before it had a page of its own. */
const WORKSPACE_PARAMS_2026_12 = ['own_topic', 'own_grain', 'own_forms', 'own_reporters', 'own_regions'];
const WORKSPACE_ANCHORS_2026_12 = ['own-title', 'own-templates', 'own-trends'];
const WORKSPACE_FIGURES_2026_12 = ['own-trend'];

/**
 * #/control with a workspace parameter, a workspace figure (embed) or a workspace anchor
 * ("#/control#own-trends") → #/reports. Only the parameters the workspace reads stay, with the
 * page-wide ones (lang, embed, figure); the control page's sort and applicant parameters go.
 */
function workspaceToReports(url: HashUrl): HashUrl {
  const [head = '', ...rest] = url.path;
  const [page, anchor] = head.split('#') as [string, string | undefined];
  if (page !== 'control' || rest.length > 0) return url;
  const linked =
    (anchor !== undefined && WORKSPACE_ANCHORS_2026_12.includes(anchor)) ||
    url.query.some(([k, v]) => WORKSPACE_PARAMS_2026_12.includes(k) || (k === 'figure' && WORKSPACE_FIGURES_2026_12.includes(v)));
  if (!linked) return url;
  const keep = [...WORKSPACE_PARAMS_2026_12, 'lang', 'embed', 'figure'];
  return { path: ['reports'], query: url.query.filter(([k]) => keep.includes(k)) };
}

export const URL_MIGRATIONS: readonly UrlMigration[] = [
  {
    date: '2026-11-29',
    reason: 'The capital was renamed Nur-Sultan → Astana in September 2022; its region id follows the current name (nur_sultan → astana).',
    migrate: renameRegion('nur_sultan', 'astana', REGION_ID_PARAMS_2026_11),
  },
  {
    date: '2026-12-05',
    reason: "The officials' workspace (\"Your reports\": own_* parameters, its anchors and its trend figure) left #/control for a page of its own, #/reports.",
    migrate: workspaceToReports,
  },
];

function parse(hash: string): HashUrl {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = (q === -1 ? raw : raw.slice(0, q)).split('/').filter((s) => s !== '');
  return { path, query: [...new URLSearchParams(q === -1 ? '' : raw.slice(q + 1))] };
}

function format(url: HashUrl): string {
  const qs = new URLSearchParams(url.query as [string, string][]).toString();
  return `#/${url.path.join('/')}${qs ? `?${qs}` : ''}`;
}

const same = (a: HashUrl, b: HashUrl) => JSON.stringify(a) === JSON.stringify(b);

/** The current address for an old one; an address no migration changes comes back untouched. */
export function migrateHash(hash: string, migrations: readonly UrlMigration[] = URL_MIGRATIONS): string {
  const before = parse(hash);
  const after = migrations.reduce((url, m) => m.migrate(url), before);
  return same(before, after) ? hash : format(after);
}
