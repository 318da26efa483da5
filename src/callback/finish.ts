import type { Connection } from '../model';
import { attemptNonceOf, parseCompletion, readCompletionParams, type Completion } from '../portal/completion';
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
const ALREADY_FINISHED = 'This connect attempt has already finished; its answer cannot be used twice.';

function noAttempt(why: string): CallbackResult {
  return { kind: 'no-attempt', reason: `${why} ${NOTHING_STORED}` };
}

/**
 * Matches the attempt nonce, validates the completion and stores its outcome. Never throws.
 * `href` is the page's URL as it was before the page scrubbed it from history.
 */
export async function finishCallback(href: string, origin: string, now = Date.now()): Promise<CallbackResult> {
  const read = readCompletionParams(href);
  const nonce = attemptNonceOf(read.params);
  if (!nonce) return noAttempt('This page was opened without a connect attempt from this dashboard.');
  const completion: Completion = read.repeated
    ? { ok: false, reason: `The portal's answer repeats the field "${read.repeated}".` }
    : parseCompletion(read.params, origin);
  const connection = completion.ok && completion.success ? { ...completion.connection, connectedAt: now, updatedAt: now } : null;

  let attempt: AttemptRecord | null = null;
  try {
    attempt = await readAttempt(nonce);
    if (!attempt) return noAttempt('This connect attempt is unknown to this browser.');
    if (attempt.result) return noAttempt(ALREADY_FINISHED);
    if (attempt.expiresAt <= now) return noAttempt('This connect attempt expired. Start again from the dashboard.');
    const end = !completion.ok
      ? ({ outcome: 'rejected', reason: completion.reason } as const)
      : connection
        ? ({ outcome: 'connected', connection } as const)
        : ({ outcome: 'declined' } as const);
    if ((await finishAttempt(nonce, end, now)) !== 'finished') return noAttempt(ALREADY_FINISHED);
  } catch (error) {
    return { kind: 'store-failed', attempt, connection, error: error instanceof StoreError ? error : new StoreError('failed') };
  }
  if (!completion.ok) return { kind: 'rejected', attempt, reason: `${completion.reason} ${NOTHING_STORED}` };
  if (connection) return { kind: 'connected', attempt, printerName: connection.printerName };
  return { kind: 'declined', attempt };
}
