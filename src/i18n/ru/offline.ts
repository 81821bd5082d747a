// Strings of offline use: the "new version" banner and the "you are offline" messages.
import type { Translation } from '../i18n-types.ts';

export default {
  updateAvailable: 'Доступна новая версия сайта.',
  reload: 'Перезагрузить',
  offlineTitle: 'Нет подключения к интернету',
  dataOffline: 'Этот набор данных ещё не сохранён на этом устройстве. Подключитесь к интернету и повторите попытку.',
  viewOffline: 'Эта страница ещё не сохранена на этом устройстве. Подключитесь к интернету и перезагрузите страницу.',
} satisfies Translation['offline'];
