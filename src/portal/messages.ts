/**
 * What the callback page tells the dashboard. Only the attempt nonce travels: the outcome itself
 * is read from IndexedDB, which only this origin can write, so a forged message can at worst make
 * the dashboard look at its own storage again. Credentials never travel in a message.
 */
import { isObject } from '../guards';
import { isNonce } from './nonce';

export const CHANNEL_NAME = 'oe-dashboard';

export type DashboardMessage =
  /** The callback page finished an attempt (stored its outcome). */
  | { type: 'oe-attempt-finished'; nonce: string }
  /** A dashboard saw that attempt's outcome: the callback page may close. */
  | { type: 'oe-attempt-seen'; nonce: string }
  /** Stored connections changed in another tab: reload them. */
  | { type: 'oe-connections-changed' };

export function readMessage(data: unknown): DashboardMessage | null {
  if (!isObject(data)) return null;
  const { type, nonce } = data;
  if (type === 'oe-connections-changed') return { type };
  if ((type === 'oe-attempt-finished' || type === 'oe-attempt-seen') && isNonce(nonce)) {
    return { type, nonce };
  }
  return null;
}

/**
 * Posts on the same-origin channel. No feature check: every browser that runs this ES2022 build
 * (Safari 15.4+, Chromium, Firefox) has BroadcastChannel.
 */
export function broadcast(message: DashboardMessage): void {
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.postMessage(message);
  channel.close();
}
