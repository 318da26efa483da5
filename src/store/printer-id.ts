import { promisifyRequest } from 'idb-keyval';
import { defaultGetStore } from './database';
import { isConnectionRecord } from './edit';
import { connectionKey } from './records';

/**
 * Remembers the OctoEverywhere printer id a connection's plugin reported, so Reconnect can ask the
 * portal for that printer. The secrets are untouched; a connection removed meanwhile stays removed.
 * Returns whether anything changed.
 */
export async function rememberPrinterId(id: string, printerId: string, customStore = defaultGetStore()): Promise<boolean> {
  return customStore('readwrite', async (store) => {
    const record = await promisifyRequest(store.get(connectionKey(id)));
    if (!isConnectionRecord(record) || record.printerId === printerId) return false;
    store.put({ ...record, printerId }, connectionKey(id));
    await promisifyRequest(store.transaction);
    return true;
  });
}
