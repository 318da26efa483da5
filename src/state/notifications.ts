import { computed, signal } from '@preact/signals';
import { displayName, type Connection } from '../model';
import { notificationFor, type Observation } from '../notify/transitions';
import type { ConnectionStatus } from '../status/connection-status';

/**
 * Notifications while the dashboard is open: opt-in, asked for only when the user clicks "Notify
 * me", remembered in this browser. Every check result passes through `noteStatus`; a change worth
 * telling (notify/transitions.ts) is shown by one tab only (notify/claim.ts). The code that shows
 * them loads the first time there is something to show.
 */
export type NotifyPermission = NotificationPermission | 'unsupported';

const PREFERENCE_KEY = 'oe-dashboard:notify';

const platform = (): typeof Notification | undefined => (typeof Notification === 'undefined' ? undefined : Notification);

function readPreference(): boolean {
  try {
    return globalThis.localStorage?.getItem(PREFERENCE_KEY) === 'on';
  } catch {
    return false;
  }
}

/** What the browser allows now. */
export const notifyPermission = signal<NotifyPermission>(platform()?.permission ?? 'unsupported');
/** What the user chose: off until they turn it on. */
export const notifyWanted = signal(readPreference());
export const notifying = computed(() => notifyWanted.value && notifyPermission.value === 'granted');
/** The card a clicked notification asks the page to show. */
export const cardToShow = signal<string | null>(null);

// Another tab's choice holds here too.
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.key === PREFERENCE_KEY) notifyWanted.value = event.newValue === 'on';
});

function setWanted(on: boolean): void {
  notifyWanted.value = on;
  try {
    globalThis.localStorage?.setItem(PREFERENCE_KEY, on ? 'on' : 'off');
  } catch {
    // Not remembered across visits; the choice holds for this one.
  }
}

/**
 * "Notify me": asks for the permission if the browser has not been asked yet (this click is the
 * only place that asks).
 */
export async function enableNotifications(): Promise<void> {
  const api = platform();
  if (!api) return;
  const known = notifyPermission.peek();
  const permission = known === 'default' ? await api.requestPermission() : known;
  notifyPermission.value = permission;
  setWanted(permission === 'granted');
}

export function disableNotifications(): void {
  setWanted(false);
}

/** The Permissions API's word for the same states; `prompt` is Notification's `default`. */
const fromPermissionState = (state: PermissionState): NotificationPermission => (state === 'prompt' ? 'default' : state);

/**
 * Re-reads the permission, which can change in the browser's settings at any time. The
 * Permissions API says so as it happens, where the browser has it for notifications (and some
 * headless browsers keep `Notification.permission` at "denied" even when it is granted).
 */
export async function refreshNotifyPermission(): Promise<void> {
  const api = platform();
  if (!api) return;
  try {
    const status = await globalThis.navigator?.permissions?.query({ name: 'notifications' });
    if (status) {
      notifyPermission.value = fromPermissionState(status.state);
      status.onchange = () => (notifyPermission.value = fromPermissionState(status.state));
      return;
    }
  } catch {
    // No Permissions API for notifications here: Notification.permission it is.
  }
  notifyPermission.value = api.permission;
}
void refreshNotifyPermission();

/**
 * Which tab shows notifications. Null (the default): whichever tab claims the event first. A
 * single polling tab (status/leader.ts) can say 'lead', and the others 'follow', which never show.
 */
let role: 'lead' | 'follow' | null = null;
export function setNotifyRole(next: 'lead' | 'follow' | null): void {
  role = next;
}

/** The last observation of each connection that said something about its printer. */
const lastSeen = new Map<string, Observation>();

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

/**
 * Called with every check result: `previous` is what the card showed before `next`. Resolves
 * once a notification was shown or not (for tests; the caller need not wait).
 */
export async function noteStatus(connection: Connection, previous: ConnectionStatus | null, next: ConnectionStatus): Promise<void> {
  const after = observe(next);
  if (!after) return;
  const before = lastSeen.get(connection.id) ?? (previous && observe(previous));
  lastSeen.set(connection.id, after);
  const event = notificationFor(before, after);
  if (!event || !notifying.peek() || role === 'follow') return;
  const name = displayName(connection, next.info);
  const printId = after.printer?.printId ?? before?.printer?.printId;
  const { showNotification } = await import('./notify-show');
  await showNotification({ connectionId: connection.id, name, event, printId }, (id) => (cardToShow.value = id));
}

/** Forgets what was seen (a connection removed, or tests). */
export function forgetSeen(id?: string): void {
  if (id === undefined) lastSeen.clear();
  else lastSeen.delete(id);
}
