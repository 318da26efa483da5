import { NetworkError, TimeoutError } from './http';
import { classifyStatus, type CodeMeaning } from './status-codes';

/** The ways a request to the service fails that every caller reports alike. */

/**
 * The service's code as a failure. A code the status table reads as fine (a 2xx whose body said
 * otherwise, a 1xx or 3xx) is an OctoEverywhere error here: the caller already saw it fail.
 */
export function failedOutcome(code: number): Exclude<CodeMeaning, { kind: 'ok' }> {
  const outcome = classifyStatus(code);
  return outcome.kind === 'ok' ? { kind: 'oe-error', code, temporary: false } : outcome;
}

/** A request that got no answer; anything else (the caller's own abort, a bug) is thrown on. */
export function unreachable(error: unknown): { kind: 'unreachable'; detail: 'network' | 'timeout' } {
  if (error instanceof TimeoutError) return { kind: 'unreachable', detail: 'timeout' };
  if (error instanceof NetworkError) return { kind: 'unreachable', detail: 'network' };
  throw error;
}
