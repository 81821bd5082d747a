// The route table: the one place a page is declared. The hash parser (route.ts), the document
// title and the early page heading (App), the main navigation and the browser tests all read it;
// src/views/registry.ts adds each page's view code under the same names.
// Adding a page = one entry here + its view in the registry + its strings in the dictionaries.
import type { TranslationFunctions } from '../../i18n/i18n-types.ts';

type Tr = TranslationFunctions;

export interface RouteSpec {
  /**
   * The hash path without its leading "/": '' for the start page, 'map', or a section and an
   * entity id ('services/:id'). null for the page shown when no path matches.
   */
  readonly path: string | null;
  /** Document title and heading; `id` is the entity's id, or its name once the view knows it. */
  title(tr: Tr, params: { id: string }): string;
  /**
   * The lede of a page whose heading does not depend on its data. App renders the title and this
   * lede at once, before the page's own code and data arrive: on a phone the lede is most of the
   * first screen, so the page reads as there from the first paint.
   */
  lede?(tr: Tr): string;
  /** An entry in the main navigation, in increasing `order`; absent means not in the menu. */
  readonly nav?: { readonly label: (tr: Tr) => string; readonly order: number };
  /** A detail page's section, marked as current in the menu (a service belongs to Services). */
  readonly section?: string;
  /** For 'section/:id' paths: an id that exists, so the browser tests can visit every page. */
  readonly exampleId?: string;
}

export const ROUTES = {
  overview: {
    path: '',
    title: (tr) => tr.pages.overviewTitle(),
    nav: { label: (tr) => tr.nav.overview(), order: 1 },
  },
  map: {
    path: 'map',
    title: (tr) => tr.pages.mapTitle(),
    lede: (tr) => tr.map.lede(),
    nav: { label: (tr) => tr.nav.map(), order: 2 },
  },
  rankings: {
    path: 'rankings',
    title: (tr) => tr.pages.rankingsTitle(),
    lede: (tr) => tr.insights.rankings.intro(),
    nav: { label: (tr) => tr.nav.rankings(), order: 3 },
  },
  trends: {
    path: 'trends',
    title: (tr) => tr.pages.trendsTitle(),
    lede: (tr) => tr.insights.trends.intro(),
    nav: { label: (tr) => tr.nav.trends(), order: 4 },
  },
  services: {
    path: 'services',
    title: (tr) => tr.pages.servicesTitle(),
    nav: { label: (tr) => tr.nav.services(), order: 5 },
  },
  service: {
    path: 'services/:id',
    title: (tr, { id }) => tr.pages.serviceTitle({ id }),
    section: 'services',
    exampleId: 'ambulance_call',
  },
  region: {
    path: 'regions/:id',
    title: (tr, { id }) => tr.pages.regionTitle({ id }),
    section: 'map',
    exampleId: 'akmola',
  },
  control: {
    path: 'control',
    title: (tr) => tr.pages.controlTitle(),
    lede: (tr) => tr.control.lede(),
    nav: { label: (tr) => tr.nav.control(), order: 6 },
  },
  reports: {
    path: 'reports',
    title: (tr) => tr.pages.reportsTitle(),
    lede: (tr) => tr.own.lede(),
    nav: { label: (tr) => tr.nav.reports(), order: 7 },
  },
  data: {
    path: 'data',
    title: (tr) => tr.pages.dataTitle(),
    lede: (tr) => tr.methods.intro(),
    nav: { label: (tr) => tr.nav.data(), order: 8 },
  },
  notFound: {
    path: null,
    title: (tr) => tr.pages.notFoundTitle(),
  },
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof ROUTES;

/** A route as the app passes it around: its name, plus the entity id or unmatched path it needs. */
export type Route = {
  [K in RouteName]: (typeof ROUTES)[K]['path'] extends `${string}/:id`
    ? { name: K; id: string }
    : (typeof ROUTES)[K]['path'] extends null
      ? { name: K; path: string }
      : { name: K };
}[RouteName];

export const ROUTE_NAMES = Object.keys(ROUTES) as RouteName[];

export function routeSpec(name: RouteName): RouteSpec {
  return ROUTES[name];
}

/** The menu's entries in order. */
export function navRoutes(): { name: RouteName; label: (tr: Tr) => string }[] {
  return ROUTE_NAMES.flatMap((name) => {
    const nav = routeSpec(name).nav;
    return nav ? [{ name, label: nav.label, order: nav.order }] : [];
  })
    .sort((a, b) => a.order - b.order)
    .map(({ name, label }) => ({ name, label }));
}

/** The menu entry a route marks as current: its own, or its section's. */
export function navSection(name: RouteName): RouteName {
  const section = routeSpec(name).section;
  return section !== undefined && section in ROUTES ? (section as RouteName) : name;
}

/** The document title's page part; `entityName` replaces the raw id once the view knows it. */
export function pageTitle(route: Route, tr: Tr, entityName?: string): string {
  return routeSpec(route.name).title(tr, { id: entityName ?? ('id' in route ? route.id : '') });
}

/** The heading App shows before a page's code arrives, for pages whose heading needs no data. */
export function staticHeading(route: Route, tr: Tr): { title: string; lede: string } | null {
  const spec = routeSpec(route.name);
  return spec.lede ? { title: spec.title(tr, { id: '' }), lede: spec.lede(tr) } : null;
}
