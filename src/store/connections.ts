import { set, type UseStore } from 'idb-keyval';
import { isObject } from '../guards';
import type { Connection } from '../model';
import { defaultGetStore } from './database';
import { CONNECTION_PREFIX, connectionKey } from './records';
import { readConnectionRecord, secretsSchema } from './schema';
import { toRecord } from './sealed-record';
import { unseal } from './unseal';

export { toRecord };

/**
 * A stored record the dashboard cannot show as a connection. It is kept exactly as it is, never
 * rewritten or deleted by the dashboard itself: only the person's Remove, or an import of a backup
 * entry with the same id, replaces it.
 */
export interface UnreadableConnection {
  /** From the record's key, so Remove and a restoring import find it whatever the record holds. */
  id: string;
  /** Its local or OctoEverywhere name, when the record still holds one as plain text. */
  name: string | null;
  /**
   * `undecryptable`: its credentials do not open with this browser's key (the key was lost; a
   * backup restores them). `damaged`: they open, or are missing, but the record is invalid.
   */
  problem: 'undecryptable' | 'damaged';
  /** Everything that could be read, credentials included when they decrypt: "Export this entry". */
  entry: Record<string, unknown> | null;
}

export interface ConnectionList {
  connections: Connection[];
  unreadable: UnreadableConnection[];
}

const plainName = (record: Record<string, unknown>): string | null =>
  [record.label, record.printerName].find((v): v is string => typeof v === 'string' && v.trim() !== '')?.trim() ?? null;

type Read = { ok: true; connection: Connection } | { ok: false; unreadable: UnreadableConnection };

async function readOne(id: string, raw: unknown, customStore: UseStore): Promise<Read> {
  const record = isObject(raw) ? raw : {};
  const name = plainName(record);
  const opened = await unseal(record.sealed, typeof record.id === 'string' ? record.id : id, customStore);
  if (opened && !opened.opened) return { ok: false, unreadable: { id, name, problem: 'undecryptable', entry: null } };
  const valid = readConnectionRecord(raw);
  const secrets = secretsSchema.safeParse(opened?.value);
  if (valid && valid.id === id && secrets.success) {
    const { sealed: _sealed, v: _v, ...fields } = valid;
    return { ok: true, connection: { ...fields, secrets: secrets.data } };
  }
  const { sealed: _sealed, v: _v, ...fields } = record;
  const entry = opened?.value === undefined ? null : { ...fields, secrets: opened.value };
  return { ok: false, unreadable: { id, name, problem: 'damaged', entry } };
}

/**
 * Every key in `range` with its value, from one cursor. Not getAllKeys beside getAll: in the e2e
 * suite's Chromium (143) that pair in one transaction now and then never answered, leaving the
 * list at "Loading your printers…" (4 of 11 full runs,
 * while later transactions answered; with one cursor, 4 full runs of 4 passed).
 */
function keyedValues(store: IDBObjectStore, range: IDBKeyRange): Promise<[IDBValidKey, unknown][]> {
  return new Promise((resolve, reject) => {
    const found: [IDBValidKey, unknown][] = [];
    const request = store.openCursor(range);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(found);
      found.push([cursor.key, cursor.value]);
      cursor.continue();
    };
    request.onerror = () => reject(request.error);
  });
}

/** Every stored connection, oldest first, and every record that could not be read, none left out. */
export async function listConnections(customStore = defaultGetStore()): Promise<ConnectionList> {
  const range = IDBKeyRange.bound(CONNECTION_PREFIX, `${CONNECTION_PREFIX}\uffff`);
  const records = await customStore('readonly', (store) => keyedValues(store, range));
  const reads = await Promise.all(records.map(([key, value]) => readOne(String(key).slice(CONNECTION_PREFIX.length), value, customStore)));
  const connections: Connection[] = [];
  const unreadable: UnreadableConnection[] = [];
  for (const read of reads) {
    if (read.ok) connections.push(read.connection);
    else unreadable.push(read.unreadable);
  }
  connections.sort((a, b) => a.connectedAt - b.connectedAt || a.id.localeCompare(b.id));
  return { connections, unreadable };
}

export async function saveConnection(connection: Connection, customStore = defaultGetStore()): Promise<void> {
  // Sealed first: Web Crypto is async, and a transaction must not wait on it.
  await set(connectionKey(connection.id), await toRecord(connection, customStore), customStore);
}
