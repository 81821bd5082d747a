// Each route's view code, under the route table's names (src/lib/url/routes.ts). The type makes
// every route name need an entry, so a page cannot be declared without its view.
import type { Component } from 'svelte';
import type { RouteName } from '../lib/url/routes.ts';
import OverviewPage from './OverviewPage.svelte';
import NotFoundPage from './NotFoundPage.svelte';

/** A view gets the route's entity id as its `id` prop, if the route has one. */
export type ViewEntry = { eager: Component<any> } | { lazy: () => Promise<{ default: Component<any> }> };

// The start page and the not-found page are in the first bundle. Every other view is its own
// chunk, so Chart.js and Leaflet (pulled in by the views that chart or map) never weigh on the
// first page load.
export const VIEWS: Record<RouteName, ViewEntry> = {
  overview: { eager: OverviewPage },
  map: { lazy: () => import('./MapPage.svelte') },
  rankings: { lazy: () => import('./RankingsPage.svelte') },
  trends: { lazy: () => import('./TrendsPage.svelte') },
  services: { lazy: () => import('./ServicesPage.svelte') },
  service: { lazy: () => import('./ServicePage.svelte') },
  region: { lazy: () => import('./RegionPage.svelte') },
  control: { lazy: () => import('./ControlPage.svelte') },
  reports: { lazy: () => import('./ReportsPage.svelte') },
  data: { lazy: () => import('./DataPage.svelte') },
  notFound: { eager: NotFoundPage },
};
