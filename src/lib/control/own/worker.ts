// The module Web Worker of "Your reports": reads, validates and sums loaded files off the main
// thread, and writes the tidy download. Posts progress and compact results only (the report sums
// as one transferable Float64Array, the findings packed: packed-tree.ts).
import { buildReference, type ControlCheckInput, type ControlFormInput, type ControlLocale, type ControlReference, type ControlRowInput } from '../reference.ts';
import { buildRegionCodes, type RegionCodes, type RegionInput } from '../regions.ts';
import { isCompoundFile, iterate, sniffBinary } from './decode.ts';
import { interchangeHeader, interchangeLine } from './interchange.ts';
import { BOM, INTERCHANGE_DIALECT } from '../../csv/write.ts';
import { readExampleFiles, type ExampleText } from './example-files.ts';
import { loadReportFile, readRows, type LoadContext, type LoadedFile, type LoadOutcome } from './load.ts';
import type { InterchangeRow } from '../validate.ts';
import { putEntry, storageReason, type StorageReason } from './store.ts';
import { consolidate, consolidatedReporter, FirstFileOnly, withReporter, type Consolidation, type Selection } from './consolidate.ts';

export type WorkerRequest =
  | { type: 'init'; rows: ControlRowInput[]; checks: ControlCheckInput[]; forms: ControlFormInput[]; regions: RegionInput[] }
  /** Read a file; with `keep`, also keep it in IndexedDB (store.ts) with its result, before the reply (not on the page's thread). */
  | { type: 'load'; id: string; file: Blob; locale: ControlLocale; keep?: KeptMeta }
  | { type: 'tidy'; id: string; files: Blob[] }
  /** Sum the selected reports of these files (in the order loaded) into one. */
  | { type: 'consolidate'; id: string; files: Blob[]; selection: Selection }
  /** Write the example set's files (example-files.ts), scaled on the filed report's monthly deliveries. */
  | { type: 'example'; id: string; monthlyDelivered: number; locale: ControlLocale };

export type WorkerReply =
  | { type: 'progress'; id: string; fraction: number }
  /** kept: whether the file was kept as asked ('yes'), else why not; absent when not asked. */
  | { type: 'loaded'; id: string; outcome: LoadOutcome; ms: number; kept?: 'yes' | StorageReason }
  | { type: 'tidy'; id: string; text: string }
  | { type: 'consolidated'; id: string; result: Consolidation }
  /** The example set's files, each read as a loaded file would be (same reader, same checks), in one reply. */
  | { type: 'example'; id: string; files: Array<ExampleText & { outcome: LoadOutcome; ms: number }> }
  | { type: 'failed'; id: string; detail: string };

/** What is kept of a loaded file besides the file itself and its result (own-state.svelte.ts reads it back). */
export interface KeptMeta {
  id: string;
  name: string;
  size: number;
  lastModified: number;
  addedAt: number;
  include: boolean;
  example?: true;
}

/** Keep a read file in IndexedDB (before its result is posted: posting gives its arrays away). */
async function keep(meta: KeptMeta | undefined, blob: Blob, outcome: LoadOutcome): Promise<'yes' | StorageReason | undefined> {
  if (!meta || !outcome.ok) return undefined;
  try {
    await putEntry(meta.id, { ...meta, blob, file: outcome.file });
    return 'yes';
  } catch (e) {
    return storageReason(e);
  }
}

let reference: ControlReference | undefined;
let regions: RegionCodes | undefined;
let regionRows: RegionInput[] = [];

/** Today in the reader's time zone, "YYYY-MM-DD": a period that starts after it is in the future. */
function today(): LoadContext['today'] {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
/** A loaded file's arrays, given to the page instead of copied (after the file is kept). */
const transferable = (f: LoadedFile): Transferable[] => [f.reports.values.buffer, f.reports.ids.buffer, f.findings.tokens.buffer, f.findings.numbers.buffer];
const post = (m: WorkerReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

async function head(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, 4096).arrayBuffer());
}

/**
 * A file up to this size is read in one piece, not streamed: an archive's files are a few hundred
 * KB, and each piece of a stream (64 KB) and each separate read of the first bytes is a round trip
 * to the browser's process (400 files: about 1.5 s of its I/O thread). Larger files are streamed,
 * a piece at a time, with their progress.
 */
const WHOLE_READ_MAX = 8 * 1024 * 1024;

/** A file's first bytes and its bytes from the start, each time asked (read again for Windows-1251). */
async function bytesOf(file: Blob): Promise<{ first: Uint8Array; chunks: () => AsyncIterable<Uint8Array> }> {
  if (file.size > WHOLE_READ_MAX) return { first: await head(file), chunks: () => iterate(file.stream()) };
  const all = new Uint8Array(await file.arrayBuffer());
  return {
    first: all.subarray(0, 4096),
    chunks: async function* () {
      yield all;
    },
  };
}

/**
 * A zip (told by its first bytes, whatever its name) is read as an Excel workbook (xlsx.ts), by a
 * module loaded only then: CSV readers never fetch the unzipper and the XML parser. An old .xls
 * (a compound file) goes there too, to be named as such.
 */
async function xlsxOf(file: Blob, first: Uint8Array): Promise<typeof import('./xlsx.ts') | undefined> {
  return isCompoundFile(first) || sniffBinary(first, file.size) === 'zip' ? import('./xlsx.ts') : undefined;
}

/** Every row of a file (a workbook's report sheet, or a CSV); a workbook with no report gives none. */
async function rowsOf(file: Blob, ref: ControlReference, onRow: (r: InterchangeRow) => void): Promise<void> {
  const bytes = await bytesOf(file);
  const book = await xlsxOf(file, bytes.first);
  if (book) {
    const x = await book.xlsxInput(file);
    if (x.ok) await readRows(x.input, ref, onRow);
    return;
  }
  await readRows({ size: file.size, head: bytes.first, chunks: bytes.chunks }, ref, onRow);
}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const m = e.data;
  try {
    if (m.type === 'init') {
      reference = buildReference(m.rows, m.checks, m.forms);
      regions = buildRegionCodes(m.regions);
      regionRows = m.regions;
      return;
    }
    if (!reference) throw new Error('worker not initialised');
    if (m.type === 'example') {
      const t0 = performance.now();
      const read = await readExampleFiles(reference, regionRows, m.monthlyDelivered, m.locale, { regions, today: today() }, (done, of) => post({ type: 'progress', id: m.id, fraction: done / of }));
      const ms = (performance.now() - t0) / Math.max(1, read.length);
      const transfer = read.flatMap((f) => (f.outcome.ok ? transferable(f.outcome.file) : []));
      post({ type: 'example', id: m.id, files: read.map((f) => ({ ...f, ms })) }, transfer);
      return;
    }
    if (m.type === 'load') {
      const bytes = await bytesOf(m.file);
      const xlsx = await xlsxOf(m.file, bytes.first);
      const t0 = performance.now();
      const progress = (fraction: number) => post({ type: 'progress', id: m.id, fraction });
      const context = { regions, today: today() };
      const outcome = xlsx ? await xlsx.loadXlsx(m.file, reference, m.locale, progress, context) : await loadReportFile({ size: m.file.size, head: bytes.first, chunks: bytes.chunks }, reference, m.locale, progress, context);
      const ms = performance.now() - t0;
      const kept = await keep(m.keep, m.file, outcome);
      post({ type: 'loaded', id: m.id, outcome, ms, ...(kept ? { kept } : {}) }, outcome.ok ? transferable(outcome.file) : []);
      return;
    }
    if (m.type === 'consolidate') {
      // The rows are read again from the files (the stored results keep quarter sums only); the
      // same report in two files is summed once.
      const rows: InterchangeRow[] = [];
      const first = new FirstFileOnly();
      for (const [i, file] of m.files.entries()) await rowsOf(file, reference, (r) => first.keep(r, i) && rows.push(r));
      const c = consolidate(rows, m.selection);
      post({ type: 'consolidated', id: m.id, result: withReporter(c, consolidatedReporter(m.selection, c.included)) });
      return;
    }
    const parts: string[] = [interchangeHeader()];
    for (const file of m.files) await rowsOf(file, reference, (r) => parts.push(interchangeLine(r)));
    post({ type: 'tidy', id: m.id, text: BOM + parts.join(INTERCHANGE_DIALECT.newline) + INTERCHANGE_DIALECT.newline });
  } catch (err) {
    post({ type: 'failed', id: 'id' in m ? m.id : '', detail: err instanceof Error ? err.message : String(err) });
  }
};
