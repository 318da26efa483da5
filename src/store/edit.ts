import { promisifyRequest } from 'idb-keyval';
import { defaultGetStore } from './database';
import { StoreError } from './errors';
import { connectionKey, type ConnectionRecord } from './records';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A quick structural check before editing a record in place; full validation is on read. */
export function isConnectionRecord(value: unknown): value is ConnectionRecord {
  return isObject(value) && value.v === 1 && typeof value.id === 'string' && isObject(value.sealed);
}

/** Changes to stored connections that need no decryption and no schema: Remove and Rename. */
export async function deleteConnection(id: string, customStore = defaultGetStore()): Promise<void> {
  await customStore('readwrite', (store) => {
    store.delete(connectionKey(id));
    return promisifyRequest(store.transaction);
  });
}

/** Sets or clears the local label; the record's secrets are untouched. */
export async function renameConnection(id: string, label: string, now = Date.now(), customStore = defaultGetStore()): Promise<void> {
  await customStore('readwrite', async (store) => {
    const record = await promisifyRequest(store.get(connectionKey(id)));
    if (!isConnectionRecord(record)) throw new StoreError('corrupt', 'the connection no longer exists');
    const trimmed = label.trim();
    const next: ConnectionRecord = { ...record, updatedAt: now };
    if (trimmed) next.label = trimmed;
    else delete next.label;
    store.put(next, connectionKey(id));
    return promisifyRequest(store.transaction);
  });
}
