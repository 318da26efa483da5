import { promisifyRequest } from 'idb-keyval';
import type { Connection } from '../model';
import { toRecord } from './sealed-record';
import { defaultGetStore } from './database';
import { connectionKey } from './records';

/**
 * What the last import replaced, for one "Undo import": the raw stored value of every record it
 * wrote (null where it added one). Kept in IndexedDB rather than in memory: it survives a reload
 * and a closed tab, so the credentials an import replaced are not lost with the page; and it holds
 * only sealed records, exactly as stored, so it is no weaker than the records themselves (and a
 * record that could not be read comes back byte for byte). The next import overwrites it; an undo
 * deletes it.
 */
export const IMPORT_UNDO_KEY = 'meta:import-undo';

export interface ImportUndoRecord {
  v: 1;
  at: number;
  entries: Array<{ id: string; previous: unknown }>;
}

/**
 * Writes restored connections all or nothing, with the undo record in the same transaction: a
 * failed import leaves the store as it was. Hand-written, not idb-keyval's `setMany`: the undo
 * record needs the values each put replaces, read in that same transaction. Sealing runs first
 * because Web Crypto is async, and an IndexedDB transaction commits itself as soon as it has no
 * request pending across an await: only IndexedDB requests are awaited inside it.
 */
export async function importConnections(toSave: Connection[], now = Date.now(), customStore = defaultGetStore()): Promise<void> {
  if (toSave.length === 0) return;
  const records = await Promise.all(toSave.map((connection) => toRecord(connection, customStore)));
  await customStore('readwrite', async (store) => {
    // Requests run in order: each get sees the value from before the put that follows it.
    const previous = Promise.all(records.map((record) => promisifyRequest(store.get(connectionKey(record.id)))));
    try {
      for (const record of records) store.put(record, connectionKey(record.id));
      const values = await previous;
      const undo: ImportUndoRecord = { v: 1, at: now, entries: records.map((record, i) => ({ id: record.id, previous: values[i] ?? null })) };
      store.put(undo, IMPORT_UNDO_KEY);
    } catch (error) {
      // A put that throws (say, a value that cannot be cloned) does not abort the puts before it.
      previous.catch(() => undefined);
      store.transaction.abort();
      throw error;
    }
    return promisifyRequest(store.transaction);
  });
}
