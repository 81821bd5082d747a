import { describe, expect, it } from 'vitest';
import { poolSize, WorkerPool, type WorkerLike } from '../../src/lib/control/own/worker-pool.ts';
import type { WorkerReply, WorkerRequest } from '../../src/lib/control/own/worker.ts';

/** A fake worker: records what it is sent; `answer` replies to a request by id. */
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  got: WorkerRequest[] = [];
  terminated = false;
  postMessage(m: WorkerRequest): void {
    this.got.push(m);
  }
  terminate(): void {
    this.terminated = true;
  }
  send(m: WorkerReply): void {
    this.onmessage?.({ data: m } as MessageEvent<WorkerReply>);
  }
  ids(): string[] {
    return this.got.flatMap((m) => ('id' in m ? [m.id] : []));
  }
}

const init: WorkerRequest = { type: 'init', rows: [], checks: [], forms: [], regions: [] };
const load = (id: string): WorkerRequest & { id: string } => ({ type: 'load', id, file: new Blob([id]), locale: 'en' });
const done = (id: string): WorkerReply => ({ type: 'failed', id, detail: id });

function pool(size: number) {
  const workers: FakeWorker[] = [];
  const started: string[] = [];
  const progress: Array<[string, number]> = [];
  const p = new WorkerPool({
    create: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    init,
    size,
    onStart: (id) => started.push(id),
    onProgress: (id, f) => progress.push([id, f]),
  });
  return { p, workers, started, progress };
}

describe('worker pool', () => {
  it('starts a worker only when there is work, each with the reference first', () => {
    const { p, workers } = pool(3);
    expect(workers).toHaveLength(0);
    void p.ask(load('a'));
    expect(workers).toHaveLength(1);
    expect(workers[0]?.got[0]).toBe(init);
  });

  it('spreads files over the workers in the order added, two at most per worker, the rest waiting', () => {
    const { p, workers, started } = pool(2);
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) void p.ask(load(id));
    expect(workers).toHaveLength(2);
    expect(workers.map((w) => w.ids())).toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    // The worker that finishes first takes the next file waiting.
    workers[1]?.send(done('b'));
    expect(workers[1]?.ids()).toEqual(['b', 'd', 'e']);
    workers[1]?.send(done('d'));
    expect(workers[1]?.ids()).toEqual(['b', 'd', 'e', 'f']);
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(workers[0]?.ids()).toEqual(['a', 'c']);
  });

  it('resolves each request with its own reply, whatever order the workers answer in; progress goes apart', async () => {
    const { p, workers, progress } = pool(2);
    const a = p.ask(load('a'));
    const b = p.ask(load('b'));
    workers[1]?.send({ type: 'progress', id: 'b', fraction: 0.5 });
    workers[1]?.send(done('b'));
    workers[0]?.send(done('a'));
    expect(await a).toEqual(done('a'));
    expect(await b).toEqual(done('b'));
    expect(progress).toEqual([['b', 0.5]]);
  });

  it('reuses an idle worker before starting another', () => {
    const { p, workers } = pool(4);
    void p.ask(load('a'));
    workers[0]?.send(done('a'));
    void p.ask(load('b'));
    expect(workers).toHaveLength(1);
    expect(workers[0]?.ids()).toEqual(['a', 'b']);
  });

  it('never starts more workers than its size, and terminates them all', () => {
    const { p, workers } = pool(1);
    for (const id of ['a', 'b', 'c']) void p.ask(load(id));
    expect(workers).toHaveLength(1);
    expect(workers[0]?.ids()).toEqual(['a', 'b']);
    p.terminate();
    expect(workers[0]?.terminated).toBe(true);
  });

  it('reads with 2 to 4 workers, after the cores the browser reports', () => {
    expect(poolSize(undefined)).toBe(2);
    expect(poolSize(1)).toBe(2);
    expect(poolSize(3)).toBe(3);
    expect(poolSize(16)).toBe(4);
  });
});
