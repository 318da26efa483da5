import { delMany, get, promisifyRequest, type UseStore } from 'idb-keyval';
import { defaultGetStore } from './database';
import { valuesWithPrefix } from './range';
import { ATTEMPT_PREFIX, attemptKey, readAttemptRecord, type AttemptRecord } from './records';

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

/** The attempt as stored, or null: the only source of truth for its outcome. */
export async function readAttempt(nonce: string, customStore = defaultGetStore()): Promise<AttemptRecord | null> {
  return readAttemptRecord(await get(attemptKey(nonce), customStore));
}

/**
 * Stores a new attempt. Hand-written `add`, which idb-keyval does not have: unlike its `set`, `add`
 * never overwrites, so a nonce that was ever stored (say, used already) can never be made new again.
 */
export async function createAttempt(attempt: NewAttempt, now = Date.now(), customStore = defaultGetStore()): Promise<AttemptRecord> {
  const record: AttemptRecord = { v: 1, ...attempt, createdAt: now, expiresAt: now + ATTEMPT_LIFETIME_MS };
  if (record.replaces === undefined) delete record.replaces;
  if (record.printerId === undefined) delete record.printerId;
  await customStore('readwrite', (store) => {
    store.add(record, attemptKey(attempt.nonce));
    return promisifyRequest(store.transaction);
  });
  return record;
}

/** Attempts ended in `tab` mode whose outcome the dashboard has not shown yet; removes them. */
export async function takeFinishedTabAttempts(customStore = defaultGetStore()): Promise<AttemptRecord[]> {
  const all = await listAttempts(customStore);
  const finished = all.filter((a) => a.mode === 'tab' && a.result);
  await deleteAttempts(finished.map((a) => a.nonce), customStore);
  return finished;
}

/** Drops attempts past their expiry: they can no longer store anything. */
export async function pruneExpiredAttempts(now = Date.now(), customStore = defaultGetStore()): Promise<number> {
  const expired = (await listAttempts(customStore)).filter((a) => a.expiresAt <= now);
  await deleteAttempts(expired.map((a) => a.nonce), customStore);
  return expired.length;
}

async function listAttempts(customStore: UseStore): Promise<AttemptRecord[]> {
  const raw = await valuesWithPrefix(ATTEMPT_PREFIX, customStore);
  return raw.flatMap((value) => readAttemptRecord(value) ?? []);
}

async function deleteAttempts(nonces: string[], customStore: UseStore): Promise<void> {
  if (nonces.length > 0) await delMany(nonces.map(attemptKey), customStore);
}
