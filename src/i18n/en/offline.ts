// Strings of offline use: the "new version" banner and the "you are offline" messages.
import type { Translation } from '../i18n-types.ts';

export default {
  updateAvailable: 'A newer version of this site is available.',
  reload: 'Reload',
  offlineTitle: 'You are offline',
  dataOffline: 'This dataset is not saved on this device yet. Connect to the internet and try again.',
  viewOffline: 'This page is not saved on this device yet. Connect to the internet and reload the page.',
} satisfies Translation['offline'];
