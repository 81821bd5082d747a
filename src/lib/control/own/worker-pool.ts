// The Web Workers of "Your reports" and the one place that speaks their protocol (worker.ts): a
// small pool, so that an archive of hundreds of files is read on every core instead of one file
// at a time. Requests wait in one queue, first in first out, and each goes to a worker with room:
// files start in the order they were added. Each worker holds at most two requests (the one it
// reads and the next one, so it never waits for the page between files). Workers are started
// only when there is work for them (one file starts one worker), each given the reference first.
import type { WorkerReply, WorkerRequest } from './worker.ts';

/** What the pool needs of a Worker (a fake one in the unit tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

type Asked = WorkerRequest & { id: string };

export interface PoolOptions {
  /** Starts one worker. */
  create: () => WorkerLike;
  /** The first message every worker gets (the reference it reads with). */
  init: WorkerRequest;
  /** Workers at most (at least 1). */
  size: number;
  /** A request's progress (0–1). */
  onProgress?: (id: string, fraction: number) => void;
  /** A request was handed to a worker (a file's reading starts). */
  onStart?: (id: string) => void;
  /** A worker failed outside any request (its script could not load, say). */
  onError?: (detail: string) => void;
}

/** Requests a worker holds at once: the one being done and the next. */
const DEPTH = 2;

/** How many workers to read with: the cores the browser reports, 2 to 4. */
export function poolSize(cores: number | undefined): number {
  return Math.max(2, Math.min(cores || 2, 4));
}

export class WorkerPool {
  private workers: Array<{ worker: WorkerLike; held: Set<string> }> = [];
  private waiting: Asked[] = [];
  // Replies awaited, not state.
  private pending = new Map<string, (m: WorkerReply) => void>();

  constructor(private readonly options: PoolOptions) {}

  /** The reply to a request (its last message: progress goes to onProgress). */
  ask(m: Asked): Promise<WorkerReply> {
    return new Promise((resolve) => {
      this.pending.set(m.id, resolve);
      this.waiting.push(m);
      this.pump();
    });
  }

  /** Workers started so far. */
  get started(): number {
    return this.workers.length;
  }

  terminate(): void {
    for (const w of this.workers) w.worker.terminate();
    this.workers = [];
    this.waiting = [];
    this.pending.clear();
  }

  private start(): { worker: WorkerLike; held: Set<string> } {
    const worker = this.options.create();
    const entry = { worker, held: new Set<string>() };
    worker.onmessage = (e) => this.reply(entry, e.data);
    worker.onerror = (e) => this.options.onError?.(e.message);
    worker.postMessage(this.options.init);
    this.workers.push(entry);
    return entry;
  }

  private reply(entry: { held: Set<string> }, m: WorkerReply): void {
    if (m.type === 'progress') {
      this.options.onProgress?.(m.id, m.fraction);
      return;
    }
    entry.held.delete(m.id);
    const resolve = this.pending.get(m.id);
    this.pending.delete(m.id);
    this.pump();
    resolve?.(m);
  }

  /** Hand waiting requests to the least busy worker with room, starting one while the pool is not full. */
  private pump(): void {
    const size = Math.max(1, this.options.size);
    while (this.waiting.length > 0) {
      let best = this.workers[0];
      for (const w of this.workers) if (w.held.size < (best as { held: Set<string> }).held.size) best = w;
      if (!best || (best.held.size > 0 && this.workers.length < size)) best = this.start();
      if (best.held.size >= DEPTH) return;
      const m = this.waiting.shift() as Asked;
      best.held.add(m.id);
      best.worker.postMessage(m);
      this.options.onStart?.(m.id);
    }
  }
}
