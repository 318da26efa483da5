import { isObject } from '../guards';
import { listen, type Disposer } from './disposer';
import { isNonce } from './nonce';

/**
 * The protocol between the dashboard's windows, both halves in one place: what the callback page
 * tells the dashboard, and how a window listens. Only the attempt nonce travels: the outcome itself
 * is read from IndexedDB, which only this origin can write, so a forged message can at worst make
 * the dashboard look at its own storage again. Credentials never travel in a message.
 */
export const CHANNEL_NAME = 'oe-dashboard';

export type DashboardMessage =
  /** The callback page finished an attempt (stored its outcome). */
  | { type: 'oe-attempt-finished'; nonce: string }
  /** A dashboard saw that attempt's outcome: the callback page may close. */
  | { type: 'oe-attempt-seen'; nonce: string }
  /** Stored connections changed in another tab: reload them. */
  | { type: 'oe-connections-changed' };

/** The shape guard: one of our messages, or null. */
export function readMessage(data: unknown): DashboardMessage | null {
  if (!isObject(data)) return null;
  const { type, nonce } = data;
  if (type === 'oe-connections-changed') return { type };
  if ((type === 'oe-attempt-finished' || type === 'oe-attempt-seen') && isNonce(nonce)) return { type, nonce };
  return null;
}

/**
 * Posts on the same-origin channel, to every tab of this dashboard. No feature check: every
 * browser that runs this build has BroadcastChannel.
 */
export function broadcast(message: DashboardMessage): void {
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.postMessage(message);
  channel.close();
}

/**
 * The callback page's news, sent both ways: to the window that opened it, when that link still
 * holds (a portal's Cross-Origin-Opener-Policy may have cut it), and to every tab on the channel.
 */
export function notifyDashboard(nonce: string): void {
  const message: DashboardMessage = { type: 'oe-attempt-finished', nonce };
  broadcast(message);
  try {
    (window.opener as Window | null)?.postMessage(message, location.origin);
  } catch {
    // The opener is gone or severed: the broadcast covers it.
  }
}

/** Every message of ours on the channel, until `disposer` runs. */
export function onChannelMessage(disposer: Disposer, handle: (message: DashboardMessage) => void): void {
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent) => {
    const message = readMessage(event.data);
    if (message) handle(message);
  };
  disposer.add(() => channel.close());
}

/**
 * Every message of ours posted to `host`, until `disposer` runs. The one guard: a window message
 * counts only from this origin and, when `source` is given, from that window alone.
 */
export function onWindowMessage(
  disposer: Disposer,
  handle: (message: DashboardMessage) => void,
  host: Window = window,
  source: MessageEventSource | null = null,
): void {
  listen(disposer, host, 'message', (event) => {
    if (event.origin !== host.location.origin || (source && event.source !== source)) return;
    const message = readMessage(event.data);
    if (message) handle(message);
  });
}
