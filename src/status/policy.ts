import type { ConnectionStatus } from '../api/check';

/**
 * How long until a connection is asked again, given what it just answered. Normal states poll at
 * the interval; temporary trouble backs off so an outage is not hammered by every open tab;
 * states a person must fix poll rarely or not at all.
 */
export const BACKOFF_CAP_MS = 5 * 60_000;
export const SUPPORTER_PERKS_RECHECK_MS = 60 * 60_000;
export const CREDENTIALS_REJECTED_RECHECK_MS = 10 * 60_000;
/** ±20 %: tabs that failed together should not retry together. */
export const JITTER = 0.2;

export interface NextCheck {
  /** null: stop until someone asks (checkNow). */
  delayMs: number | null;
  /** Consecutive temporary failures, the backoff exponent. */
  failures: number;
}

/** interval × 2^failures, ±20 % jitter, capped at 5 minutes, and never sooner than the interval. */
export function backoffDelay(failures: number, intervalMs: number, random: () => number): number {
  const cap = Math.max(BACKOFF_CAP_MS, intervalMs);
  const base = Math.min(cap, intervalMs * 2 ** failures);
  const jittered = base * (1 + JITTER * (2 * random() - 1));
  return Math.round(Math.max(intervalMs, Math.min(cap, jittered)));
}

export function nextCheck(status: ConnectionStatus, failures: number, intervalMs: number, random: () => number): NextCheck {
  switch (status.kind) {
    case 'online':
    case 'printer-offline':
      // An offline printer is a normal state, not an error: no backoff.
      return { delayMs: intervalMs, failures: 0 };
    case 'revoked':
      return { delayMs: null, failures: 0 };
    case 'supporter-perks-required':
      // The same connection works again once the owner has perks: keep looking, rarely.
      return { delayMs: Math.max(SUPPORTER_PERKS_RECHECK_MS, intervalMs), failures: 0 };
    case 'credentials-rejected':
      // One service-wide outage once answered 606 for a day: keep checking, slowly.
      return { delayMs: Math.max(CREDENTIALS_REJECTED_RECHECK_MS, intervalMs), failures: 0 };
    case 'oe-error':
    case 'unreachable':
    case 'check-failed':
      return { delayMs: backoffDelay(failures + 1, intervalMs, random), failures: failures + 1 };
  }
}
