// What a downloaded file says about itself: the table it holds, its source, who published the data,
// the filters that shaped it, the page it came from and the day it was made.
//
// Written as a block of "label;value" lines above the table, separated from it by one empty line,
// rather than as a README beside the CSV in a zip: the block travels with the file (a README is
// lost as soon as someone forwards the CSV alone), opens in Excel with no unzip step (on a phone
// too), and, being its own block above an empty row, leaves the table a clean rectangle that Excel's
// "Format as table" and filters pick up on their own (pandas: skip the lines up to the empty one).
import type { TranslationFunctions } from '../../i18n/i18n-types.ts';
import { isoDate } from '../i18n/format.ts';
import type { MetaLine } from './csv.ts';

export interface DownloadContext {
  /** The table's caption as on screen. */
  title: string;
  /** The sources of the rows, in words (sourceLabels). */
  source: string;
  /** The filters in words ("2020; Local executive bodies only"); omitted when none apply. */
  filters?: string;
}

export { isoDate };

export function downloadMeta(ctx: DownloadContext, t: TranslationFunctions, url: string, now: Date): MetaLine[] {
  const lines: MetaLine[] = [
    [t.common.csvTable(), ctx.title],
    [t.common.csvSource(), ctx.source],
    [t.common.csvPublisher(), t.common.csvPublisherName()],
  ];
  if (ctx.filters) lines.push([t.common.csvFilters(), ctx.filters]);
  lines.push([t.common.csvPage(), url], [t.common.csvDownloaded(), isoDate(now)]);
  return lines;
}

/** downloadMeta for the page the reader is on, now (the only impure part, kept to one line). */
export function pageDownloadMeta(ctx: DownloadContext, t: TranslationFunctions): MetaLine[] {
  return downloadMeta(ctx, t, globalThis.location?.href ?? '', new Date());
}
