// Strings of the overview, rankings and trends views.
import type { Translation } from '../i18n-types.ts';

export default {
  placeholder: 'en',
} satisfies Translation['insights'];
