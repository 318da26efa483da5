import { delMany, get, promisifyRequest, type UseStore } from 'idb-keyval';
import { defaultGetStore } from './database';
import { StoreError } from './errors';
import { valuesWithPrefix } from './range';
import { ATTEMPT_PREFIX, attemptKey, connectionKey, isConnectionRecord, readAttemptRecord, type AttemptRecord } from './records';

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
