import type { UseStore } from 'idb-keyval';
import { toStoreError } from './errors';
import { StoreFailure } from './failure';

/**
 * One database, one object store, keys prefixed by kind (`conn:`, `attempt:`, `meta:`), so the
 * callback page can consume an attempt and store its connection in a single transaction.
 * As idb-keyval does it: every store operation takes the store as its last, defaulted parameter
 * (`customStore = defaultGetStore()`), so a test passes a store of its own and nothing needs a reset.
 * idb-keyval's own `createStore` ignores `blocked` (the open would hang) and `versionchange`
 * (this tab would block another's upgrade); this opener handles both.
 */
const DB_NAME = 'oe-dashboard';
const STORE_NAME = 'kv';
const VERSION = 1;
const OPEN_TIMEOUT_MS = 10_000;

function openDatabase(name: string, version: number, onClose: () => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') throw new StoreFailure('unavailable');
    const request = indexedDB.open(name, version);
    const timer = setTimeout(() => reject(new StoreFailure('blocked', 'timed out')), OPEN_TIMEOUT_MS);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE_NAME)) request.result.createObjectStore(STORE_NAME);
    };
    request.onblocked = () => {
      clearTimeout(timer);
      reject(new StoreFailure('blocked'));
    };
    request.onerror = () => {
      clearTimeout(timer);
      reject(request.error);
    };
    request.onsuccess = () => {
      clearTimeout(timer);
      const db = request.result;
      db.onversionchange = () => {
        db.close();
        onClose();
      };
      db.onclose = onClose;
      resolve(db);
    };
  });
}

/**
 * An idb-keyval store on the database `name` at `version`. It opens on first use, and again after
 * another tab's upgrade closed it; every failure leaves it through `toError`.
 */
function kvStore(name: string, version: number, toError: (error: unknown) => unknown, eager = false): UseStore {
  let opening: Promise<IDBDatabase> | null = null;
  const database = (): Promise<IDBDatabase> =>
    (opening ??= openDatabase(name, version, () => (opening = null)).catch((error: unknown) => {
      opening = null; // the next operation tries again
      throw error;
    }));
  // A failed early open is tried again by the first operation.
  if (eager) database().catch(() => {});
  // Every failure, opening included, leaves here.
  return async (mode, callback) => {
    try {
      const db = await database();
      return await callback(db.transaction(STORE_NAME, mode).objectStore(STORE_NAME));
    } catch (error) {
      throw toError(error);
    }
  };
}

/** The dashboard's kind of store: every failure becomes a StoreError, in words. */
export const createKvStore = (name = DB_NAME, version = VERSION): UseStore => kvStore(name, version, toStoreError);

/**
 * The callback page's store: the same database, opening at once (while the page parses the
 * portal's answer), its failures left as they are (a StoreFailure or what IndexedDB threw),
 * worded by that page's views, which load only when needed.
 */
export const callbackStore = (): UseStore => kvStore(DB_NAME, VERSION, (error) => error, true);

let defaultStore: UseStore | undefined;

/** The dashboard's own store, made on first use (nothing opens until a first operation). */
export function defaultGetStore(): UseStore {
  return (defaultStore ??= createKvStore());
}
