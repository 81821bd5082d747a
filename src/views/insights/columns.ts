// Columns shared by the ranking tables. One list gives both the table on screen and its CSV
// download, so the download has exactly the rows (and order) shown, with numbers as numbers.
import type { TranslationFunctions } from '../../i18n/i18n-types.ts';
import type { Locale } from '../../lib/i18n/locale.ts';
import { formatMeasure, MEASURES } from '../../lib/measures/registry.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Ranked } from '../../lib/insights/rankings.ts';
import { exportColumns, type Column } from '../../lib/table/column.ts';

/** A ranking's column: the table's Column, whose `export` says how it goes into the CSV (lib/table/column.ts). */
export type RankColumn<R> = Column<R>;
export { exportColumns };

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;

/** Rank, third, score, satisfaction, interval, n, tied-with: the columns every ranking has. */
export function rankedColumns<R extends Ranked>(tr: TranslationFunctions, loc: Locale, opts: { intervals: boolean }): RankColumn<R>[] {
  const c = tr.insights.cols;
  const cols: RankColumn<R>[] = [
    {
      key: 'rank',
      track: 'minmax(3.5rem, 0.6fr)',
      label: c.rank(),
      numeric: true,
      cell: (r) => (r.rank === null ? '—' : String(r.rank)),
      sortValue: (r) => r.rank,
      export: [{ header: c.rank(), value: (r) => r.rank }],
    },
    {
      key: 'third',
      track: 'minmax(5.5rem, 0.9fr)',
      label: c.third(),
      cell: (r) => (r.third ? tr.insights.thirds[r.third]() : '—'),
      sortValue: (r) => (r.third === 'top' ? 0 : r.third === 'middle' ? 1 : r.third === 'bottom' ? 2 : null),
    },
    {
      key: 'score',
      track: 'minmax(4.5rem, 0.8fr)',
      label: MEASURES.avg_score.columnLabel(tr),
      numeric: true,
      cell: (r) => formatMeasure('avg_score', r.avg_score, loc),
      sortValue: (r) => r.avg_score,
      export: [{ header: MEASURES.avg_score.columnLabel(tr), value: (r) => r.avg_score }],
    },
    {
      key: 'satisfaction',
      track: 'minmax(12.5rem, 0.8fr)',
      label: MEASURES.satisfaction_pct.columnLabel(tr),
      numeric: true,
      cell: (r) => formatMeasure('satisfaction_pct', r.satisfaction_pct, loc),
      sortValue: (r) => r.satisfaction_pct,
      export: [{ header: MEASURES.satisfaction_pct.columnLabel(tr), value: (r) => r.satisfaction_pct }],
    },
  ];
  if (opts.intervals) {
    cols.push(
      {
        key: 'interval',
      track: 'minmax(7.5rem, 1fr)',
        label: c.interval(),
        numeric: true,
        cell: (r) => (r.interval ? `${formatMeasure('satisfaction_pct', r.interval.lo, loc)} – ${formatMeasure('satisfaction_pct', r.interval.hi, loc)}` : '—'),
        sortValue: (r) => r.interval?.lo ?? null,
        export: [
          { header: c.intervalLo(), value: (r) => (r.interval ? round(r.interval.lo) : null) },
          { header: c.intervalHi(), value: (r) => (r.interval ? round(r.interval.hi) : null) },
        ],
      },
      {
        key: 'n',
      track: 'minmax(6rem, 0.9fr)',
        label: tr.common.respondentsN(),
        numeric: true,
        cell: (r) => (r.n === null ? tr.insights.notPublished() : formatMeasure('respondents', r.n, loc)),
        sortValue: (r) => r.n,
        badge: (r) => (r.small ? tr.common.smallSample() : undefined),
        export: [
          { header: tr.common.respondents(), value: (r) => r.n },
          { header: c.small(), value: (r) => (r.n === null ? null : r.small ? c.yes() : c.no()) },
        ],
      },
      {
        key: 'tied_with',
      track: 'minmax(7.5rem, 1.2fr)',
        label: c.tiedWith(),
        numeric: true,
        // Pairwise (lib/stats/ties.ts): how many it is clearly above and below, by the intervals.
        cell: (r) =>
          r.tie?.clearlyHigher === null || r.tie?.clearlyHigher === undefined
            ? '—'
            : c.tiedCell({ higher: formatNumber(r.tie.clearlyHigher, loc), lower: formatNumber(r.tie.clearlyLower ?? 0, loc) }),
        sortValue: (r) => (r.tie?.clearlyHigher === null || r.tie?.clearlyHigher === undefined ? null : r.tie.clearlyHigher - (r.tie.clearlyLower ?? 0)),
        export: [
          { header: c.tiedFrom(), value: (r) => r.tie?.clearlyHigher ?? null },
          { header: c.tiedTo(), value: (r) => r.tie?.clearlyLower ?? null },
        ],
      },
    );
  }
  return cols;
}
