import { Disposer } from '../portal/disposer';
import { broadcast, onChannelMessage, onWindowMessage, type DashboardMessage } from '../portal/messages';
import { readAttempt } from '../store/attempts';
import { noteLateResult, startedNonces, watchedHere } from './attempt';
import { viewOfRecord } from './connect-outcome';
import { reloadConnections } from './connections';

/**
 * Keeps this tab in step with the others and with late callbacks: any attempt finished anywhere,
 * or any change made in another tab, reloads the list from IndexedDB. Returns its teardown.
 */
export function startSync(host: Window = window): () => void {
  /** Attempts whose callback page reached this tab as its opener, not only by broadcast. */
  const openerSpoke = new Set<string>();
  const onAttemptFinished = async (nonce: string) => {
    if (watchedHere(nonce)) return; // this tab's own watcher handles (or handled) it
    const attempt = await readAttempt(nonce).catch(() => null);
    if (!attempt?.result) return;
    await reloadConnections();
    broadcast({ type: 'oe-attempt-seen', nonce });
    noteLateResult(nonce, viewOfRecord(attempt), openerSpoke.has(nonce));
  };
  const onMessage = (message: DashboardMessage) => {
    if (message.type === 'oe-connections-changed') {
      void reloadConnections();
      // Another tab may have imported (a new undo) or undone (none left).
      void import('./backup').then((m) => m.refreshLastImport());
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
      if (!('nonce' in message) || !startedNonces.has(message.nonce)) return;
      if (message.type === 'oe-attempt-finished') openerSpoke.add(message.nonce);
      onMessage(message);
    },
    host,
  );
  return () => disposer.dispose();
}
