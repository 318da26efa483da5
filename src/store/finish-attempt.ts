import { promisifyRequest, type UseStore } from 'idb-keyval';
import type { Connection } from '../model';
import { attemptKey, CONNECTION_PREFIX, connectionKey, isConnectionRecord, readAttemptRecord, type AttemptRecord, type ConnectionRecord } from './records';
import { toRecord } from './sealed-record';

/*
 * The callback page's side of an attempt: end it with its outcome. Kept apart from the dashboard's
 * attempt bookkeeping (attempts.ts) so the callback page loads only this, and the dashboard's first
 * load none of the sealing it needs.
 */

/**
 * What ending an attempt did: `finished` (the attempt as now stored, its result included), or why
 * nothing was stored: no such attempt in this browser, one that has its result already, or one past
 * its expiry. Checked once, here, in the transaction that ends it.
 */
export type FinishResult = { status: 'finished'; attempt: AttemptRecord } | { status: 'missing' | 'used' | 'expired' };

export type AttemptEnd =
  | { outcome: 'connected'; connection: Connection }
  | { outcome: 'declined' }
  | { outcome: 'rejected'; reason: string };

/** What telling two cards apart needs. */
export interface PrinterIdentity {
  printerId?: string | undefined;
  printerName: string;
}

/** The same printer: the same OctoEverywhere printer id when both are known, else the same name. */
export function samePrinter(a: PrinterIdentity, b: PrinterIdentity): boolean {
  if (a.printerId && b.printerId) return a.printerId === b.printerId;
  return a.printerName.trim() === b.printerName.trim();
}

/**
 * Ends an attempt with its outcome. For `connected`, stores the connection in the same transaction:
 * - the same connection id again keeps its card's local name and place;
 * - Reconnect replaces its card only when the new connection is for the same printer (then the
 *   new one takes the old card's local name and place); otherwise both are kept, and the result
 *   says which card was kept;
 * - a new Connect for a printer that already has a card keeps both and names that card: the
 *   dashboard asks whether to replace it. Nothing is deleted without that answer.
 * Hand-written: the attempt is read, checked and ended together with the connection records it
 * changes, all or nothing, which no idb-keyval call does. The connection is sealed before the
 * transaction opens (the callback page starts loading the key as its first act), and only
 * IndexedDB requests are awaited inside it: anything else (Web Crypto, a timer) would let the
 * transaction commit half done. No default store: the callback page passes its own (database.ts,
 * callbackStore).
 */
export async function finishAttempt(nonce: string, end: AttemptEnd, now: number, customStore: UseStore): Promise<FinishResult> {
  const record = end.outcome === 'connected' ? await toRecord(end.connection, customStore) : null;
  return customStore('readwrite', async (store): Promise<FinishResult> => {
    // Both reads asked for at once (one round trip); the checks wait for the attempt.
    const attemptRead = promisifyRequest(store.get(attemptKey(nonce)));
    const cardsRead = record ? promisifyRequest(store.getAll(IDBKeyRange.bound(CONNECTION_PREFIX, `${CONNECTION_PREFIX}\uffff`))) : null;
    const attempt = readAttemptRecord(await attemptRead);
    if (!attempt) return { status: 'missing' };
    if (attempt.result) return { status: 'used' };
    if (attempt.expiresAt <= now) return { status: 'expired' };
    const result: NonNullable<AttemptRecord['result']> = { outcome: end.outcome, at: now };
    if (end.outcome === 'rejected') result.reason = end.reason;
    if (record && cardsRead) {
      const cards = (await cardsRead).filter(isConnectionRecord);
      const takeOver = (card: ConnectionRecord) => {
        if (card.label && !record.label) record.label = card.label;
        record.connectedAt = card.connectedAt;
      };
      const itself = cards.find((card) => card.id === record.id);
      if (itself) takeOver(itself);
      const others = cards.filter((card) => card.id !== record.id);
      const old = attempt.replaces ? others.find((card) => card.id === attempt.replaces) : undefined;
      if (old && samePrinter(old, record)) {
        takeOver(old);
        store.delete(connectionKey(old.id));
      } else if (old) {
        result.kept = { id: old.id, name: old.label || old.printerName };
      } else if (!attempt.replaces) {
        const twin = others.find((card) => samePrinter(card, record));
        if (twin) result.duplicate = { id: twin.id, name: twin.label || twin.printerName };
      }
      store.put(record, connectionKey(record.id));
      result.connectionId = record.id;
      result.printerName = record.printerName;
    }
    const finished = { ...attempt, result };
    store.put(finished, attemptKey(nonce));
    await promisifyRequest(store.transaction);
    return { status: 'finished', attempt: finished };
  });
}
