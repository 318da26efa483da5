import { promisifyRequest } from 'idb-keyval';
import type { Connection } from '../model';
import { kvStore } from './database';
import { valuesWithPrefix } from './range';
import { StoreError } from './errors';
import { CONNECTION_PREFIX, connectionKey, type ConnectionRecord } from './records';
import { readConnectionRecord, secretsSchema } from './schema';
import { toRecord } from './sealed-record';
import { unseal } from './unseal';

export { toRecord };

async function fromRecord(record: ConnectionRecord): Promise<Connection> {
  const secrets = secretsSchema.safeParse(await unseal(record.sealed, record.id));
  if (!secrets.success) throw new StoreError('corrupt', 'credentials are incomplete');
  const { sealed: _sealed, v: _v, ...fields } = record;
  return { ...fields, secrets: secrets.data };
}

export interface ConnectionList {
  connections: Connection[];
  /** Records that exist but could not be read; kept, never deleted automatically. */
  unreadable: number;
}

/** Every stored connection, oldest first. */
export async function listConnections(): Promise<ConnectionList> {
  const raw = await valuesWithPrefix(CONNECTION_PREFIX);
  const results = await Promise.allSettled(
    raw.map((value) => {
      const record = readConnectionRecord(value);
      return record ? fromRecord(record) : Promise.reject(new StoreError('corrupt'));
    }),
  );
  const connections: Connection[] = [];
  let unreadable = 0;
  for (const result of results) {
    if (result.status === 'fulfilled') connections.push(result.value);
    else if (result.reason instanceof StoreError && result.reason.kind === 'corrupt') unreadable += 1;
    else throw result.reason;
  }
  connections.sort((a, b) => a.connectedAt - b.connectedAt || a.id.localeCompare(b.id));
  return { connections, unreadable };
}

export async function saveConnection(connection: Connection): Promise<void> {
  const record = await toRecord(connection);
  await kvStore('readwrite', (store) => {
    store.put(record, connectionKey(connection.id));
    return promisifyRequest(store.transaction);
  });
}
