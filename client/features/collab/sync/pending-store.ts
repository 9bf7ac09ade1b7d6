import type { PendingEntry, PendingLog } from './ports.js';

/**
 * Unacknowledged local updates in IndexedDB, so that an edit made just before a reload, a crash or
 * a lost connection is sent when the section is opened again. One object store, auto-incremented
 * keys (their order is the order of the edits), an index on the scope (user and section).
 */

const DB_NAME = 'balans-collab';
const DB_VERSION = 1;
const STORE = 'pending';
const BY_SCOPE = 'scope';

interface StoredUpdate {
  scope: string;
  update: Uint8Array;
}

let database: Promise<IDBDatabase> | null = null;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  database ??= new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(DB_NAME, DB_VERSION);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore(STORE, { autoIncrement: true });
      store.createIndex(BY_SCOPE, 'scope');
    };
    open.onsuccess = () => {
      // Another tab upgrading the schema must not be blocked by us.
      open.result.onversionchange = () => {
        open.result.close();
        database = null;
      };
      resolve(open.result);
    };
    open.onerror = () => reject(open.error ?? new Error('IndexedDB unavailable'));
    open.onblocked = () => reject(new Error('IndexedDB blocked'));
  });
  database.catch(() => {
    database = null;
  });
  return database;
}

/**
 * Pending updates of one section for one user in IndexedDB; in memory when there is no IndexedDB.
 * Failures reject: the sync then keeps the update in memory only (see SectionSync).
 */
export function openPendingLog(scope: string): PendingLog {
  if (typeof indexedDB === 'undefined') return memoryPendingLog();

  const withStore = async <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => Promise<T>): Promise<T> => {
    const db = await openDatabase();
    const tx = db.transaction(STORE, mode);
    const [result] = await Promise.all([work(tx.objectStore(STORE)), done(tx)]);
    return result;
  };

  return {
    load: () =>
      withStore(
        'readonly',
        (store) =>
          new Promise<PendingEntry[]>((resolve, reject) => {
            const entries: PendingEntry[] = [];
            const cursor = store.index(BY_SCOPE).openCursor(IDBKeyRange.only(scope));
            cursor.onsuccess = () => {
              const current = cursor.result;
              if (!current) return resolve(entries);
              const value = current.value as StoredUpdate;
              entries.push({ key: current.primaryKey as number, update: new Uint8Array(value.update) });
              current.continue();
            };
            cursor.onerror = () => reject(cursor.error ?? new Error('IndexedDB cursor failed'));
          }),
      ),
    add: (update) => {
      const value: StoredUpdate = { scope, update };
      return withStore('readwrite', (store) => request(store.add(value))) as Promise<number>;
    },
    remove: (keys) =>
      withStore('readwrite', async (store) => {
        await Promise.all(keys.map((key) => request(store.delete(key))));
      }),
  };
}

/** A pending log that lasts as long as the page: for tests, and where IndexedDB is unavailable. */
export function memoryPendingLog(): PendingLog {
  const entries = new Map<number, Uint8Array>();
  let next = 1;
  return {
    load: async () => [...entries].map(([key, update]) => ({ key, update })),
    add: async (update) => {
      entries.set(next, update);
      return next++;
    },
    remove: async (keys) => {
      for (const key of keys) entries.delete(key);
    },
  };
}
