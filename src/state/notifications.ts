import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { displayName, type Connection } from '../model';
import { notificationFor, type Observation } from '../notify/transitions';
import type { ConnectionStatus } from '../status/connection-status';
import { recall, remember } from './local-memory';

/**
 * Notifications while the dashboard is open: opt-in, asked for only when the user clicks "Notify
 * me", remembered in this browser. Every check result passes through `noteStatus`; a change worth
 * telling (notify/transitions.ts) is shown by one tab only (notify/claim.ts). The code that shows
 * them loads the first time there is something to show.
 */
export type NotifyPermission = NotificationPermission | 'unsupported';

const PREFERENCE_KEY = 'oe-dashboard:notify';

const platform = (): typeof Notification | undefined => (typeof Notification === 'undefined' ? undefined : Notification);


export interface Notifications {
  /** What the browser allows now. */
  readonly permission: ReadonlySignal<NotifyPermission>;
  /** On: the user asked for them and the browser allows them. */
  readonly notifying: ReadonlySignal<boolean>;
  /** The card a clicked notification asks the page to show. */
  readonly cardToShow: Signal<string | null>;
  /**
   * "Notify me": asks for the permission if the browser has not been asked yet (this click is the
   * only place that asks).
   */
  enable(): Promise<void>;
  disable(): void;
  /**
   * Re-reads the permission, which can change in the browser's settings at any time. The
   * Permissions API says so as it happens, where the browser has it for notifications (and some
   * headless browsers keep `Notification.permission` at "denied" even when it is granted).
   */
  refreshPermission(): Promise<void>;
  /**
   * Called with every check result by the tab that checks (so one tab notifies): `previous` is
   * what the card showed before `next`. Resolves once a notification was shown or not.
   */
  noteStatus(connection: Connection, previous: ConnectionStatus | null, next: ConnectionStatus): Promise<void>;
  dispose(): void;
}

/** The Permissions API's word for the same states; `prompt` is Notification's `default`. */
const fromPermissionState = (state: PermissionState): NotificationPermission => (state === 'prompt' ? 'default' : state);

/**
 * Statuses that tell what the printer does (or that it is gone). A failed request, an online
 * connection without a reading or a plugin problem tell nothing: they are skipped, so a blip
 * between "printing" and "complete" does not hide the completion.
 */
function observe(status: ConnectionStatus): Observation | null {
  if (status.kind === 'printer-offline' || status.kind === 'revoked') return { status: status.kind, at: status.checkedAt, printer: null };
  if (status.kind !== 'online' || !status.printer) return null;
  const { state, fileName, errorText, printId, gadget } = status.printer;
  return { status: 'online', at: status.checkedAt, printer: { state, fileName, errorText, printId, gadget } };
}

export function createNotifications(): Notifications {
  const permission = signal<NotifyPermission>(platform()?.permission ?? 'unsupported');
  /** What the user chose: off until they turn it on. */
  const wanted = signal(recall(PREFERENCE_KEY) === 'on');
  const notifying = computed(() => wanted.value && permission.value === 'granted');
  const cardToShow = signal<string | null>(null);
  /** The last observation of each connection that said something about its printer. */
  const lastSeen = new Map<string, Observation>();
  let permissionStatus: PermissionStatus | undefined;

  // Another tab's choice holds here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === PREFERENCE_KEY) wanted.value = event.newValue === 'on';
  };
  globalThis.addEventListener?.('storage', onStorage);

  const setWanted = (on: boolean) => {
    wanted.value = on;
    remember(PREFERENCE_KEY, on ? 'on' : 'off');
  };

  const notifications: Notifications = {
    permission,
    notifying,
    cardToShow,
    async enable() {
      const api = platform();
      if (!api) return;
      const known = permission.peek();
      const answer = known === 'default' ? await api.requestPermission() : known;
      permission.value = answer;
      setWanted(answer === 'granted');
    },
    disable: () => setWanted(false),
    async refreshPermission() {
      const api = platform();
      if (!api) return;
      try {
        const status = await globalThis.navigator?.permissions?.query({ name: 'notifications' });
        if (status) {
          permission.value = fromPermissionState(status.state);
          status.onchange = () => (permission.value = fromPermissionState(status.state));
          permissionStatus = status;
          return;
        }
      } catch {
        // No Permissions API for notifications here: Notification.permission it is.
      }
      permission.value = api.permission;
    },
    async noteStatus(connection, previous, next) {
      const after = observe(next);
      if (!after) return;
      const before = lastSeen.get(connection.id) ?? (previous && observe(previous));
      lastSeen.set(connection.id, after);
      const event = notificationFor(before, after);
      if (!event || !notifying.peek()) return;
      const name = displayName(connection, next.info);
      const printId = after.printer?.printId ?? before?.printer?.printId;
      const { showNotification } = await import('./notify-show');
      await showNotification({ connectionId: connection.id, name, event, printId }, (id) => (cardToShow.value = id));
    },
    dispose() {
      globalThis.removeEventListener?.('storage', onStorage);
      if (permissionStatus) permissionStatus.onchange = null;
    },
  };
  void notifications.refreshPermission();
  return notifications;
}
