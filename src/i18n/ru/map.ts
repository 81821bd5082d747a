// Strings of the map, region pages and region comparison (issue: regional map).
import type { Translation } from '../i18n-types.ts';

export default {
  placeholder: 'ru',
} satisfies Translation['map'];
