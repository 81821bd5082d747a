// "Your reports": the files loaded in this browser, their workers, their storage. Files are read in
// a small pool of Web Workers (worker-pool.ts; started in the order added), kept in IndexedDB with
// their results, and restored on reload without being read again. Nothing leaves the page.
import type { ControlCheckInput, ControlFormInput, ControlLocale, ControlRowInput } from '../../lib/control/reference.ts';
import type { RegionInput } from '../../lib/control/regions.ts';
import type { LoadedFile, LoadOutcome, LoadProblem } from '../../lib/control/own/load.ts';
import type { TrendReport } from '../../lib/control/own/summary.ts';
import { countedReports, isValid, unpackAhead } from '../../lib/control/own/counted.ts';
import { previousQuarter, type Consolidation, type Selection } from '../../lib/control/own/consolidate.ts';
import { parsePeriod, quarterOfMonth } from '../../lib/control/period.ts';
import type { KeptMeta, WorkerReply, WorkerRequest } from '../../lib/control/own/worker.ts';
import { poolSize, WorkerPool } from '../../lib/control/own/worker-pool.ts';
import { clearEntries, deleteEntry, entriesInSteps, putEntries, putEntry, storageReason, type StorageReason } from '../../lib/control/own/store.ts';
import { yieldToMain } from '../../lib/schedule/yield-to-main.ts';
import { loadDatasets } from '../../lib/data/datasets.ts';
import { monthlyDelivered } from '../../lib/control/own/example-files.ts';
import { isPackedTree } from '../../lib/control/own/packed-tree.ts';

export interface OwnFile {
  id: string;
  name: string;
  size: number;
  lastModified: number;
  addedAt: number;
  blob: Blob;
  status: 'queued' | 'loading' | 'loaded' | 'failed';
  progress: number;
  problem?: LoadProblem;
  file?: LoadedFile;
  /** Counted in the totals although it has errors (the user's choice). */
  include: boolean;
  /** One of the example set's made-up files ("Try with example reports"), removed together by "Remove example reports". */
  example?: boolean;
  ms?: number;
}

/**
 * A storage failure says what failed (reading what was kept, keeping a file, keeping a change,
 * removing) and why (storage reason); the message then says what was kept.
 */
export type StorageAction = 'restore' | 'save' | 'include' | 'remove' | 'removeAll';
export type Notice =
  | { kind: 'duplicate_file'; name: string; other: string }
  | { kind: 'storage'; action: StorageAction; name: string; reason: StorageReason }
  | { kind: 'worker'; detail: string };

/** What IndexedDB keeps of a loaded file: the file and its result, not its passing load state (the worker writes it after reading: KeptMeta). */
type Stored = KeptMeta & { blob: Blob; file: LoadedFile };

/** What IndexedDB keeps of a file that was read (the example flag only when set). */
const storedOf = (f: OwnFile & { file: LoadedFile }): Stored => ({ id: f.id, name: f.name, size: f.size, lastModified: f.lastModified, addedAt: f.addedAt, blob: f.blob, file: f.file, include: f.include, ...(f.example ? { example: true } : {}) });

/** Kept by an earlier version of this page in another shape: to be read again from the kept file. */
const isCurrent = (s: Stored) => isPackedTree(s.file?.findings) && s.file.byRegion !== undefined && s.file.reports?.ids instanceof Uint32Array;

/**
 * The reports counted from the files kept in this browser, without the worker (for #/control's
 * violation chart, which shows them apart; the workspace at #/reports loads and checks them).
 * Files kept in an older shape are skipped until the workspace reads them again.
 */
export async function storedCountedReports(): Promise<TrendReport[]> {
  return (await storedCounted()).reports;
}

/** The counted reports and the files kept in this browser (in the order loaded), for the region pages. */
export async function storedCounted(): Promise<{ reports: TrendReport[]; files: LoadedFile[] }> {
  const stored = (await entriesInSteps<Stored>()).filter(isCurrent).sort((a, b) => a.addedAt - b.addedAt);
  return { reports: countedReports(stored.map((s) => ({ id: s.id, status: 'loaded', file: s.file, include: s.include }))).reports, files: stored.map((s) => s.file) };
}

/**
 * What "Remove all" took, kept for Undo as long as the page is open (module state: it outlives the
 * workspace's view when the reader moves to another page and back). Only the last removal.
 */
let removedLast: Stored[] = [];

/** The quarter of a period ("2022-05" → "2022-Q2"). */
function quarterOf(period: string): string {
  const p = parsePeriod(period);
  return p?.kind === 'month' ? quarterOfMonth(p.year, p.month) : period;
}

export class OwnReports {
  files = $state.raw<OwnFile[]>([]);
  notices = $state.raw<Notice[]>([]);
  restored = $state(false);
  private pool: WorkerPool | undefined;
  private seq = 0;
  // Changes from the workers' replies, applied together (one new list per flush, not one per
  // reply: each new list is drawn again with everything derived from it), and the files read
  // since the last flush, kept in IndexedDB after it. Not state.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private changes = new Map<string, Partial<OwnFile>>();
  private notKept: Array<{ name: string; reason: StorageReason }> = [];
  private flushTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly rows: ControlRowInput[],
    private readonly checks: ControlCheckInput[],
    private readonly forms: ControlFormInput[] = [],
    private readonly regions: RegionInput[] = [],
  ) {}

  private ask(m: WorkerRequest & { id: string }): Promise<WorkerReply> {
    this.pool ??= new WorkerPool({
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- the worker's address, built once
      create: () => new Worker(new URL('../../lib/control/own/worker.ts', import.meta.url), { type: 'module' }),
      init: { type: 'init', rows: this.rows, checks: this.checks, forms: this.forms, regions: this.regions },
      size: poolSize(typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency),
      onStart: (id) => this.files.some((f) => f.id === id) && this.later(id, { status: 'loading' }),
      onProgress: (id, fraction) => {
        if (id.startsWith('example-')) this.exampleProgress = fraction;
        else this.later(id, { progress: fraction });
      },
      onError: (detail) => this.notify({ kind: 'worker', detail }),
    });
    return this.pool.ask(m);
  }

  private patch(id: string, p: Partial<OwnFile>): void {
    this.files = this.files.map((f) => (f.id === id ? { ...f, ...p } : f));
  }

  /**
   * How long replies gather before the list is drawn again: a few frames (the reader sees no lag);
   * a long list (an archive being read) is drawn again five times a second, each time with the
   * files read meanwhile: each new list costs the page a draw of all its rows and what follows them.
   */
  static readonly FLUSH_MS = 50;
  static readonly FLUSH_LONG_MS = 200;
  static readonly LONG_LIST = 50;

  /** A change from a worker's reply, applied with the others at the next flush. */
  private later(id: string, p: Partial<OwnFile>): void {
    this.changes.set(id, { ...this.changes.get(id), ...p });
    this.flushTimer ??= setTimeout(() => this.flush(), this.files.length > OwnReports.LONG_LIST ? OwnReports.FLUSH_LONG_MS : OwnReports.FLUSH_MS);
  }

  /** Apply the gathered changes in one new list; name the files the workers could not keep, together. */
  private flush(): void {
    this.flushTimer = undefined;
    const changes = this.changes;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a buffer, not state
    this.changes = new Map();
    if (changes.size > 0) this.files = this.files.map((f) => (changes.has(f.id) ? { ...f, ...changes.get(f.id) } : f));
    // Their reports unpacked now, a few files at a time, not all at the trends' next count.
    if (changes.size > 0) unpackAhead(this.files.filter((f) => changes.has(f.id)));
    const notKept = this.notKept;
    this.notKept = [];
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup inside one call, not state
    for (const reason of new Set(notKept.map((x) => x.reason))) {
      this.notify({ kind: 'storage', action: 'save', name: notKept.filter((x) => x.reason === reason).map((x) => x.name).join(', '), reason });
    }
  }
  private notify(n: Notice): void {
    this.notices = [...this.notices, n];
  }

  dismiss(n: Notice): void {
    this.notices = this.notices.filter((x) => x !== n);
  }

  async restore(locale: ControlLocale): Promise<void> {
    try {
      // Read a few entries per task (each is structured-cloned back on the main thread).
      const stored = await entriesInSteps<Stored>();
      stored.sort((a, b) => a.addedAt - b.addedAt);
      // Kept by an earlier version of this page in another shape: read again from the kept file.
      const back: OwnFile[] = stored.map((s) => ({ ...s, status: isCurrent(s) ? ('loaded' as const) : ('queued' as const), progress: isCurrent(s) ? 1 : 0, file: isCurrent(s) ? s.file : undefined }));
      // Before the files added meanwhile, a few rows per task (each new row is drawn).
      const generation = this.generation;
      for (let i = 0; i < back.length && generation === this.generation; i += OwnReports.JOIN_PER_TASK) {
        if (i > 0) await yieldToMain();
        if (generation !== this.generation) break;
        const step = back.slice(i, i + OwnReports.JOIN_PER_TASK);
        this.files = [...this.files.slice(0, i), ...step, ...this.files.slice(i)];
        unpackAhead(step);
      }
      for (const s of stored) if (!isCurrent(s)) void this.read(s.id, s.blob, locale);
    } catch (e) {
      this.notify({ kind: 'storage', action: 'restore', name: '', reason: storageReason(e) });
    }
    this.restored = true;
  }

  /** Queue files for reading: they join the list in order, a few per task (join), and are read by the pool in that order. */
  add(list: FileList | Array<File | { name: string; blob: Blob; lastModified?: number; example?: boolean }>, locale: ControlLocale): void {
    const items: Array<File | { name: string; blob: Blob; lastModified?: number; example?: boolean }> = Array.from(list);
    const generation = this.generation;
    this.joined = this.joined.then(() => this.join(items, locale, generation));
  }

  /** Files joining the list per task, at most: each new row is drawn (and a picked file's size asked of the system), and hundreds at once make a long task. */
  static readonly JOIN_PER_TASK = 25;
  /** The time a step of joining spends on the files' sizes and dates before the list is drawn again. */
  static readonly JOIN_STEP_MS = 12;
  /** The last add's files, all in the list: the next add waits for them (its duplicates are checked against them). */
  private joined: Promise<void> = Promise.resolve();
  /** Counts "Remove all"s: files still to join from before one do not join. */
  private generation = 0;

  private async join(items: ReadonlyArray<File | { name: string; blob: Blob; lastModified?: number; example?: boolean }>, locale: ControlLocale, generation: number): Promise<void> {
    const key = (name: string, size: number, lastModified: number) => `${name}\u001f${size}\u001f${lastModified}`;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup inside one call, not state
    const have = new Map(this.files.filter((f) => f.status !== 'failed').map((f) => [key(f.name, f.size, f.lastModified), f.name]));
    let i = 0;
    while (i < items.length) {
      // The first step too: not in the task of the input's change event, which the browser's own
      // work on hundreds of picked files already makes long (over 100 ms here for 400, no Sapa code).
      await yieldToMain();
      if (generation !== this.generation) return;
      const step: OwnFile[] = [];
      // A picked file's size is asked of the browser (about 1 ms a file, several when it is busy):
      // a step ends after JOIN_STEP_MS of that, or JOIN_PER_TASK files, whichever comes first.
      const until = performance.now() + OwnReports.JOIN_STEP_MS;
      for (let taken = 0; i < items.length && taken < OwnReports.JOIN_PER_TASK && (taken === 0 || performance.now() < until); taken++) {
        const item = items[i++] as File | { name: string; blob: Blob; lastModified?: number; example?: boolean };
        const blob = item instanceof Blob ? item : item.blob;
        const example = !(item instanceof Blob) && item.example === true;
        const name = item.name;
        const lastModified = item.lastModified ?? 0;
        const size = blob.size;
        const same = have.get(key(name, size, lastModified));
        if (same !== undefined) {
          this.notify({ kind: 'duplicate_file', name, other: same });
          continue;
        }
        have.set(key(name, size, lastModified), name);
        const id = `${Date.now().toString(36)}-${(this.seq++).toString(36)}`;
        step.push({ id, name, size, lastModified, addedAt: Date.now() + this.seq / 1000, blob, status: 'queued', progress: 0, include: false, ...(example ? { example } : {}) });
      }
      if (step.length === 0) continue;
      this.files = [...this.files, ...step];
      for (const f of step) void this.read(f.id, f.blob, locale);
    }
  }

  private async read(id: string, blob: Blob, locale: ControlLocale): Promise<void> {
    const f = this.files.find((x) => x.id === id);
    if (!f) return;
    // The worker keeps the file in IndexedDB itself once read (the copy costs the page nothing).
    const keep: KeptMeta = { id, name: f.name, size: f.size, lastModified: f.lastModified, addedAt: f.addedAt, include: f.include, ...(f.example ? { example: true } : {}) };
    const reply = await this.ask({ type: 'load', id, file: blob, locale, keep });
    if (reply.type === 'loaded' && reply.kept === 'yes' && !this.files.some((x) => x.id === id)) {
      // Removed while it was read: not kept either.
      void deleteEntry(id).catch(() => undefined);
      return;
    }
    // The worker's time on the file, for the benchmark (scripts/bench-own.mjs) and the browser's performance panel.
    if (reply.type === 'loaded') performance.measure('own:read', { start: Math.max(0, performance.now() - reply.ms), duration: reply.ms });
    // Drawn with the other replies of the next few frames, then kept in IndexedDB (flush, keep).
    if (reply.type !== 'loaded') {
      this.later(id, { status: 'failed', problem: { kind: 'read_failed', detail: reply.type === 'failed' ? reply.detail : '' } });
      return;
    }
    if (!reply.outcome.ok) {
      this.later(id, { status: 'failed', problem: reply.outcome.problem });
      return;
    }
    this.later(id, { status: 'loaded', progress: 1, file: reply.outcome.file, ms: reply.ms });
    if (reply.kept && reply.kept !== 'yes') this.notKept.push({ name: f.name, reason: reply.kept });
  }

  async setInclude(id: string, include: boolean): Promise<void> {
    this.patch(id, { include });
    const f = this.files.find((x) => x.id === id);
    if (!f?.file) return;
    try {
      await putEntry<Stored>(id, storedOf({ ...f, file: f.file, include }));
    } catch (e) {
      this.notify({ kind: 'storage', action: 'include', name: f.name, reason: storageReason(e) });
    }
  }

  async remove(id: string): Promise<void> {
    const name = this.files.find((f) => f.id === id)?.name ?? '';
    this.files = this.files.filter((f) => f.id !== id);
    try {
      await deleteEntry(id);
    } catch (e) {
      this.notify({ kind: 'storage', action: 'remove', name, reason: storageReason(e) });
    }
  }

  /** Files put back per IndexedDB transaction by Undo: each is structured-cloned on the main thread, so a few per task. */
  static readonly UNDO_PER_TASK = 4;

  /** Files "Remove all" took that Undo can bring back (0 when there is nothing to undo). */
  undoable = $state(removedLast.length);

  /** Remove every file (after the reader confirmed); Undo brings them back with their storage. */
  async removeAll(): Promise<void> {
    const kept = this.files.filter((f): f is OwnFile & { file: LoadedFile } => f.status === 'loaded' && f.file !== undefined);
    removedLast = kept.map(storedOf);
    this.undoable = removedLast.length;
    this.generation++;
    this.files = [];
    try {
      await clearEntries();
    } catch (e) {
      this.notify({ kind: 'storage', action: 'removeAll', name: '', reason: storageReason(e) });
    }
  }

  /** Undo the last "Remove all": the files come back in their order, kept again in IndexedDB. */
  async undoRemoveAll(): Promise<void> {
    const back = removedLast.filter((s) => !this.files.some((f) => f.id === s.id));
    removedLast = [];
    this.undoable = 0;
    this.files = [...back.map((s) => ({ ...s, status: 'loaded' as const, progress: 1 })), ...this.files].sort((a, b) => a.addedAt - b.addedAt);
    try {
      for (let i = 0; i < back.length; i += OwnReports.UNDO_PER_TASK) {
        if (i > 0) await yieldToMain();
        await putEntries(back.slice(i, i + OwnReports.UNDO_PER_TASK).map((s) => [s.id, s] as const));
      }
    } catch (e) {
      this.notify({ kind: 'storage', action: 'save', name: back.map((s) => s.name).join(', '), reason: storageReason(e) });
    }
  }

  /** Whether any file in the list is one of the example set's. */
  get hasExample(): boolean {
    return this.files.some((f) => f.example === true);
  }

  /** While the example set is written and read: its share done (0–1), else null. */
  exampleProgress = $state<number | null>(null);

  /**
   * "Try with example reports": the worker writes the example set's files (interchange CSV, one a
   * reporter) and reads each as a picked file is read (the same reader and checks); they join the
   * list together, flagged as examples, and are kept in IndexedDB in one transaction. Files of the
   * set already in the list are not added again.
   */
  async addExample(locale: ControlLocale, monthlyDelivered: number): Promise<void> {
    const id = `example-${(this.seq++).toString(36)}`;
    this.exampleProgress = 0;
    const reply = await this.ask({ type: 'example', id, monthlyDelivered, locale });
    this.exampleProgress = null;
    if (reply.type !== 'example') {
      this.notify({ kind: 'worker', detail: reply.type === 'failed' ? reply.detail : '' });
      return;
    }
    await yieldToMain();
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup inside one call, not state
    const have = new Set(this.files.filter((f) => f.example).map((f) => f.name));
    const now = Date.now();
    const added: OwnFile[] = reply.files
      .filter((f) => !have.has(f.name))
      .map((f, i) => {
        const blob = new Blob([f.text], { type: 'text/csv' });
        const base = { id: `${id}-${i.toString(36)}`, name: f.name, size: blob.size, lastModified: 0, addedAt: now + i / 1000, blob, include: false, example: true, ms: f.ms };
        return f.outcome.ok ? { ...base, status: 'loaded' as const, progress: 1, file: f.outcome.file } : { ...base, status: 'failed' as const, progress: 1, problem: f.outcome.problem };
      });
    this.files = [...this.files, ...added];
    await yieldToMain();
    try {
      await putEntries(added.filter((f): f is OwnFile & { file: LoadedFile } => f.file !== undefined).map((f) => [f.id, storedOf(f)] as const));
    } catch (e) {
      this.notify({ kind: 'storage', action: 'save', name: added.map((f) => f.name).join(', '), reason: storageReason(e) });
    }
  }

  /** "Remove example reports": every file of the example set, and only those. */
  async removeExamples(): Promise<void> {
    const examples = this.files.filter((f) => f.example === true);
    this.files = this.files.filter((f) => f.example !== true);
    try {
      for (const f of examples) await deleteEntry(f.id);
    } catch (e) {
      this.notify({ kind: 'storage', action: 'remove', name: examples.map((f) => f.name).join(', '), reason: storageReason(e) });
    }
  }

  /** Everything loaded, in the interchange format (read again in the worker). */
  async tidy(): Promise<string> {
    const files = this.files.filter((f) => f.status === 'loaded').map((f) => f.blob);
    const reply = await this.ask({ type: 'tidy', id: `tidy-${this.seq++}`, files });
    return reply.type === 'tidy' ? reply.text : '';
  }

  /**
   * One consolidated report of the counted files' reports (consolidate.ts), summed in the worker
   * from the files' rows; only files that hold the form and the quarter or the one before are read.
   */
  async consolidate(selection: Selection): Promise<Consolidation | undefined> {
    const previous = previousQuarter(selection.quarter);
    const blobs = this.files
      .filter((f) => f.status === 'loaded' && f.file && (isValid(f) || f.include) && f.file.forms.includes(selection.form) && f.file.periods.some((p) => [selection.quarter, previous].includes(quarterOf(p))))
      .map((f) => f.blob);
    const reply = await this.ask({ type: 'consolidate', id: `consolidate-${this.seq++}`, files: blobs, selection });
    return reply.type === 'consolidated' ? reply.result : undefined;
  }

  /** A file read and checked as any loaded one, but not added to the list (the consolidated report's findings). */
  async check(blob: Blob, locale: ControlLocale): Promise<LoadOutcome | undefined> {
    const reply = await this.ask({ type: 'load', id: `check-${this.seq++}`, file: blob, locale });
    return reply.type === 'loaded' ? reply.outcome : undefined;
  }

  destroy(): void {
    if (this.flushTimer !== undefined) clearTimeout(this.flushTimer);
    this.pool?.terminate();
  }
}

/** The files the workspace reads reports with (form versions, rows, checks, the filed report, regions). */
export const OWN_FILES = ['reference/control_forms.csv', 'reference/control_rows.csv', 'reference/control_checks.csv', 'control/report_cells.csv', 'reference/regions.csv'] as const;

/**
 * "Try with example reports" from a view other than the workspace (#/control, #/map): the same
 * path as there (the worker writes the files, reads them, IndexedDB keeps them, flagged), then the
 * worker is let go. False when the reference could not be loaded or a file could not be kept.
 */
export async function loadExampleReports(locale: ControlLocale): Promise<boolean> {
  const loaded = await loadDatasets(OWN_FILES);
  if (!loaded.ok) return false;
  const [forms, rows, checks, cells, regions] = loaded.data;
  const own = new OwnReports(rows, checks, forms, regions);
  try {
    await own.restore(locale);
    await own.addExample(locale, monthlyDelivered(cells));
    return own.notices.length === 0;
  } finally {
    own.destroy();
  }
}

export { countedReports, isValid } from '../../lib/control/own/counted.ts';
