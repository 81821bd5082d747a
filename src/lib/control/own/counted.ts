// Which loaded reports the totals count: those of valid files and of files the user included, in
// the order loaded; a report (form, reporter, region, quarter) already counted from an earlier
// file is not counted again (the same report loaded twice).
import type { LoadedFile } from './load.ts';
import { reportKey, unpackReports, type TrendReport } from './summary.ts';

export interface CountableFile {
  id: string;
  status: string;
  file?: LoadedFile;
  include: boolean;
}

export const isValid = (f: CountableFile) => f.status === 'loaded' && (f.file?.errors ?? 0) === 0;

export function countedReports(files: readonly CountableFile[]): { reports: TrendReport[]; repeated: Map<string, number> } {
  const seen = new Set<string>();
  const reports: TrendReport[] = [];
  const repeated = new Map<string, number>();
  for (const f of files) {
    if (f.status !== 'loaded' || !f.file || !(isValid(f) || f.include)) continue;
    for (const r of unpackReports(f.file.reports)) {
      const k = reportKey(r);
      if (seen.has(k)) {
        repeated.set(f.id, (repeated.get(f.id) ?? 0) + 1);
        continue;
      }
      seen.add(k);
      reports.push(r);
    }
  }
  return { reports, repeated };
}
