// Columns of the #/control tables. One list gives the table on screen and its CSV download, so
// the download has exactly the rows, order and values shown (numbers stay numbers).
import type { TranslationFunctions } from '../../i18n/i18n-types.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Locale } from '../../lib/i18n/locale.ts';
import { periodLabel as sayPeriod } from '../../lib/control/period.ts';
import { cellExport, cellSortValue, cellText, type GridRow } from '../../lib/control/report-view.ts';
import type { RankColumn } from '../insights/columns.ts';

/** A period in words (lib/control/period.ts) with the control dictionary's words. */
export function periodLabel(period: string, tr: TranslationFunctions): string {
  return sayPeriod(period, tr.control);
}

export const periodKey = (period: string) => `p${period.replace(/-/g, '_').toLowerCase()}`;

export function formatInt(n: number, loc: Locale): string {
  return formatNumber(n, loc, { maxDecimals: 0 });
}

/** Period columns of a grid: text on screen, number (or the same word) in the CSV. */
export function periodColumns(periods: readonly string[], tr: TranslationFunctions, loc: Locale): RankColumn<GridRow>[] {
  const words = { blank: tr.control.blank(), dash: tr.control.dash() };
  return periods.map((period, i) => ({
    key: periodKey(period),
    label: periodLabel(period, tr),
    numeric: true,
    cell: (r: GridRow) => cellText(r.cells[i] ?? { status: 'none', n: null }, (n) => formatInt(n, loc), words),
    sortValue: (r: GridRow) => cellSortValue(r.cells[i] ?? { status: 'none', n: null }),
    export: [{ header: periodLabel(period, tr), value: (r: GridRow) => cellExport(r.cells[i] ?? { status: 'none', n: null }, words) }],
  }));
}

/** Indicator (label), printed row, then the periods. */
export function gridColumns(periods: readonly string[], tr: TranslationFunctions, loc: Locale): RankColumn<GridRow>[] {
  return [
    { key: 'indicator', label: tr.control.colIndicator(), cell: (r) => r.label, sortValue: (r) => r.label },
    { key: 'row', label: tr.control.colRow(), cell: (r) => r.printed, sortValue: (r) => r.printed },
    ...periodColumns(periods, tr, loc),
  ];
}

/** Service, channel (label), printed row, then the periods. */
export function serviceColumns(periods: readonly string[], tr: TranslationFunctions, loc: Locale): RankColumn<GridRow>[] {
  return [
    { key: 'service', label: tr.control.colService(), cell: (r) => r.service, sortValue: (r) => r.service },
    { key: 'channel', label: tr.control.colChannel(), cell: (r) => r.label, sortValue: (r) => r.label },
    { key: 'row', label: tr.control.colRow(), cell: (r) => r.printed, sortValue: (r) => r.printed },
    ...periodColumns(periods, tr, loc),
  ];
}
