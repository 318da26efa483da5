import { del, update, type UseStore } from 'idb-keyval';
import { defaultGetStore } from './database';
import { StoreError } from './errors';
import { connectionKey, isConnectionRecord, type ConnectionRecord } from './records';

/** Changes to stored connections that need no decryption and no schema: Remove, Rename, the printer id. */
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
