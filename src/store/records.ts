import { isObject } from '../guards';
import type { Secrets } from '../model';
import type { Sealed } from './sealing';

/**
 * The shapes this dashboard keeps in IndexedDB, versioned by `v`. Plain types and guards, no
 * schema library: the callback page writes these and must stay within its 4 kB budget. The
 * dashboard validates connection records on read with the zod schema in `schema.ts`.
 */
export const CONNECTION_PREFIX = 'conn:';
export const ATTEMPT_PREFIX = 'attempt:';
export const connectionKey = (id: string): string => `${CONNECTION_PREFIX}${id}`;
export const attemptKey = (nonce: string): string => `${ATTEMPT_PREFIX}${nonce}`;

export interface ConnectionRecord {
  v: 1;
  id: string;
  url: string;
  printerName: string;
  label?: string | undefined;
  userPrinterAccessUrl?: string | undefined;
  printerLastKnownLocalIp?: string | undefined;
  printerId?: string | undefined;
  connectedAt: number;
  updatedAt: number;
  /** The connection's `Secrets`, encrypted. */
  sealed: Sealed;
}

/** What the callback page made of the portal's completion: a connection, a decline, or an answer it refused. */
export type CompletionOutcome = 'connected' | 'declined' | 'rejected';

export interface AttemptRecord {
  v: 1;
  nonce: string;
  createdAt: number;
  expiresAt: number;
  /** `tab`: the dashboard itself went to the portal, and shows the result when it comes back. */
  mode: 'popup' | 'tab';
  /** Reconnect: the connection the new one replaces once stored. */
  replaces?: string | undefined;
  printerId?: string | undefined;
  result?: {
    outcome: CompletionOutcome;
    at: number;
    connectionId?: string | undefined;
    printerName?: string | undefined;
    reason?: string | undefined;
    /** Reconnect picked another printer: this card was kept beside the new one. */
    kept?: { id: string; name: string } | undefined;
    /** A new Connect for a printer that already had this card: both are kept until the user answers. */
    duplicate?: { id: string; name: string } | undefined;
  };
}

/**
 * Reads a stored attempt, or null when the value is not one (of any version we know). Only this
 * origin writes these records, so the check is for shape and version, not for hostile values; a
 * result's outcome is read where it is shown (one the dashboard does not know reads as an attempt
 * that ended without an answer).
 */
export function readAttemptRecord(value: unknown): AttemptRecord | null {
  if (!isObject(value) || value.v !== 1) return null;
  const { nonce, expiresAt, mode, result } = value;
  const valid =
    typeof nonce === 'string' &&
    typeof expiresAt === 'number' &&
    (mode === 'popup' || mode === 'tab') &&
    (result === undefined || isObject(result));
  return valid ? (value as unknown as AttemptRecord) : null;
}

/**
 * A quick structural check before a record is edited in place or compared with another card (the
 * fields those read); full validation is on read (schema.ts).
 */
export function isConnectionRecord(value: unknown): value is ConnectionRecord {
  return (
    isObject(value) &&
    value.v === 1 &&
    typeof value.id === 'string' &&
    typeof value.printerName === 'string' &&
    typeof value.connectedAt === 'number' &&
    isObject(value.sealed)
  );
}

/** Builds a record from a connection and its already sealed secrets; drops undefined fields. */
export function connectionRecord(fields: Omit<ConnectionRecord, 'v' | 'sealed'>, sealed: Sealed): ConnectionRecord {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return { v: 1, ...(defined as Omit<ConnectionRecord, 'v' | 'sealed'>), sealed };
}

export type { Secrets };
