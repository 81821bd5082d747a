// URL state of the trends view.
import { enumParam, listParam, type ParamSpec } from '../../lib/url/params.ts';
import { MAX_PICKED, MODES } from '../../lib/insights/trends.ts';
import { AXIS_FITS, MEASURE_IDS } from '../../lib/measures/registry.ts';

/** A list of ids with a non-empty default; an explicit empty selection is written as "name=". */
function picks(defaultValue: string[]): ParamSpec<string[]> {
  return { ...listParam(/^[a-z0-9_]{1,64}$/, { max: MAX_PICKED }), defaultValue };
}

export const TRENDS_PARAMS = {
  measure: enumParam(MEASURE_IDS, 'avg_score'),
  mode: enumParam(MODES, 'abs'),
  bodies: picks(['education', 'health', 'internal_affairs']),
  regions: picks(['almaty_city', 'astana', 'shymkent', 'turkistan']),
  /** The charts' value axis: fitted to the data (default) or `full` scale. */
  axis: enumParam(AXIS_FITS, 'fitted'),
};
