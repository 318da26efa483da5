import { promisifyRequest } from 'idb-keyval';
import type { Connection } from '../model';
import { kvStore, valuesWithPrefix } from './database';
import { ATTEMPT_PREFIX, attemptKey, connectionKey, labelOf, readAttemptRecord, type AttemptRecord } from './records';
import { toRecord } from './sealed-record';

/**
 * A connect attempt, stored before the portal opens. Its nonce travels in the returnUrl; the
 * callback page only stores a connection for a nonce found here, unused and unexpired, and marks
 * it used in the same transaction, so a replayed callback URL stores nothing.
 */
export const ATTEMPT_LIFETIME_MS = 30 * 60 * 1000;

export interface NewAttempt {
  nonce: string;
  mode: AttemptRecord['mode'];
  replaces?: string | undefined;
  printerId?: string | undefined;
}

export async function createAttempt(attempt: NewAttempt, now = Date.now()): Promise<AttemptRecord> {
  const record: AttemptRecord = { v: 1, ...attempt, createdAt: now, expiresAt: now + ATTEMPT_LIFETIME_MS };
  if (record.replaces === undefined) delete record.replaces;
  if (record.printerId === undefined) delete record.printerId;
  await kvStore('readwrite', (store) => {
    store.add(record, attemptKey(attempt.nonce));
    return promisifyRequest(store.transaction);
  });
  return record;
}

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

/** Attempts ended in `tab` mode whose outcome the dashboard has not shown yet; removes them. */
export async function takeFinishedTabAttempts(): Promise<AttemptRecord[]> {
  const all = await listAttempts();
  const finished = all.filter((a) => a.mode === 'tab' && a.result);
  await deleteAttempts(finished.map((a) => a.nonce));
  return finished;
}

/** Drops attempts past their expiry: they can no longer store anything. */
export async function pruneExpiredAttempts(now = Date.now()): Promise<number> {
  const expired = (await listAttempts()).filter((a) => a.expiresAt <= now);
  await deleteAttempts(expired.map((a) => a.nonce));
  return expired.length;
}

async function listAttempts(): Promise<AttemptRecord[]> {
  const raw = await valuesWithPrefix(ATTEMPT_PREFIX);
  return raw.flatMap((value) => readAttemptRecord(value) ?? []);
}

async function deleteAttempts(nonces: string[]): Promise<void> {
  if (nonces.length === 0) return;
  await kvStore('readwrite', (store) => {
    for (const nonce of nonces) store.delete(attemptKey(nonce));
    return promisifyRequest(store.transaction);
  });
}
