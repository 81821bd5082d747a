// Loaded reports kept in this browser (IndexedDB), never sent anywhere. A dozen lines over the
// raw API instead of a wrapper library: three operations on one object store. Every call may
// fail (private mode, quota): the caller keeps what is in memory and says so.

import { yieldToMain } from '../../schedule/yield-to-main.ts';

const DB = 'sapa-own-reports';
const STORE = 'files';

/**
 * The connection, opened once per page or worker and kept: an archive's hundreds of files are
 * kept one transaction each, and opening the database for each cost the browser a round of work.
 * Closed when another connection asks to upgrade or delete the database, or when the browser
 * closes it; the next call opens it again.
 */
let connection: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
  connection ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => {
      const db = req.result;
      const forget = () => {
        db.close();
        connection = undefined;
      };
      db.onversionchange = forget;
      db.onclose = () => (connection = undefined);
      resolve(db);
    };
    req.onerror = () => reject(req.error ?? new Error('indexedDB.open failed'));
  }).catch((e: unknown) => {
    connection = undefined;
    throw e;
  });
  return connection;
}

/**
 * Relaxed durability: a commit does not wait for the disk to flush. The files are the reader's
 * own and still on their disk; what a power cut could lose is the last files kept, read again on
 * the next load.
 */
const OPTIONS: IDBTransactionOptions = { durability: 'relaxed' };

/** One transaction: `op` makes its requests (one or several); the result of the one it returns, once all are done. */
async function run<T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  return await new Promise<T>((resolve, reject) => {
    const tx = db.transaction(STORE, mode, OPTIONS);
    const req = op(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(req.result);
    tx.onerror = () => reject(tx.error ?? req.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export const putEntry = <T>(key: string, value: T) => run('readwrite', (s) => s.put(value, key)).then(() => undefined);
/** Several entries in one transaction (the example set's files: one write instead of sixty). */
export async function putEntries<T>(entries: ReadonlyArray<readonly [string, T]>): Promise<void> {
  if (entries.length === 0) return;
  await run('readwrite', (s) => {
    let last: IDBRequest<IDBValidKey> | undefined;
    for (const [key, value] of entries) last = s.put(value, key);
    return last as IDBRequest<IDBValidKey>;
  });
}
export const deleteEntry = (key: string) => run('readwrite', (s) => s.delete(key)).then(() => undefined);
export const clearEntries = () => run('readwrite', (s) => s.clear()).then(() => undefined);

/** Entries read per transaction by entriesInSteps: each is structured-cloned back on the main thread. */
export const ENTRIES_PER_STEP = 8;

/**
 * Every entry, read a few at a time (the keys first, then ranges of them, one
 * transaction each, with a turn for the page between): hundreds of kept files with their findings
 * would otherwise come back in one long main-thread task. Values in key order.
 */
export async function entriesInSteps<T>(perStep = ENTRIES_PER_STEP, between: () => Promise<void> = yieldToMain): Promise<T[]> {
  const keys = await run<IDBValidKey[]>('readonly', (s) => s.getAllKeys());
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += perStep) {
    if (i > 0) await between();
    const range = IDBKeyRange.bound(keys[i], keys[Math.min(keys.length, i + perStep) - 1]);
    // A range, not the keys one by one: one request, in key order (an entry added meanwhile inside
    // the range comes too, as it would with getAll).
    out.push(...(await run<T[]>('readonly', (s) => s.getAll(range) as IDBRequest<T[]>)));
  }
  return out;
}

/** Why the browser's storage refused: full (quota), not available here (private mode, turned off), or unsaid. */
export type StorageReason = 'quota' | 'unavailable' | 'other';

/**
 * The reason behind a storage error, from its name: browsers give QuotaExceededError a message
 * that is often empty, so the message alone ("Could not save ()") says nothing.
 */
export function storageReason(e: unknown): StorageReason {
  const name = e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException) ? (e as Error).name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'quota';
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'UnknownError' || name === 'NotAllowedError') return 'unavailable';
  return 'other';
}
