// @vitest-environment happy-dom
// The dashboard's own store, on fake-indexeddb: each test file runs with modules and a database of its own.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeConnection, fakeStatus } from '../../test/support/fixtures';
import { CHANNEL_NAME } from '../portal/messages';
import { saveConnection } from '../store/connections';
import { createDashboard, type Dashboard } from './dashboard';

const made: Dashboard[] = [];
const dashboard = () => {
  const one = createDashboard();
  made.push(one);
  return one;
};
afterEach(() => {
  for (const one of made.splice(0)) one.dispose();
});

/** What another tab says after it changed the stored list. */
function anotherTabChangedTheList(): void {
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.postMessage({ type: 'oe-connections-changed' });
  channel.close();
}

const names = (one: Dashboard) => one.connections.list.value.map((c) => c.printerName);

describe('createDashboard', () => {
  it('gives each dashboard state of its own: two never share a status, an attempt or a list', () => {
    const a = dashboard();
    const b = dashboard();
    a.statuses.statusOf('x').value = fakeStatus('online');
    a.connections.list.value = [fakeConnection('x')];
    a.attempt.view.value = { phase: 'waiting', reconnecting: null };
    expect(b.statuses.statusOf('x').value).toBeNull();
    expect(b.connections.list.value).toEqual([]);
    expect(b.attempt.view.value).toEqual({ phase: 'idle' });
  });

  it('makes each part once per dashboard, on first ask, and disposes it with its dashboard', () => {
    const dispose = vi.fn();
    const make = vi.fn(() => ({ dispose }));
    const a = dashboard();
    const b = dashboard();
    expect(make).not.toHaveBeenCalled();
    expect(a.part(make)).toBe(a.part(make));
    expect(b.part(make)).not.toBe(a.part(make));
    expect(make).toHaveBeenCalledTimes(2);
    a.dispose();
    expect(dispose).toHaveBeenCalledTimes(1);
  });

  it('reads the stored list at start, follows other tabs while it runs, and stops once disposed', async () => {
    await saveConnection(fakeConnection('a', { printerName: 'Prusa MK4' }));
    const one = dashboard();
    await one.start();
    expect(names(one)).toEqual(['Prusa MK4']);

    await saveConnection(fakeConnection('b', { printerName: 'Voron' }));
    anotherTabChangedTheList();
    await vi.waitFor(() => expect(names(one)).toEqual(['Prusa MK4', 'Voron']));

    one.dispose();
    await saveConnection(fakeConnection('c', { printerName: 'Bambu X1C' }));
    anotherTabChangedTheList();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(names(one)).toEqual(['Prusa MK4', 'Voron']);
  });

  it('hands "Check now" to its status checks while they run, and to nobody once disposed', async () => {
    const one = dashboard();
    await one.start();
    one.statuses.checkNow('x');
    expect(one.statuses.checkingOf('x').value).toBe(true);
    one.dispose();
    one.statuses.checkingOf('x').value = false;
    one.statuses.checkNow('x');
    expect(one.statuses.checkingOf('x').value).toBe(false);
  });
});
