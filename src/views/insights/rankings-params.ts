// URL state of the rankings view (codes, not names; defaults are omitted from the URL).
import { codeParam, enumParam, textParam } from '../../lib/url/params.ts';
import { latestYearParam } from '../../lib/years/survey-years.ts';
import type { viewState } from '../../lib/url/links.svelte.ts';

export const RANKING_TABLES = ['bodies', 'services', 'providers', 'control'] as const;
/** The rates the loaded control reports are ranked by (lib/control/own/regional.ts's controlMeasures); counts are not ranked. */
export const CONTROL_RATES = ['late_per_1000', 'refusals_per_1000', 'complaints_per_10000'] as const;
export type ControlRate = (typeof CONTROL_RATES)[number];
export type RankingTable = (typeof RANKING_TABLES)[number];

export const RANKINGS_PARAMS = {
  table: enumParam(RANKING_TABLES, 'bodies'),
  /** Default (no parameter): the latest year in the data, decided by the view. */
  year: latestYearParam(),
  scope: enumParam(['own', 'all_providers'] as const, 'own'),
  ministry: codeParam(),
  q: textParam(100),
  sort: codeParam(/^[a-z0-9_]{1,40}-(asc|desc)$/),
  /** The control table's rate and period ("2022-Q3" or "2022"; default: the latest quarter loaded). */
  rate: enumParam(CONTROL_RATES, 'late_per_1000'),
  period: codeParam(/^\d{4}(-Q[1-4])?$/),
};

export type RankingsState = ReturnType<typeof viewState<typeof RANKINGS_PARAMS>>;

/** The default order of every ranking table: by rank. */
export const DEFAULT_SORT = { key: 'rank', dir: 'asc' } as const;
