import { del, promisifyRequest, update, type UseStore } from 'idb-keyval';
import { defaultGetStore } from './database';
import { StoreError } from './errors';
import { connectionKey, isConnectionRecord, type ConnectionRecord } from './records';

/** Changes to stored connections that need no decryption and no schema: Remove, Rename, the printer id, Replace. */
export function deleteConnection(id: string, customStore = defaultGetStore()): Promise<void> {
  return del(connectionKey(id), customStore);
}

/**
 * Changes one stored connection record in place (idb-keyval's `update`: one read-write
 * transaction). A record that is gone, or is not a connection, is a StoreError `corrupt`, and
 * nothing is written: `update` would otherwise store the change under a key that has no record.
 */
export function updateConnectionRecord(
  id: string,
  change: (record: ConnectionRecord) => ConnectionRecord,
  customStore: UseStore = defaultGetStore(),
): Promise<void> {
  return update(
    connectionKey(id),
    (value) => {
      if (!isConnectionRecord(value)) throw new StoreError('corrupt', 'the connection no longer exists');
      return change(value);
    },
    customStore,
  );
}

/** Sets or clears the local label; the record's secrets are untouched. */
export function renameConnection(id: string, label: string, now = Date.now(), customStore = defaultGetStore()): Promise<void> {
  return updateConnectionRecord(
    id,
    (record) => {
      const next: ConnectionRecord = { ...record, updatedAt: now };
      const trimmed = label.trim();
      if (trimmed) next.label = trimmed;
      else delete next.label;
      return next;
    },
    customStore,
  );
}

/**
 * The user's answer "replace the old card" after connecting a printer that already had one: the
 * new connection takes the old card's place and local name, and the old one is deleted. One
 * transaction; nothing changes when either is gone.
 * Hand-written: two records read and two changed, all or nothing, which no idb-keyval call does.
 * Only IndexedDB requests are awaited inside it, or the transaction would commit early.
 */
export async function replaceOldCard(oldId: string, newId: string, now = Date.now(), customStore = defaultGetStore()): Promise<void> {
  await customStore('readwrite', async (store) => {
    const old = await promisifyRequest(store.get(connectionKey(oldId)));
    const current = await promisifyRequest(store.get(connectionKey(newId)));
    if (!isConnectionRecord(old) || !isConnectionRecord(current)) throw new StoreError('corrupt', 'one of the two connections no longer exists');
    const next = { ...current, connectedAt: old.connectedAt, updatedAt: now };
    if (old.label && !current.label) next.label = old.label;
    store.put(next, connectionKey(newId));
    store.delete(connectionKey(oldId));
    return promisifyRequest(store.transaction);
  });
}
