// A module of its own: the start page (in the first bundle) links to the map with it, and importing
// it from overview.ts would pull the rankings, the series breaks, the CSV parser and every schema
// into the first bundle (about 15 KB gzip) before the page needs them.

/** The regional table the overview ranks regions by; its link to the map opens the same one. */
export const OVERVIEW_REGION_SCOPE = 'all_providers';
