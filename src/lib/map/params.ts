// URL state of the map and region pages: codes, never names; defaults are left out of the URL.
import { codeParam, enumParam, listParam, type ParamSpec } from '../url/params.ts';
import { formatSort, parseSort, type SortState } from '../table/sort.ts';
import { latestYearParam } from '../years/survey-years.ts';
import { AXIS_FITS, MEASURE_IDS } from '../measures/registry.ts';

export const MAP_SORT_KEYS = ['rank', 'region', 'value', 'change', 'respondents'] as const;
export const REGION_SERVICE_SORT_KEYS = ['service', 'value', 'national', 'difference', 'rank'] as const;

export function sortParam(keys: readonly string[], defaultValue: SortState): ParamSpec<SortState> {
  return {
    parse: (raw) => parseSort(raw, keys),
    format: formatSort,
    defaultValue,
    equals: (a, b) => a.key === b.key && a.dir === b.dir,
  };
}

export const MAP_PARAMS = {
  /** A scope of the regional tables (leb, all_providers, appendix_b) or a service id. */
  dataset: codeParam(/^[a-z0-9_]{1,64}$/, 'leb'),
  metric: enumParam(MEASURE_IDS, 'avg_score'),
  /** Default (no parameter): the dataset's latest year in the data. */
  year: latestYearParam(),
  /** Selected region (highlighted on the map and in the table). */
  region: codeParam(),
  /** Two to four regions side by side. */
  compare: listParam(/^[a-z0-9_]{1,64}$/, { max: 4 }),
  sort: sortParam(MAP_SORT_KEYS, { key: 'rank', dir: 'asc' }),
  /** The comparison chart's value axis: fitted to the data (default) or `full` scale. */
  axis: enumParam(AXIS_FITS, 'fitted'),
  /** The loaded control reports (dataset=own_reports): a measure of lib/control/own/regional.ts controlMeasures. */
  measure: codeParam(/^[a-z0-9_.]{1,64}$/, 'violations.total'),
  /** Their period: a quarter "2022-Q3" or a year "2022"; default the latest quarter loaded. */
  period: codeParam(/^\d{4}(-Q[1-4])?$/, ''),
  /** Their form ("2-mk"); default every form. */
  form: codeParam(/^[a-z0-9_-]{1,32}$/, ''),
};

export const REGION_PARAMS = {
  metric: enumParam(MEASURE_IDS, 'avg_score'),
  sort: sortParam(REGION_SERVICE_SORT_KEYS, { key: 'difference', dir: 'desc' }),
  /** The chart's value axis: fitted to the data (default) or `full` scale. */
  axis: enumParam(AXIS_FITS, 'fitted'),
};
