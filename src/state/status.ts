import { batch, effect } from '@preact/signals';
import { fetchPrinterId } from '../api/plugin-info';
import { appConfig } from '../app-config';
import type { Connection } from '../model';
import { createStatusCheck } from '../status/check';
import { createLeadership } from '../status/leader';
import { createScheduler, type Scheduler } from '../status/scheduler';
import type { Dashboard } from './dashboard-type';
import { createNotifications } from './notifications';
import { createPrinterIds } from './printer-id';
import { POLLER_LOCK, readStatusMessage, STATUS_CHANNEL, type StatusMessage } from './status-sharing';
import { startTabTitle } from './tab-title';

/**
 * Keeps every card's status current. One visible tab of this origin leads (Web Locks, with a
 * fallback): it alone runs the scheduler and the checks, and shares each answer over a
 * BroadcastChannel; the other tabs show what they receive and pass "Check now" to it. When the
 * leader hides or closes, another visible tab takes over and continues the schedule from the
 * shared answers, without checking everything again. Loaded after the first render.
 */
export function startStatus(dashboard: Dashboard, host: Window = window): () => void {
  const { connections, statuses } = dashboard;
  const { statusOf, checkingOf } = statuses;
  const notifications = dashboard.part(createNotifications);
  const printerIds = dashboard.part(createPrinterIds);
  const config = appConfig();
  const visible = () => host.document.visibilityState === 'visible';
  const known = new Map<string, Connection>();
  const channel = new BroadcastChannel(STATUS_CHANNEL);
  const post = (message: StatusMessage) => channel.postMessage(message);
  const leadership = createLeadership({ name: POLLER_LOCK, visible: visible() });
  let poller: Scheduler | null = null;

  const statusCheck = createStatusCheck(config, { fetch: host.fetch.bind(host), dashboardOrigin: host.location.origin });
  const askPrinterId = (connection: Connection) =>
    fetchPrinterId(connection, config, { fetch: host.fetch.bind(host), signal: new AbortController().signal, dashboardOrigin: host.location.origin });

  const startPolling = () => {
    poller ??= createScheduler({
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
        // Only the leading tab checks, so only it notifies: one notification per event.
        void notifications.noteStatus(connection, statusOf(id).peek(), status);
        batch(() => {
          statusOf(id).value = status;
          checkingOf(id).value = false;
        });
        post({ type: 'status', id, status });
        if (status.kind === 'online') printerIds.learn(connection, askPrinterId);
      },
    });
    // What this or another tab last heard decides when each connection is due.
    for (const id of known.keys()) poller.add(id, statusOf(id).peek());
  };
  const stopPolling = () => {
    poller?.dispose();
    poller = null;
  };
  const stopLeading = leadership.onChange((leads) => (leads ? startPolling() : stopPolling()));
  if (leadership.isLeader) startPolling();

  statuses.setChecker((id) => (poller ? poller.checkNow(id) : post({ type: 'check-now', id })));

  channel.onmessage = (event: MessageEvent) => {
    const message = readStatusMessage(event.data);
    if (!message) return;
    if (message.type === 'status' && known.has(message.id) && !poller) {
      batch(() => {
        statusOf(message.id).value = message.status;
        checkingOf(message.id).value = false;
      });
    } else if (message.type === 'check-now') {
      poller?.checkNow(message.id);
    } else if (message.type === 'snapshot-request' && poller) {
      const shared = [...known.keys()].flatMap((id) => {
        const status = statusOf(id).peek();
        return status ? [[id, status] as [string, typeof status]] : [];
      });
      post({ type: 'snapshot', statuses: shared });
    } else if (message.type === 'snapshot' && !poller) {
      batch(() => {
        for (const [id, status] of message.statuses) if (known.has(id) && !statusOf(id).peek()) statusOf(id).value = status;
      });
    }
  };

  // Follow the stored list: check new connections at once, re-check replaced credentials, forget removed ones.
  const stopFollowing = effect(() => {
    const current = new Map(connections.list.value.map((c) => [c.id, c]));
    for (const [id, connection] of current) {
      const previous = known.get(id);
      known.set(id, connection);
      if (!previous) {
        poller?.add(id);
      } else if (previous.url !== connection.url || JSON.stringify(previous.secrets) !== JSON.stringify(connection.secrets)) {
        statusCheck.forget(id);
        poller?.checkNow(id);
      }
    }
    const removed = [...known.keys()].filter((id) => !current.has(id));
    for (const id of removed) {
      known.delete(id);
      statusCheck.forget(id);
      poller?.remove(id);
    }
    statuses.follow(new Set(current.keys()));
  });
  // A tab that opens next to a leader shows its answers at once.
  post({ type: 'snapshot-request' });

  const onVisibility = () => {
    leadership.setVisible(visible());
    poller?.setVisible(visible());
  };
  const onOnline = () => poller?.wake();
  host.document.addEventListener('visibilitychange', onVisibility);
  host.addEventListener('online', onOnline);
  const stopTitle = startTabTitle(dashboard, host.document);
  return () => {
    stopTitle();
    stopFollowing();
    stopLeading();
    leadership.dispose();
    stopPolling();
    channel.close();
    host.document.removeEventListener('visibilitychange', onVisibility);
    host.removeEventListener('online', onOnline);
    statuses.setChecker(null);
  };
}
