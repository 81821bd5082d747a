// URL state of "Your reports" (what can live in the URL: the trend's measure, grain and filters).
// Prefixed "own_" so it sits beside the control page's own parameters.
import { enumParam, listParam, readParams, writeParams, type ParamValues } from '../../lib/url/params.ts';
import { GRAINS, TOPICS } from '../../lib/control/own/trends.ts';
import { currentLocation, navigate } from '../../lib/url/location.svelte.ts';

const text = /^[\p{L}\p{N}_. -]{1,80}$/u;
export const OWN_PARAMS = {
  own_topic: enumParam(TOPICS, 'violations'),
  own_grain: enumParam(GRAINS, 'quarter'),
  own_forms: listParam(/^[a-z0-9_-]{1,32}$/),
  own_reporters: listParam(text, { max: 20 }),
  own_regions: listParam(/^[a-z0-9_]{1,64}$/, { max: 20 }),
};
export type OwnValues = ParamValues<typeof OWN_PARAMS>;

/** Read and write the own_ parameters, keeping every other parameter of the URL as it is. */
export function ownState() {
  const read = $derived(readParams(OWN_PARAMS, currentLocation().query));
  return {
    get values(): OwnValues {
      return read.values;
    },
    get invalid() {
      return read.invalid;
    },
    update(patch: Partial<OwnValues>): void {
      const loc = currentLocation();
      const query: Record<string, string | undefined> = Object.fromEntries(loc.query);
      for (const k of Object.keys(OWN_PARAMS)) delete query[k];
      Object.assign(query, writeParams(OWN_PARAMS, { ...read.values, ...patch }));
      navigate(loc.route, query, { replace: true });
    },
  };
}
