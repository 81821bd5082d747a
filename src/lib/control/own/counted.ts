// Which loaded reports the totals count: those of valid files and of files the user included, in
// the order loaded; a report (form, reporter, region, quarter) already counted from an earlier
// file is not counted again (the same report loaded twice).
import type { LoadedFile } from './load.ts';
import { reportKey, unpackReports, type PackedReports, type TrendReport } from './summary.ts';

export interface CountableFile {
  id: string;
  status: string;
  file?: LoadedFile;
  include: boolean;
}

export const isValid = (f: CountableFile) => f.status === 'loaded' && (f.file?.errors ?? 0) === 0;

/**
 * A file's reports unpacked, with their keys, made once per packed set: the trends count every
 * loaded file again as files arrive (400 files of an archive, each time), and only the new ones
 * need unpacking. Keyed by the packed set itself, so a file read again is unpacked again.
 */
const unpacked = new WeakMap<PackedReports, { reports: TrendReport[]; keys: string[] }>();
function unpackedOf(p: PackedReports): { reports: TrendReport[]; keys: string[] } {
  let u = unpacked.get(p);
  if (!u) {
    const reports = unpackReports(p);
    u = { reports, keys: reports.map(reportKey) };
    unpacked.set(p, u);
  }
  return u;
}

/** A file whose reports the totals count: loaded, and valid or included by the reader. */
const counts = (f: CountableFile): f is CountableFile & { file: LoadedFile } => f.status === 'loaded' && f.file !== undefined && (isValid(f) || f.include);

/**
 * Unpack the reports of the files a count would take, ahead of it (each packed set once), as
 * files join the list a few at a time: the count that follows then only adds them up. Without it
 * the count after a reload unpacked all 400 files of an archive in one task (63 ms traced).
 */
export function unpackAhead(files: Iterable<CountableFile>): void {
  for (const f of files) if (counts(f)) unpackedOf(f.file.reports);
}

export function countedReports(files: readonly CountableFile[]): { reports: TrendReport[]; repeated: Map<string, number> } {
  const seen = new Set<string>();
  const reports: TrendReport[] = [];
  const repeated = new Map<string, number>();
  for (const f of files) {
    if (!counts(f)) continue;
    const u = unpackedOf(f.file.reports);
    for (let i = 0; i < u.reports.length; i++) {
      const r = u.reports[i] as TrendReport;
      const k = u.keys[i] as string;
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
