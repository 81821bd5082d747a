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

const en = {
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
    name: 'Sapa',
    tagline: 'Quality of public services — open data',
    skipToContent: 'Skip to main content',
    language: 'Language',
    mainNav: 'Main navigation',
    menu: 'Menu',
  },
  nav: {
    overview: 'Overview',
    map: 'Map',
    rankings: 'Rankings',
    trends: 'Trends',
    services: 'Services',
    control: 'Control reports',
    reports: 'Your reports',
    data: 'Data & methods',
  },
  pages: {
    overviewTitle: 'Public-service quality at a glance',
    mapTitle: 'Regional map',
    rankingsTitle: 'Rankings',
    trendsTitle: 'Trends over the years',
    servicesTitle: 'Public services',
    serviceTitle: 'Service: {id}',
    regionTitle: 'Region: {id}',
    controlTitle: 'State-control reports',
    reportsTitle: 'Your quarterly reports: check and trends',
    dataTitle: 'Data & methods',
    notFoundTitle: 'Page not found',
    notFoundText: 'There is no such page. Choose a section from the menu.',
  },
  footer: {
    printedFrom: 'This page: {url}',
    sources: 'Sources: Agency of the Republic of Kazakhstan for Civil Service Affairs — “Results of the public monitoring of the quality of public services, 2020”; Rules of state control over the quality of public services. Boundaries: geokz (A. Rodionov), after the Bureau of National Statistics of Kazakhstan, CC BY 4.0.',
    licence: 'Sapa is open source. The data may be downloaded and reused with a reference to the source.',
  },
  notice: {
    invalidParam: 'The value of “{param}” is not valid ({value}) and was ignored.',
    dismiss: 'Dismiss',
  },
  data: {
    loading: 'Loading data…',
    retry: 'Retry',
    errorTitle: 'The dataset could not be loaded',
    errorLocation: '{file}, line {line}',
    errorFile: 'File: {file}',
    problem: {
      network: 'The file did not load (HTTP {status}).',
      empty: 'The file is empty.',
      noRows: 'The file has a header but no rows: nothing can be shown from it.',
      rowTwice: 'Form {form} lists row {row} twice.',
      unknownParent: 'In form {form}, row {row} names a parent row {parent} that the form does not have.',
      checkUnknownRow: 'Check {check} names a row that form {form} does not have.',
      encoding: 'The file is not valid UTF-8 text (it may have been saved in another encoding).',
      missingColumn: 'Column “{column}” is missing.',
      notNumber: 'Value “{value}” in column “{column}” is not a number.',
      notInteger: 'Value “{value}” in column “{column}” is not a whole number.',
      outOfRange: 'Value {value} in column “{column}” is outside the allowed range ({min}–{max}).',
      notAllowed: 'Value “{value}” in column “{column}” is not allowed.',
      required: 'Column “{column}” must not be empty.',
      parse: 'The file’s structure is broken: {detail}.',
      parseDetail: {
        quotes: 'a quoted field is not closed, or a quote stands inside a field',
        delimiter: 'the separator between fields cannot be found',
        json: 'it is not valid JSON',
        jsonShape: 'it is JSON, but not of the shape this page reads',
      },
      fieldCount: 'This line has {found} fields where the header has {expected}.',
      html: 'An HTML web page came in place of the data file (the host may have sent an error or sign-in page).',
    },
  },
} satisfies Translation;

export default en;
