import { promisifyRequest } from 'idb-keyval';
import type { Connection } from '../model';
import { kvStore } from './database';
import { attemptKey, connectionKey, labelOf, readAttemptRecord, type AttemptRecord } from './records';
import { toRecord } from './sealed-record';

/**
 * The callback page's side of an attempt: read it, and end it with its outcome. Kept apart from
 * the dashboard's attempt bookkeeping so the callback page loads only this.
 */
export async function readAttempt(nonce: string): Promise<AttemptRecord | null> {
  return readAttemptRecord(await kvStore('readonly', (store) => promisifyRequest(store.get(attemptKey(nonce)))));
}

export type FinishStatus = 'finished' | 'missing' | 'expired' | 'used';

export type AttemptEnd =
  | { outcome: 'connected'; connection: Connection }
  | { outcome: 'declined' }
  | { outcome: 'rejected'; reason: string };

/**
 * Ends an attempt with its outcome. For `connected`, stores the connection (replacing the one the
 * attempt reconnects, and keeping the local label of one with the same id) in the same transaction.
 */
export async function finishAttempt(nonce: string, end: AttemptEnd, now = Date.now()): Promise<FinishStatus> {
  const record = end.outcome === 'connected' ? await toRecord(end.connection) : null;
  return kvStore('readwrite', async (store) => {
    const attempt = readAttemptRecord(await promisifyRequest(store.get(attemptKey(nonce))));
    if (!attempt) return 'missing';
    if (attempt.result) return 'used';
    if (attempt.expiresAt <= now) return 'expired';
    const result: NonNullable<AttemptRecord['result']> = { outcome: end.outcome, at: now };
    if (end.outcome === 'rejected') result.reason = end.reason;
    if (record) {
      const previousLabel = labelOf(await promisifyRequest(store.get(connectionKey(record.id))));
      if (previousLabel) record.label = previousLabel;
      if (attempt.printerId) record.printerId = attempt.printerId;
      store.put(record, connectionKey(record.id));
      if (attempt.replaces && attempt.replaces !== record.id) store.delete(connectionKey(attempt.replaces));
      result.connectionId = record.id;
      result.printerName = record.printerName;
    }
    store.put({ ...attempt, result }, attemptKey(nonce));
    await promisifyRequest(store.transaction);
    return 'finished';
  });
}

