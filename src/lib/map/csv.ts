// CSV of exactly what the map's table shows: the same rows in the same order, with the same
// columns, plus the dataset, year and the source table.
import type { ExportColumn } from '../export/csv.ts';
import type { Change } from '../stats/change.ts';
import type { MapRow } from './select.ts';

export interface MapCsvLabels {
  rank: string;
  region: string;
  regionId: string;
  value: string;
  change: string;
  respondents: string;
  dataset: string;
  year: string;
  source: string;
}

export interface MapCsvContext {
  regionName: (row: MapRow) => string;
  datasetLabel: string;
  year: number;
  /** The change as the table writes it when it is not a number ("series break", "—"). */
  changeText: (change: Change) => string;
  sourceText: (row: MapRow) => string;
}

export function mapCsvColumns(labels: MapCsvLabels, ctx: MapCsvContext): ExportColumn<MapRow>[] {
  return [
    { header: labels.rank, value: (r) => r.rank },
    { header: labels.region, value: (r) => ctx.regionName(r) },
    { header: labels.regionId, value: (r) => r.regionId },
    { header: labels.value, value: (r) => r.value },
    { header: labels.change, value: (r) => (r.change.kind === 'value' ? r.change.value : r.value === null ? null : ctx.changeText(r.change)) },
    { header: labels.respondents, value: (r) => r.respondents },
    { header: labels.dataset, value: () => ctx.datasetLabel },
    { header: labels.year, value: () => ctx.year },
    { header: labels.source, value: (r) => ctx.sourceText(r) },
  ];
}
