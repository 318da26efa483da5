import { Disposer } from '../portal/disposer';
import { broadcast, onChannelMessage, onWindowMessage, type DashboardMessage } from '../portal/messages';
import { readAttempt } from '../store/attempts';
import type { Attempts } from './attempt';
import type { Connections } from './connections';

export interface SyncTargets {
  connections: Connections;
  attempt: Attempts;
  /** Another tab changed the stored list (an import, an undo, a removal). */
  onConnectionsChanged(): void;
}

/**
 * Keeps this tab in step with the others and with late callbacks: any attempt finished anywhere,
 * or any change made in another tab, reloads the list from IndexedDB. Returns its teardown.
 */
export function startSync({ connections, attempt, onConnectionsChanged }: SyncTargets, host: Window = window): () => void {
  /** Attempts whose callback page reached this tab as its opener, not only by broadcast. */
  const openerSpoke = new Set<string>();
  const onAttemptFinished = async (nonce: string) => {
    if (attempt.watchedHere(nonce)) return; // this tab's own watcher handles (or handled) it
    const record = await readAttempt(nonce).catch(() => null);
    if (!record?.result) return;
    await connections.reload();
    broadcast({ type: 'oe-attempt-seen', nonce });
    await attempt.noteLateResult(record, openerSpoke.has(nonce));
  };
  const onMessage = (message: DashboardMessage) => {
    if (message.type === 'oe-connections-changed') {
      void connections.reload();
      onConnectionsChanged();
    }
    if (message.type === 'oe-attempt-finished') {
      performance.mark('oe-attempt-finished'); // the bench times the new card from here
      void onAttemptFinished(message.nonce);
    }
  };

  const disposer = new Disposer();
  onChannelMessage(disposer, onMessage);
  // A window message (our origin only: the protocol's guard) counts only about an attempt this tab started.
  onWindowMessage(
    disposer,
    (message) => {
      if (!('nonce' in message) || !attempt.startedHere(message.nonce)) return;
      if (message.type === 'oe-attempt-finished') openerSpoke.add(message.nonce);
      onMessage(message);
    },
    host,
  );
  return () => disposer.dispose();
}
