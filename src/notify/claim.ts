/**
 * One notification per event across every open tab of the dashboard. Each tab that sees an event
 * claims its key; the first claim wins and the others stay silent. Claims are kept in
 * localStorage for a while (tabs see the same change up to a check interval apart), and Web Locks
 * make read-then-write one step across tabs. Without Web Locks two tabs could both win in the same
 * instant; the Notification `tag` (the same key) then still shows one.
 */

/** The part of `navigator.locks` this uses. */
export interface NotifyLocks {
  request<T>(name: string, callback: () => T | Promise<T>): Promise<T>;
}

export interface ClaimDeps {
  locks: NotifyLocks | null;
  /** localStorage, or null where the browser refuses it. */
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  now: () => number;
  /** How long a claim holds: longer than two tabs' checks of the same change can be apart. */
  windowMs: number;
}

const STORAGE_KEY = 'oe-dashboard:notified';
const LOCK_NAME = 'oe-dashboard:notify';

/** The event's key (and its notification's tag): the connection, what happened, and which print. */
export function eventKey(connectionId: string, kind: string, printId: string | undefined): string {
  return `${connectionId}|${kind}|${printId ?? ''}`;
}

function readClaims(storage: ClaimDeps['storage']): Record<string, number> {
  try {
    const value: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}');
    return typeof value === 'object' && value !== null ? (value as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/** Records the claim unless a live one exists; true when this caller won. */
function decide(key: string, deps: ClaimDeps): boolean {
  const now = deps.now();
  const claims = Object.fromEntries(Object.entries(readClaims(deps.storage)).filter(([, at]) => typeof at === 'number' && now - at < deps.windowMs));
  if (key in claims) return false;
  claims[key] = now;
  try {
    deps.storage?.setItem(STORAGE_KEY, JSON.stringify(claims));
  } catch {
    // Storage refused: this tab notifies; the tag keeps the browser from showing it twice.
  }
  return true;
}

/** Claims `key` for this tab. */
export function claimEvent(key: string, deps: ClaimDeps): Promise<boolean> {
  return deps.locks ? deps.locks.request(LOCK_NAME, () => decide(key, deps)) : Promise.resolve(decide(key, deps));
}

/** The browser's own: Web Locks where they exist, localStorage where it is allowed. */
export function browserClaimDeps(windowMs: number): ClaimDeps {
  let storage: Storage | null = null;
  try {
    storage = globalThis.localStorage ?? null;
  } catch {
    // Storage blocked (a privacy setting): claims live in this tab only.
  }
  const locks = (globalThis.navigator as { locks?: NotifyLocks } | undefined)?.locks ?? null;
  return { locks, storage, now: Date.now, windowMs };
}

/** The claim window for a check interval: two tabs see one change at most about an interval apart. */
export const claimWindowMs = (pollIntervalMs: number): number => 2 * pollIntervalMs + 60_000;
