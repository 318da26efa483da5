import type { UseStore } from 'idb-keyval';
import { StoreError, toStoreError } from './errors';

/**
 * One database, one object store, keys prefixed by kind (`conn:`, `attempt:`, `meta:`), so the
 * callback page can consume an attempt and store its connection in a single transaction.
 * idb-keyval's own `createStore` ignores `blocked` (the open would hang) and `versionchange`
 * (this tab would block another's upgrade); this opener handles both.
 */
const DB_NAME = 'oe-dashboard';
const STORE_NAME = 'kv';
const VERSION = 1;
const OPEN_TIMEOUT_MS = 10_000;

let opening: Promise<IDBDatabase> | null = null;

/** Opens (and if needed creates or upgrades) the database; `version` is a parameter for tests. */
export function openDatabase(version = VERSION): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') throw new StoreError('unavailable');
    const request = indexedDB.open(DB_NAME, version);
    const timer = setTimeout(() => reject(new StoreError('blocked', 'timed out')), OPEN_TIMEOUT_MS);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE_NAME)) request.result.createObjectStore(STORE_NAME);
    };
    request.onblocked = () => {
      clearTimeout(timer);
      reject(new StoreError('blocked'));
    };
    request.onerror = () => {
      clearTimeout(timer);
      reject(toStoreError(request.error));
    };
    request.onsuccess = () => {
      clearTimeout(timer);
      const db = request.result;
      const forget = () => {
        opening = null;
      };
      db.onversionchange = () => {
        db.close();
        forget();
      };
      db.onclose = forget;
      resolve(db);
    };
  });
}

function database(): Promise<IDBDatabase> {
  opening ??= openDatabase().catch((error: unknown) => {
    opening = null;
    throw toStoreError(error);
  });
  return opening;
}

/** An idb-keyval store on our database; every failure becomes a StoreError. */
export const kvStore: UseStore = async (mode, callback) => {
  try {
    const db = await database();
    return await callback(db.transaction(STORE_NAME, mode).objectStore(STORE_NAME));
  } catch (error) {
    throw toStoreError(error);
  }
};

/** For tests: forget the open connection so the next call opens afresh. */
export function closeDatabaseForTests(): void {
  void opening?.then((db) => db.close());
  opening = null;
}
