import type { Connection } from '../model';
import { attemptNonceOf, parseCompletion, readCompletionParams } from '../portal/completion';
import { finishAttempt, readAttempt } from '../store/finish-attempt';
import { StoreError } from '../store/errors';
import type { AttemptRecord } from '../store/records';

/** What the callback page did with the URL it was given, for it to say in words. */
export type CallbackResult =
  | { kind: 'connected'; attempt: AttemptRecord; printerName: string }
  | { kind: 'declined'; attempt: AttemptRecord }
  | { kind: 'rejected'; attempt: AttemptRecord | null; reason: string }
  /** No attempt of ours matches: nothing was stored. */
  | { kind: 'no-attempt'; reason: string }
  /** The connection is valid but could not be stored: the page must show it once. */
  | { kind: 'store-failed'; attempt: AttemptRecord | null; connection: Connection | null; error: StoreError };

const NOTHING_STORED = 'Nothing was stored.';

/**
 * Matches the attempt nonce, validates the completion and stores its outcome. Never throws.
 * `href` is the page's URL as it was before the page scrubbed it from history.
 */
export async function finishCallback(href: string, origin: string, now = Date.now()): Promise<CallbackResult> {
  const read = readCompletionParams(href);
  const nonce = attemptNonceOf(read.params);
  if (!nonce) {
    return { kind: 'no-attempt', reason: `This page was opened without a connect attempt from this dashboard. ${NOTHING_STORED}` };
  }
  let attempt: AttemptRecord | null;
  try {
    attempt = await readAttempt(nonce);
  } catch (error) {
    const parsed = read.repeated ? null : parseCompletion(read.params, origin);
    const connection = parsed?.ok && parsed.success ? toConnection(parsed.connection, now) : null;
    return { kind: 'store-failed', attempt: null, connection, error: asStoreError(error) };
  }
  if (!attempt) {
    return { kind: 'no-attempt', reason: `This connect attempt is unknown to this browser. ${NOTHING_STORED}` };
  }
  if (attempt.result) {
    return { kind: 'no-attempt', reason: `This connect attempt has already finished; its answer cannot be used twice. ${NOTHING_STORED}` };
  }
  if (attempt.expiresAt <= now) {
    return { kind: 'no-attempt', reason: `This connect attempt expired. Start again from the dashboard. ${NOTHING_STORED}` };
  }

  const completion = read.repeated
    ? ({ ok: false, reason: `The portal's answer repeats the field "${read.repeated}".` } as const)
    : parseCompletion(read.params, origin);
  const connection = completion.ok && completion.success ? toConnection(completion.connection, now) : null;
  try {
    const status = await finishAttempt(
      nonce,
      !completion.ok
        ? { outcome: 'rejected', reason: completion.reason }
        : connection
          ? { outcome: 'connected', connection }
          : { outcome: 'declined' },
      now,
    );
    if (status !== 'finished') {
      return { kind: 'no-attempt', reason: `This connect attempt has already finished or expired. ${NOTHING_STORED}` };
    }
  } catch (error) {
    return { kind: 'store-failed', attempt, connection, error: asStoreError(error) };
  }
  if (!completion.ok) return { kind: 'rejected', attempt, reason: `${completion.reason} ${NOTHING_STORED}` };
  if (connection) return { kind: 'connected', attempt, printerName: connection.printerName };
  return { kind: 'declined', attempt };
}

function toConnection(fields: Omit<Connection, 'connectedAt' | 'updatedAt'>, now: number): Connection {
  return { ...fields, connectedAt: now, updatedAt: now };
}

function asStoreError(error: unknown): StoreError {
  return error instanceof StoreError ? error : new StoreError('failed');
}
