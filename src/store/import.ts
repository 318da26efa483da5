import { promisifyRequest } from 'idb-keyval';
import type { Connection } from '../model';
import { toRecord } from './sealed-record';
import { kvStore } from './database';
import { connectionKey } from './records';

/**
 * Writes restored connections all or nothing: a failed import leaves the store as it was.
 * Sealing runs first because Web Crypto is async, and an IndexedDB transaction commits itself
 * as soon as it has no request pending across an await.
 */
export async function importConnections(toSave: Connection[]): Promise<void> {
  if (toSave.length === 0) return;
  const records = await Promise.all(toSave.map((connection) => toRecord(connection)));
  await kvStore('readwrite', (store) => {
    try {
      for (const record of records) store.put(record, connectionKey(record.id));
    } catch (error) {
      // A put that throws (say, a value that cannot be cloned) does not abort the puts before it.
      store.transaction.abort();
      throw error;
    }
    return promisifyRequest(store.transaction);
  });
}
