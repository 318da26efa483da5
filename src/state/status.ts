import { batch, effect } from '@preact/signals';
import { fetchPrinterId } from '../api/plugin-info';
import { appConfig } from '../app-config';
import type { Connection } from '../model';
import { createStatusCheck } from '../status/check';
import { createScheduler } from '../status/scheduler';
import { connections } from './connections';
import { noteStatus } from './notifications';
import { learnPrinterId } from './printer-id';
import { startTabTitle } from './tab-title';
import { checkingOf, forgetStatuses, setChecker, statusesChanged, statusOf } from './status-signals';

/**
 * Wires the scheduler to the stored connections, the page's visibility and the browser's online
 * events; writes the per-connection status signals. Loaded after the first render.
 */
const known = new Map<string, Connection>();

/** Starts checking every stored connection; returns the teardown. */
export function startStatus(host: Window = window): () => void {
  const config = appConfig();
  const visible = () => host.document.visibilityState === 'visible';
  const deps = (signal: AbortSignal) => ({ fetch: host.fetch.bind(host), signal, dashboardOrigin: host.location.origin });
  const askPrinterId = (connection: Connection) => fetchPrinterId(connection, config, deps(new AbortController().signal));
  const statusCheck = createStatusCheck(config, { fetch: host.fetch.bind(host), dashboardOrigin: host.location.origin });
  const active = createScheduler({
    intervalMs: config.pollIntervalMs,
    visible: visible(),
    check: (id, signal) => {
      const connection = known.get(id);
      if (!connection) return Promise.reject(new Error('connection removed'));
      checkingOf(id).value = true;
      return statusCheck.check(connection, signal);
    },
    onResult: (id, status) => {
      const connection = known.get(id);
      if (!connection) return;
      void noteStatus(connection, statusOf(id).peek(), status);
      batch(() => {
        statusOf(id).value = status;
        checkingOf(id).value = false;
      });
      if (status.kind === 'online') learnPrinterId(connection, askPrinterId);
    },
  });
  setChecker((id) => active.checkNow(id));

  // Follow the stored list: check new connections at once, re-check replaced credentials, forget removed ones.
  const stopFollowing = effect(() => {
    const current = new Map(connections.value.map((c) => [c.id, c]));
    for (const [id, connection] of current) {
      const previous = known.get(id);
      known.set(id, connection);
      if (!previous) {
        statusOf(id);
        active.add(id);
      } else if (previous.url !== connection.url || JSON.stringify(previous.secrets) !== JSON.stringify(connection.secrets)) {
        statusCheck.forget(id);
        active.checkNow(id);
      }
    }
    const removed = [...known.keys()].filter((id) => !current.has(id));
    for (const id of removed) {
      known.delete(id);
      statusCheck.forget(id);
      active.remove(id);
    }
    forgetStatuses(removed);
    statusesChanged();
  });

  const onVisibility = () => active.setVisible(visible());
  const onOnline = () => active.wake();
  host.document.addEventListener('visibilitychange', onVisibility);
  host.addEventListener('online', onOnline);
  const stopTitle = startTabTitle(host.document);
  return () => {
    stopTitle();
    stopFollowing();
    host.document.removeEventListener('visibilitychange', onVisibility);
    host.removeEventListener('online', onOnline);
    active.dispose();
    setChecker(null);
    known.clear();
  };
}
