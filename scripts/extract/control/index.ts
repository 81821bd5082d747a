// Control reports: the reference tables of the forms, the filed Q3 2021 report (seed 000) as tidy
// cells, and the published national figures. Same input → byte-identical output.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { columnsOf } from '../../schema/datapackage.ts';
import { toCsv } from '../lib/csv.ts';
import { extractFiledReport, type FiledReportMeta } from './filed-report.ts';
import { ROWS } from './forms.ts';
import { publishedFile } from './published.ts';
import { referenceFiles } from './reference-csv.ts';

/** The one filed report of the seeds: a health-service provider; Almaty from its row 17.4 (the Agency's Almaty department). */
export const SEED_000: Omit<FiledReportMeta, 'file'> = { report_id: 'seed000_2021q3', form: 's000', reporter: 'seed000_health_provider', region_id: 'almaty_city' };

export function buildControl(seed000Path: string): Map<string, string> {
  const files = referenceFiles();
  const file = `seeds/${basename(seed000Path)}`;
  const cells = extractFiledReport(readFileSync(seed000Path, 'utf8'), { ...SEED_000, file }, ROWS);
  files.set('control/report_cells.csv', toCsv(columnsOf('controlCells'), cells as unknown as Record<string, string | number>[]));
  const count = (s: string) => cells.filter((c) => c.status === s).length;
  files.set(
    'control/reports.csv',
    toCsv(columnsOf('controlReports'), [
      { ...SEED_000, quarter: cells.find((c) => c.period.includes('Q'))?.period ?? '', source: file, cells: cells.length, numbers: count('number'), zeros: count('zero'), dashes: count('dash'), blanks: count('blank') },
    ]),
  );
  for (const [path, csv] of publishedFile()) files.set(path, csv);
  return files;
}
