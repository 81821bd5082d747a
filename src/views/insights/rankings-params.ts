// URL state of the rankings view (codes, not names; defaults are omitted from the URL).
import { codeParam, enumParam, textParam } from '../../lib/url/params.ts';
import { latestYearParam } from '../../lib/years/survey-years.ts';
import type { viewState } from '../../lib/url/links.svelte.ts';

export const RANKING_TABLES = ['bodies', 'services', 'providers'] as const;
export type RankingTable = (typeof RANKING_TABLES)[number];

export const RANKINGS_PARAMS = {
  table: enumParam(RANKING_TABLES, 'bodies'),
  /** Default (no parameter): the latest year in the data, decided by the view. */
  year: latestYearParam(),
  scope: enumParam(['own', 'all_providers'] as const, 'own'),
  ministry: codeParam(),
  q: textParam(100),
  sort: codeParam(/^[a-z0-9_]{1,40}-(asc|desc)$/),
};

export type RankingsState = ReturnType<typeof viewState<typeof RANKINGS_PARAMS>>;

/** The default order of every ranking table: by rank. */
export const DEFAULT_SORT = { key: 'rank', dir: 'asc' } as const;
