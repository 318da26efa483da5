import type { ConnectionStatus } from './connection-status';

/**
 * How long until a connection is asked again, given what it just answered. Normal states poll at
 * the interval; temporary trouble backs off so an outage is not hammered by every open tab;
 * states a person must fix poll rarely or not at all.
 */
export const BACKOFF_CAP_MS = 5 * 60_000;
export const SUPPORTER_PERKS_RECHECK_MS = 60 * 60_000;
export const CREDENTIALS_REJECTED_RECHECK_MS = 10 * 60_000;
/** The info API (name on OctoEverywhere, limits) is asked at most this often while all is well. */
export const INFO_REFRESH_MS = 10 * 60_000;
/** An OctoPrint read through its own routes tries the Plugin APIs again after this (its plugin may be updated). */
export const PLUGIN_RETRY_MS = 24 * 60 * 60_000;
/** The plugin cannot log in to the printer's software: a person must fix it, so look rarely. */
export const PRINTER_LOGIN_RECHECK_MS = 10 * 60_000;
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
    case 'printer-problem':
      // The printer's software not connected is a normal state (like offline); busy and plugin
      // errors pass with time; a login problem needs a person.
      if (status.problem === 'software-not-connected') return { delayMs: intervalMs, failures: 0 };
      if (status.problem === 'cant-log-in') return { delayMs: Math.max(PRINTER_LOGIN_RECHECK_MS, intervalMs), failures: 0 };
      return { delayMs: backoffDelay(failures + 1, intervalMs, random), failures: failures + 1 };
    case 'oe-error':
    case 'unreachable':
    case 'check-failed':
      return { delayMs: backoffDelay(failures + 1, intervalMs, random), failures: failures + 1 };
  }
}
