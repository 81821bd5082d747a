import type { BaseTranslation } from '../i18n-types.ts';
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

const kk = {
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
    tagline: 'Мемлекеттік қызметтер сапасы — ашық деректер',
    skipToContent: 'Негізгі мазмұнға өту',
    language: 'Тіл',
    mainNav: 'Негізгі мәзір',
    menu: 'Мәзір',
  },
  nav: {
    overview: 'Шолу',
    map: 'Карта',
    rankings: 'Рейтингтер',
    trends: 'Үрдістер',
    services: 'Қызметтер',
    control: 'Бақылау есептері',
    reports: 'Сіздің есептеріңіз',
    data: 'Деректер және әдістеме',
  },
  pages: {
    overviewTitle: 'Мемлекеттік қызметтер сапасына шолу',
    mapTitle: 'Өңірлер картасы',
    rankingsTitle: 'Рейтингтер',
    trendsTitle: 'Жылдар бойынша үрдістер',
    servicesTitle: 'Мемлекеттік қызметтер',
    serviceTitle: 'Қызмет: {id:string}',
    regionTitle: 'Өңір: {id:string}',
    controlTitle: 'Мемлекеттік бақылау есептері',
    reportsTitle: 'Сіздің тоқсандық есептеріңіз: тексеру және серпін',
    dataTitle: 'Деректер және әдістеме',
    notFoundTitle: 'Бет табылмады',
    notFoundText: 'Мұндай бет жоқ. Мәзірден бөлімді таңдаңыз.',
  },
  footer: {
    printedFrom: 'Осы бет: {url:string}',
    sources: 'Дереккөздер: Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі — «Мемлекеттік қызметтер көрсету сапасын бағалаудың қоғамдық мониторингінің нәтижелері, 2020»; мемлекеттік қызметтер сапасын мемлекеттік бақылау қағидалары. Шекаралар: geokz (А. Родионов), Қазақстанның Ұлттық статистика бюросының деректері бойынша, CC BY 4.0.',
    licence: 'Сапа — ашық бастапқы кодты жоба. Деректерді жүктеп алуға және қайта пайдалануға болады, дереккөзге сілтеме жасаңыз.',
  },
  notice: {
    invalidParam: '«{param:string}» параметрінің мәні жарамсыз ({value:string}), сондықтан ол еленбеді.',
    dismiss: 'Жабу',
  },
  data: {
    loading: 'Деректер жүктелуде…',
    retry: 'Қайта көру',
    errorTitle: 'Деректер жиынын жүктеу мүмкін болмады',
    errorLocation: '{file:string}, {line:number}-жол',
    errorFile: 'Файл: {file:string}',
    problem: {
      network: 'Файл жүктелмеді (HTTP {status:string}).',
      empty: 'Файл бос.',
      noRows: 'Файлда тақырып жолы бар, бірақ деректер жолы жоқ: көрсететін ештеңе жоқ.',
      rowTwice: '{form:string} нысанында {row:string} жолы екі рет берілген.',
      unknownParent: '{form:string} нысанында {row:string} жолы нысанда жоқ {parent:string} жоғарғы жолын атайды.',
      checkUnknownRow: '{check:string} тексерісі {form:string} нысанында жоқ жолды атайды.',
      encoding: 'Файл UTF-8 кодтауындағы дұрыс мәтін емес (басқа кодтаумен сақталған болуы мүмкін).',
      missingColumn: '«{column:string}» бағаны жоқ.',
      notNumber: '«{column:string}» бағанындағы «{value:string}» мәні сан емес.',
      notInteger: '«{column:string}» бағанындағы «{value:string}» мәні бүтін сан емес.',
      outOfRange: '«{column:string}» бағанындағы {value:string} мәні рұқсат етілген аралықтан тыс ({min:string}–{max:string}).',
      notAllowed: '«{column:string}» бағанындағы «{value:string}» мәні рұқсат етілмеген.',
      required: '«{column:string}» бағаны бос болмауы керек.',
      parse: 'Файл құрылымы бұзылған: {detail:string}.',
      parseDetail: {
        quotes: 'тырнақшадағы өріс жабылмаған немесе тырнақша өріс ішінде тұр',
        delimiter: 'өрістер арасындағы бөлгіш табылмады',
        json: 'бұл дұрыс JSON емес',
        jsonShape: 'бұл JSON, бірақ бұл бет оқитын құрылымда емес',
      },
      fieldCount: 'Бұл жолда {found:number} өріс бар, ал тақырып жолында {expected:number}.',
      html: 'Деректер файлының орнына HTML веб-беті келді (сервер қате немесе кіру бетін жіберген болуы мүмкін).',
    },
  },
} satisfies BaseTranslation;

export default kk;
