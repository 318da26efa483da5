import type { AttemptRecord } from '../store/records';
import { Disposer, interval, timeout } from './disposer';
import { AttemptCancelledError, PopupClosedError, PopupTimeoutError } from './errors';
import { broadcast, onChannelMessage, onWindowMessage, type DashboardMessage } from './messages';

const WIDTH = 520;
const HEIGHT = 720;

/**
 * Opens the portal window. Must run synchronously inside the click handler: a `window.open` after
 * an `await` is blocked by Safari and Firefox. It opens blank; the caller navigates it once the
 * attempt is stored. Returns null when the browser blocked it.
 */
export function openPopup(host: Window = window): Window | null {
  const left = Math.max(0, Math.round(host.screenX + (host.outerWidth - WIDTH) / 2));
  const top = Math.max(0, Math.round(host.screenY + (host.outerHeight - HEIGHT) / 2));
  const features = `popup=yes,width=${WIDTH},height=${HEIGHT},left=${left},top=${top}`;
  // A unique name per attempt: a second tab's attempt can never take over this one's window.
  const popup = host.open('about:blank', `oe-portal-${Date.now().toString(36)}`, features);
  return popup && !popup.closed ? popup : null;
}

export interface WatchOptions {
  popup: Window;
  nonce: string;
  signal: AbortSignal;
  /** Reads the attempt from storage: the only source of truth for its outcome. */
  readAttempt: (nonce: string) => Promise<AttemptRecord | null>;
  timeoutMs?: number;
  /** How often to look whether the window still reads open. */
  pollMs?: number;
  host?: Window;
}

export const DEFAULT_TIMEOUT_MS = 20 * 60 * 1000;

/**
 * Waits until the attempt has an outcome in storage. Wakes on a message from the popup, a
 * same-origin broadcast, or the popup reading closed; ends with the stored attempt, or with
 * PopupClosedError, PopupTimeoutError or AttemptCancelledError. Every listener, timer and
 * channel it set up is gone when it settles.
 *
 * A window that reads closed ends the watch at once: it was closed by a person, or the portal's
 * Cross-Origin-Opener-Policy severed it, and from here the two look alike. Either way the attempt
 * stays valid in storage until it expires, so a result that still arrives (the severed case) is
 * stored by the callback page and picked up as a late result.
 */
export function watchAttempt(options: WatchOptions): Promise<AttemptRecord> {
  const { popup, nonce, signal, readAttempt } = options;
  const host = options.host ?? window;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const disposer = new Disposer();

  return new Promise<AttemptRecord>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      disposer.dispose();
      outcome();
    };
    const check = async (): Promise<boolean> => {
      const attempt = await readAttempt(nonce).catch(() => null);
      if (!attempt?.result) return false;
      broadcast({ type: 'oe-attempt-seen', nonce });
      finish(() => resolve(attempt));
      return true;
    };
    const onMessage = (message: DashboardMessage) => {
      if (message.type === 'oe-attempt-finished' && message.nonce === nonce) void check();
    };

    if (signal.aborted) return finish(() => reject(new AttemptCancelledError()));
    const onAbort = () => finish(() => reject(new AttemptCancelledError()));
    signal.addEventListener('abort', onAbort);
    disposer.add(() => signal.removeEventListener('abort', onAbort));

    // A window message only from our own origin, and only from our popup's window.
    onWindowMessage(disposer, onMessage, host, popup);
    onChannelMessage(disposer, onMessage);

    let closedSeen = false;
    interval(disposer, () => {
      if (closedSeen || !popup.closed) return;
      closedSeen = true;
      // The result may already be stored (closed right after finishing): that still counts.
      void check().then((done) => {
        if (!done) finish(() => reject(new PopupClosedError()));
      });
    }, options.pollMs ?? 250);

    timeout(disposer, () => {
      void check().then((done) => {
        if (!done) finish(() => reject(new PopupTimeoutError(timeoutMs)));
      });
    }, timeoutMs);
  });
}
