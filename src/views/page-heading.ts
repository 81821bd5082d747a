import type { TranslationFunctions } from '../i18n/i18n-types.ts';
import type { RouteName } from '../lib/url/route.ts';

export interface PageHeading {
  title: string;
  lede: string;
}

/**
 * Title and lede of the lazily loaded pages whose heading does not depend on their data. App
 * renders these at once, before the page's own code and data arrive: on a phone the lede is most
 * of the first screen, so the page reads as there from the first paint.
 */
export function staticHeading(name: RouteName, tr: TranslationFunctions): PageHeading | null {
  switch (name) {
    case 'map':
      return { title: tr.pages.mapTitle(), lede: tr.map.lede() };
    case 'rankings':
      return { title: tr.pages.rankingsTitle(), lede: tr.insights.rankings.intro() };
    case 'trends':
      return { title: tr.pages.trendsTitle(), lede: tr.insights.trends.intro() };
    case 'data':
      return { title: tr.pages.dataTitle(), lede: tr.methods.intro() };
    default:
      return null;
  }
}
