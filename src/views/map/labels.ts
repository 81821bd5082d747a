// Turning codes and numbers into the reader's words for the map views. All numbers go through the
// Intl helpers of lib/i18n/format.ts.
import type { TranslationFunctions } from '../../i18n/i18n-types.ts';
import type { Locale } from '../../lib/i18n/locale.ts';
import { formatChange, formatNumber, formatPercent, formatScore } from '../../lib/i18n/format.ts';
import type { Change } from '../../lib/stats/change.ts';
import { describeSource, historicName, type Metric } from '../../lib/map/select.ts';

export function metricLabel(metric: Metric, t: TranslationFunctions): string {
  return metric === 'avg_score' ? t.common.avgScore() : t.common.satisfactionShort();
}

export function formatValue(metric: Metric, value: number | null | undefined, locale: Locale, decimals?: number): string {
  if (metric === 'avg_score') return decimals === undefined ? formatScore(value, locale) : formatNumber(value, locale, { minDecimals: decimals, maxDecimals: decimals });
  return formatPercent(value, locale, { maxDecimals: decimals ?? 1 });
}

/** The change as shown: signed number, "series break", or a dash. */
export function formatChangeOf(metric: Metric, change: Change, locale: Locale, t: TranslationFunctions): string {
  if (change.kind === 'value') return formatChange(change.value, locale, { decimals: metric === 'avg_score' ? 2 : 1 });
  if (change.kind === 'break') return t.map.changeBreak();
  return '—';
}

export function changeHeader(metric: Metric, t: TranslationFunctions): string {
  return metric === 'avg_score' ? t.common.change() : t.map.changePoints();
}

export function datasetLabel(dataset: string, t: TranslationFunctions, serviceName: (id: string) => string): string {
  if (dataset === 'leb') return t.map.datasetLeb();
  if (dataset === 'all_providers') return t.map.datasetAllProviders();
  if (dataset === 'appendix_b') return t.map.datasetAppendixB();
  return serviceName(dataset);
}

export function scopeLabel(dataset: string, t: TranslationFunctions, serviceName: (id: string) => string): string {
  if (dataset === 'leb') return t.map.scope({ scope: t.common.scopeLeb() });
  if (dataset === 'all_providers') return t.map.scope({ scope: t.common.scopeAllProviders() });
  if (dataset === 'appendix_b') return t.map.scope({ scope: t.common.scopeAppendixB() });
  return t.map.scopeService({ service: serviceName(dataset) });
}

/** "table 11 of the 2020 report" in the reader's language. */
export function sourceLabel(source: string, t: TranslationFunctions): string {
  const s = describeSource(source);
  if (s.kind === 'table') return t.map.sourceTable({ table: s.table });
  if (s.kind === 'appendix') return t.map.sourceAppendix({ appendix: s.appendix === 'B' ? t.map.appendixLetterB() : s.appendix });
  return s.text;
}

/** A region's name as it was that year: "Nur-Sultan city (in 2018: Astana city)". */
export function regionNameIn(regionId: string, year: number | null, name: (id: string) => string, t: TranslationFunctions): string {
  const base = name(regionId);
  const old = year === null ? null : historicName(regionId, year);
  if (old === null || year === null) return base;
  return t.map.nameWas({ name: base, year: String(year), old: old === 'astana' ? t.map.nameAstana() : t.map.nameSouthKazakhstan() });
}
