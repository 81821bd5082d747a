// Pure assembly of a service's page from the tidy datasets: one place decides which rows belong
// to the service and in which order they are shown (and downloaded).
import { compareText } from '../i18n/collate.ts';
import { uniqueSources, type SourceRef } from '../data/source-label.ts';

export interface Scored extends SourceRef {
  avg_score: number | null;
  satisfaction_pct: number | null;
}

export interface CriteriaMatrix {
  channels: string[];
  rows: Array<{ criterionId: string; cells: Record<string, Scored | undefined> }>;
  averages: Record<string, Scored | undefined>;
  sources: SourceRef[];
}

/**
 * The criteria's ids in the order of the methodology and of the report's tables: the `order`
 * column of reference/criteria.csv (the file itself is sorted by id), not a list restated here.
 */
export function criterionOrder(criteria: ReadonlyArray<{ criterion_id: string; order: number }>): string[] {
  return [...criteria].sort((a, b) => a.order - b.order || compareText(a.criterion_id, b.criterion_id)).map((c) => c.criterion_id);
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];

/**
 * Criteria × channels for one service and year, criteria in the methodology's order, channels in
 * first-seen order; the per-channel average row comes from service_channels.
 */
export function criteriaMatrix(
  criteria: ReadonlyArray<Scored & { service_id: string; year: number; criterion_id: string; channel: string }>,
  channelAverages: ReadonlyArray<Scored & { service_id: string; year: number; channel: string }>,
  criterionOrder: readonly string[],
  serviceId: string,
  year: number,
): CriteriaMatrix {
  const mine = criteria.filter((r) => r.service_id === serviceId && r.year === year);
  const avgs = channelAverages.filter((r) => r.service_id === serviceId && r.year === year);
  const channels = uniq([...mine.map((r) => r.channel), ...avgs.map((r) => r.channel)]);
  const order = (id: string) => {
    const i = criterionOrder.indexOf(id);
    return i === -1 ? criterionOrder.length : i;
  };
  const criterionIds = uniq(mine.map((r) => r.criterion_id)).sort((a, b) => order(a) - order(b) || compareText(a, b));
  return {
    channels,
    rows: criterionIds.map((criterionId) => ({
      criterionId,
      cells: Object.fromEntries(channels.map((c) => [c, mine.find((r) => r.criterion_id === criterionId && r.channel === c)])),
    })),
    averages: Object.fromEntries(channels.map((c) => [c, avgs.find((r) => r.channel === c)])),
    sources: uniqueSources([...mine, ...avgs]),
  };
}

/** Rows of one service (any dataset keyed by service_id and year), best score first, missing last. */
export function serviceRows<R extends Scored & { service_id: string; year: number }>(rows: readonly R[], serviceId: string, year: number): R[] {
  return rows
    .filter((r) => r.service_id === serviceId && r.year === year)
    .sort((a, b) => (b.avg_score ?? -Infinity) - (a.avg_score ?? -Infinity));
}

/** A call-centre item code "1414.call_speed" → its centre and aspect. */
export function splitCallcentreItem(item: string): { centre: string; aspect: string } {
  const dot = item.lastIndexOf('.');
  return dot === -1 ? { centre: item, aspect: '' } : { centre: item.slice(0, dot), aspect: item.slice(dot + 1) };
}

