import 'fake-indexeddb/auto';
import type { UseStore } from 'idb-keyval';
import { createKvStore } from '../../src/store/database';

/**
 * Stores for the unit tests, on fake-indexeddb. Every store operation takes the store as its last
 * parameter, so a test passes one on a database of its own: empty, with no encryption key yet, and
 * nothing to reset afterwards.
 */
let count = 0;

export function testDatabaseName(): string {
  count += 1;
  return `test-${count}`;
}

/** A store on a new database; pass the name of an existing one to open it again, as a reloaded page would. */
export function freshStore(name = testDatabaseName()): UseStore {
  return createKvStore(name);
}
