import type { Connection } from '../model';
import { connectionRecord, type ConnectionRecord } from './records';
import { defaultGetStore } from './database';
import { seal } from './sealing';

/** A connection as stored: its secrets sealed, everything else as is. */
export async function toRecord(connection: Connection, customStore = defaultGetStore()): Promise<ConnectionRecord> {
  const { secrets, ...fields } = connection;
  return connectionRecord(fields, await seal(secrets, connection.id, customStore));
}
