import type { UseStore } from 'idb-keyval';
import type { Connection } from '../model';
import { connectionRecord, type ConnectionRecord } from './records';
import { seal } from './sealing';

/** A connection as stored: its secrets sealed, everything else as is. */
export async function toRecord(connection: Connection, customStore: UseStore): Promise<ConnectionRecord> {
  const { secrets, ...fields } = connection;
  return connectionRecord(fields, await seal(secrets, connection.id, customStore));
}
