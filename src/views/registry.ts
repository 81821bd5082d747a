import type { Component } from 'svelte';
import type { RouteName } from '../lib/url/route.ts';

type Loader = () => Promise<{ default: Component<any> }>;

// Every view but the overview is its own chunk, so Chart.js and Leaflet (pulled in by the views
// that chart or map) never weigh on the first page load.
export const LAZY_VIEWS: Partial<Record<RouteName, Loader>> = {
  map: () => import('./MapPage.svelte'),
  rankings: () => import('./RankingsPage.svelte'),
  trends: () => import('./TrendsPage.svelte'),
  services: () => import('./ServicesPage.svelte'),
  service: () => import('./ServicePage.svelte'),
  region: () => import('./RegionPage.svelte'),
  control: () => import('./ControlPage.svelte'),
  data: () => import('./DataPage.svelte'),
};
