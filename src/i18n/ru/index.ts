import type { Translation } from '../i18n-types.ts';
import common from './common.js';
import map from './map.js';
import insights from './insights.js';
import methods from './methods.js';
import service from './service.js';
import control from './control.js';
import offline from './offline.js';
import own from './own.js';
import ownViews from './ownviews.js';
import toolkit from './toolkit.js';

const ru = {
  common,
  map,
  insights,
  methods,
  service,
  control,
  offline,
  own,
  ownViews,
  toolkit,
  app: {
    name: 'Сапа',
    tagline: 'Качество государственных услуг — открытые данные',
    skipToContent: 'Перейти к основному содержанию',
    language: 'Язык',
    mainNav: 'Главное меню',
    menu: 'Меню',
  },
  nav: {
    overview: 'Обзор',
    map: 'Карта',
    rankings: 'Рейтинги',
    trends: 'Динамика',
    services: 'Услуги',
    control: 'Отчёты о контроле',
    reports: 'Ваши отчёты',
    data: 'Данные и методика',
  },
  pages: {
    overviewTitle: 'Обзор качества государственных услуг',
    mapTitle: 'Карта регионов',
    rankingsTitle: 'Рейтинги',
    trendsTitle: 'Динамика по годам',
    servicesTitle: 'Государственные услуги',
    serviceTitle: 'Услуга: {id}',
    regionTitle: 'Регион: {id}',
    controlTitle: 'Отчёты о государственном контроле',
    reportsTitle: 'Ваши квартальные отчёты: проверка и динамика',
    dataTitle: 'Данные и методика',
    notFoundTitle: 'Страница не найдена',
    notFoundText: 'Такой страницы нет. Выберите раздел в меню.',
  },
  footer: {
    printedFrom: 'Эта страница: {url}',
    sources: 'Источники: Агентство Республики Казахстан по делам государственной службы — «Результаты общественного мониторинга качества оказания государственных услуг, 2020»; Правила государственного контроля за качеством оказания государственных услуг. Границы: geokz (А. Родионов), по данным Бюро национальной статистики Казахстана, CC BY 4.0.',
    licence: 'Сапа — проект с открытым исходным кодом. Данные можно скачивать и использовать повторно со ссылкой на источник.',
  },
  notice: {
    invalidParam: 'Значение параметра «{param}» недопустимо ({value}) и было проигнорировано.',
    dismiss: 'Закрыть',
  },
  data: {
    loading: 'Загрузка данных…',
    retry: 'Повторить',
    errorTitle: 'Не удалось загрузить набор данных',
    errorLocation: '{file}, строка {line}',
    errorFile: 'Файл: {file}',
    problem: {
      network: 'Файл не загрузился (HTTP {status}).',
      empty: 'Файл пуст.',
      noRows: 'В файле есть строка заголовка, но нет строк данных: показать нечего.',
      rowTwice: 'В форме {form} строка {row} указана дважды.',
      unknownParent: 'В форме {form} строка {row} ссылается на родительскую строку {parent}, которой в форме нет.',
      checkUnknownRow: 'Проверка {check} ссылается на строку, которой нет в форме {form}.',
      encoding: 'Файл не является корректным текстом в кодировке UTF-8 (возможно, он сохранён в другой кодировке).',
      missingColumn: 'Нет столбца «{column}».',
      notNumber: 'Значение «{value}» в столбце «{column}» не является числом.',
      notInteger: 'Значение «{value}» в столбце «{column}» не является целым числом.',
      outOfRange: 'Значение {value} в столбце «{column}» вне допустимого диапазона ({min}–{max}).',
      notAllowed: 'Значение «{value}» в столбце «{column}» недопустимо.',
      required: 'Столбец «{column}» не может быть пустым.',
      parse: 'Нарушена структура файла: {detail}.',
      parseDetail: {
        quotes: 'поле в кавычках не закрыто или кавычка стоит внутри поля',
        delimiter: 'не найден разделитель полей',
        json: 'это не корректный JSON',
        jsonShape: 'это JSON, но не той структуры, которую читает эта страница',
      },
      fieldCount: 'В этой строке {found} полей, а в заголовке {expected}.',
      html: 'Вместо файла данных пришла веб-страница HTML (сервер мог прислать страницу ошибки или входа).',
    },
  },
} satisfies Translation;

export default ru;
