import { DEFAULT_LOCALE, LOCALES } from '../i18n/locale.ts';
import { enumParam } from './params.ts';

/** Parameters every route understands. Views add their own specs next to their components. */
export const GLOBAL_PARAMS = {
  lang: enumParam(LOCALES, DEFAULT_LOCALE),
  /** The embed form (lib/url/share.ts): `embed=1` only; `embed=0` is the page itself. */
  embed: enumParam(['0', '1'] as const, '0'),
};
