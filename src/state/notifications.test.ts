import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from '../model';
import type { PrinterModel } from '../printer/model';
import type { ConnectionStatus } from '../status/connection-status';
import { createNotifications, type Notifications } from './notifications';

interface Shown {
  title: string;
  options: NotificationOptions | undefined;
  instance: { onclick: (() => void) | null; close: () => void };
}

let shown: Shown[] = [];
let permission: NotificationPermission = 'granted';
const requestPermission = vi.fn(async () => permission);

/** Records what would be shown instead of showing it. */
class FakeNotification {
  static get permission() {
    return permission;
  }
  static requestPermission = requestPermission;
  onclick: (() => void) | null = null;
  close = vi.fn();
  constructor(title: string, options?: NotificationOptions) {
    shown.push({ title, options, instance: this });
  }
}

const connection = { id: 'c1', printerName: 'Prusa MK4', url: 'https://app-c1.example.com', connectedAt: 0, updatedAt: 0, secrets: { appApiToken: 'T' } } as Connection;

let at = 0;
const online = (state: PrinterModel['state'], extra: Partial<PrinterModel> = {}): ConnectionStatus => ({
  kind: 'online',
  checkedAt: (at += 30_000),
  info: null,
  note: null,
  printer: { source: 'plugin', state, temperatures: {}, fileName: 'benchy.gcode', printId: 'p1', ...extra },
});
const other = (kind: 'printer-offline' | 'revoked' | 'unreachable'): ConnectionStatus => {
  const base = { checkedAt: (at += 30_000), info: null };
  if (kind === 'printer-offline') return { ...base, kind, code: 601 };
  if (kind === 'revoked') return { ...base, kind, code: 604 };
  return { ...base, kind, detail: 'network', source: 'relay' };
};

/** Feeds the checks in order, as status.ts does, and waits for what they show. */
async function checks(...statuses: ConnectionStatus[]): Promise<string[]> {
  let previous: ConnectionStatus | null = null;
  for (const status of statuses) {
    await notifications.noteStatus(connection, previous, status);
    previous = status;
  }
  return shown.map((s) => s.title);
}

/** Each test's own notifications, turned on in a browser that allows them. */
let notifications: Notifications;
beforeEach(async () => {
  vi.stubGlobal('Notification', FakeNotification);
  vi.stubGlobal('focus', vi.fn());
  shown = [];
  permission = 'granted';
  notifications = createNotifications();
  await notifications.enable();
});
afterEach(() => {
  notifications.dispose();
  vi.unstubAllGlobals();
});

describe('notifications while the dashboard is open', () => {
  it('a print that completes is told once, tagged with the connection, the event and the print', async () => {
    expect(await checks(online('printing'), online('printing'), online('complete'), online('complete'))).toEqual(['Prusa MK4: print complete']);
    expect(shown[0]?.options).toEqual({ body: 'benchy.gcode is done.', tag: 'c1|print-complete|p1' });
  });

  it.each<[string, ConnectionStatus[], string]>([
    ['failed', [online('printing'), online('error', { errorText: 'Thermal runaway' })], 'Prusa MK4: print failed'],
    ['paused', [online('printing'), online('paused')], 'Prusa MK4: paused'],
    ['paused by Gadget', [online('printing'), online('paused', { gadget: { scoreHistory: [], suppressed: false, secondsSinceLastPause: 2 } })], 'Prusa MK4: paused by Gadget'],
    ['went offline while printing', [online('printing'), other('printer-offline')], 'Prusa MK4: offline'],
    ['revoked', [online('idle'), other('revoked')], 'Prusa MK4: connection revoked'],
  ])('%s', async (_name, statuses, title) => {
    expect(await checks(...statuses)).toEqual([title]);
  });

  it('a failed check between printing and complete does not hide the completion', async () => {
    expect(await checks(online('printing'), other('unreachable'), online('complete'))).toEqual(['Prusa MK4: print complete']);
  });

  it('nothing when the user has not turned it on, or the browser does not allow it', async () => {
    notifications.disable();
    expect(await checks(online('printing'), online('complete'))).toEqual([]);
    await notifications.enable();
    permission = 'denied';
    await notifications.refreshPermission();
    expect(await checks(online('printing', { printId: 'p2' }), online('complete', { printId: 'p2' }))).toEqual([]);
  });

  it('clicking a notification brings the dashboard forward at that card', async () => {
    await checks(online('printing'), online('paused'));
    shown[0]?.instance.onclick?.();
    expect(globalThis.focus).toHaveBeenCalled();
    expect(notifications.cardToShow.value).toBe('c1');
    expect(shown[0]?.instance.close).toHaveBeenCalled();
  });
});

describe('Notify me', () => {
  it('asks for the permission only when the browser has not been asked; a refusal leaves it off', async () => {
    notifications.disable();
    permission = 'default';
    await notifications.refreshPermission();
    requestPermission.mockClear();
    requestPermission.mockImplementationOnce(async () => 'denied');
    await notifications.enable();
    expect(requestPermission).toHaveBeenCalledTimes(1);
    expect(notifications.permission.value).toBe('denied');
    expect(notifications.notifying.value).toBe(false);

    // The user allows it in the site's settings; the Permissions API tells, then tells of changes.
    const status: { state: PermissionState; onchange: (() => void) | null } = { state: 'granted', onchange: null };
    vi.stubGlobal('navigator', { permissions: { query: async () => status } });
    await notifications.refreshPermission();
    expect(notifications.permission.value).toBe('granted');
    await notifications.enable();
    expect(requestPermission).toHaveBeenCalledTimes(1);
    expect(notifications.notifying.value).toBe(true);
    status.state = 'denied';
    status.onchange?.();
    expect(notifications.permission.value).toBe('denied');
    expect(notifications.notifying.value).toBe(false);
  });
});
