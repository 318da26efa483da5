import type { Connection } from '../model';
import { attemptNonceOf, parseCompletion, readCompletionParams, type Completion } from '../portal/completion';
import type { UseStore } from 'idb-keyval';
import { finishAttempt, type FinishResult } from '../store/finish-attempt';
import type { AttemptRecord } from '../store/records';

/** What the callback page did with the URL it was given, for it to say in words. */
export type CallbackResult =
  | { kind: 'connected'; attempt: AttemptRecord; printerName: string }
  | { kind: 'declined'; attempt: AttemptRecord }
  | { kind: 'rejected'; attempt: AttemptRecord; reason: string }
  /** No attempt of ours could take this answer: nothing was stored. */
  | { kind: 'no-attempt'; reason: string }
  /**
   * The connection is valid but could not be stored: the page must show it once. `error` is as the
   * store threw it; the page's views word it (toStoreError).
   */
  | { kind: 'store-failed'; connection: Connection | null; error: unknown };

const NOTHING_STORED = 'Nothing was stored.';

/** Why an attempt took nothing, one sentence for each answer `finishAttempt` can give. */
const REFUSED: Record<Exclude<FinishResult['status'], 'finished'>, string> = {
  missing: 'This connect attempt is unknown to this browser.',
  used: 'This connect attempt has already finished; its answer cannot be used twice.',
  expired: 'This connect attempt expired. Start again from the dashboard.',
};

function noAttempt(why: string): CallbackResult {
  return { kind: 'no-attempt', reason: `${why} ${NOTHING_STORED}` };
}

/**
 * Matches the attempt nonce, validates the completion and stores its outcome. Never throws.
 * `href` is the page's URL as it was before the page scrubbed it from history. Whether the attempt
 * can take an answer (known, unused, unexpired) is decided once, by `finishAttempt`, in the same
 * transaction that stores it.
 */
export async function finishCallback(href: string, origin: string, now: number, customStore: UseStore): Promise<CallbackResult> {
  const read = readCompletionParams(href);
  const nonce = attemptNonceOf(read.params);
  if (!nonce) return noAttempt('This page was opened without a connect attempt from this dashboard.');
  const completion: Completion = read.repeated
    ? { ok: false, reason: `The portal's answer repeats the field "${read.repeated}".` }
    : parseCompletion(read.params, origin);
  const connection = completion.ok && completion.success ? { ...completion.connection, connectedAt: now, updatedAt: now } : null;
  const end = !completion.ok
    ? ({ outcome: 'rejected', reason: completion.reason } as const)
    : connection
      ? ({ outcome: 'connected', connection } as const)
      : ({ outcome: 'declined' } as const);

  let finished: FinishResult;
  try {
    finished = await finishAttempt(nonce, end, now, customStore);
  } catch (error) {
    return { kind: 'store-failed', connection, error };
  }
  if (finished.status !== 'finished') return noAttempt(REFUSED[finished.status]);
  const { attempt } = finished;
  if (!completion.ok) return { kind: 'rejected', attempt, reason: `${completion.reason} ${NOTHING_STORED}` };
  if (connection) return { kind: 'connected', attempt, printerName: connection.printerName };
  return { kind: 'declined', attempt };
}
