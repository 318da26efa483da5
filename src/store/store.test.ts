import { describe, expect, it } from 'vitest';
import { fakeConnection as connection } from '../../test/support/fixtures';
import { useFreshStore } from '../../test/support/fresh-store';
import { kvStore } from './database';
import {
  ATTEMPT_LIFETIME_MS,
  createAttempt,
  deleteConnection,
  finishAttempt,
  listConnections,
  pruneExpiredAttempts,
  readAttempt,
  renameConnection,
  saveConnection,
  takeFinishedTabAttempts,
} from './index';

const nonce = (n: number) => n.toString(16).padStart(32, '0');

async function rawValues(): Promise<unknown[]> {
  return kvStore('readonly', (store) => new Promise((resolve) => {
    const request = store.getAll();
    request.onsuccess = () => resolve(request.result);
  }));
}

useFreshStore();

describe('connections', () => {
  it('round-trips a connection, oldest first, with its secrets', async () => {
    await saveConnection(connection('b', { connectedAt: 2000 }));
    await saveConnection(connection('a', { connectedAt: 1000, label: 'Garage' }));
    const { connections, unreadable } = await listConnections();
    expect(unreadable).toEqual([]);
    expect(connections.map((c) => c.id)).toEqual(['a', 'b']);
    expect(connections[0]).toEqual(connection('a', { connectedAt: 1000, label: 'Garage' }));
  });

  it('holds no secret in plain text at rest', async () => {
    await saveConnection(connection('a'));
    const dump = JSON.stringify(await rawValues(), (_key, value: unknown) =>
      value instanceof ArrayBuffer || value instanceof Uint8Array ? Array.from(new Uint8Array(value as ArrayBuffer)) : value,
    );
    expect(dump).toContain('Printer a');
    for (const secret of ['SECRET-TOKEN-a', 'SECRET-PASSWORD-a', 'SECRET-KEY-a']) expect(dump).not.toContain(secret);
  });

  it('renames and deletes', async () => {
    await saveConnection(connection('a'));
    await renameConnection('a', '  Kitchen  ');
    expect((await listConnections()).connections[0]?.label).toBe('Kitchen');
    await renameConnection('a', '');
    expect((await listConnections()).connections[0]?.label).toBeUndefined();
    await deleteConnection('a');
    expect((await listConnections()).connections).toEqual([]);
  });

  it('lists an unreadable record as damaged without dropping the others', async () => {
    await saveConnection(connection('a'));
    await kvStore('readwrite', (store) => {
      store.put({ v: 99, id: 'future', printerName: 'From the future' }, 'conn:future');
      return Promise.resolve();
    });
    const list = await listConnections();
    expect(list.connections.map((c) => c.id)).toEqual(['a']);
    expect(list.unreadable).toEqual([{ id: 'future', name: 'From the future', problem: 'damaged', entry: null }]);
  });
});

describe('attempts', () => {
  it('stores a connection only for a known, unused, unexpired attempt', async () => {
    expect(await finishAttempt(nonce(1), { outcome: 'connected', connection: connection('a') })).toBe('missing');
    expect((await listConnections()).connections).toEqual([]);

    await createAttempt({ nonce: nonce(1), mode: 'popup' }, 0);
    expect(await finishAttempt(nonce(1), { outcome: 'connected', connection: connection('a') }, 10)).toBe('finished');
    expect((await readAttempt(nonce(1)))?.result).toMatchObject({ outcome: 'connected', connectionId: 'a', printerName: 'Printer a' });
    expect((await listConnections()).connections.map((c) => c.id)).toEqual(['a']);

    // A replayed callback stores nothing the second time.
    expect(await finishAttempt(nonce(1), { outcome: 'connected', connection: connection('evil') }, 20)).toBe('used');
    expect((await listConnections()).connections.map((c) => c.id)).toEqual(['a']);
  });

  it('refuses an expired attempt', async () => {
    await createAttempt({ nonce: nonce(2), mode: 'popup' }, 0);
    expect(await finishAttempt(nonce(2), { outcome: 'connected', connection: connection('a') }, ATTEMPT_LIFETIME_MS)).toBe('expired');
    expect((await listConnections()).connections).toEqual([]);
  });

  it('a reconnect of the same printer replaces the old connection once the new one is stored, keeping its label', async () => {
    await saveConnection(connection('old', { label: 'Garage' }));
    await createAttempt({ nonce: nonce(3), mode: 'popup', replaces: 'old' }, 0);
    await finishAttempt(nonce(3), { outcome: 'connected', connection: connection('new', { printerName: 'Printer old' }) }, 1);
    expect((await listConnections()).connections.map((c) => [c.id, c.label])).toEqual([['new', 'Garage']]);
  });

  it('keeps the local label when the same connection is stored again', async () => {
    await saveConnection(connection('a', { label: 'Garage' }));
    await createAttempt({ nonce: nonce(4), mode: 'popup' }, 0);
    await finishAttempt(nonce(4), { outcome: 'connected', connection: connection('a') }, 1);
    expect((await listConnections()).connections[0]?.label).toBe('Garage');
  });

  it('records a decline and a rejection, storing no connection', async () => {
    await createAttempt({ nonce: nonce(5), mode: 'tab' }, 0);
    await createAttempt({ nonce: nonce(6), mode: 'popup' }, 0);
    await finishAttempt(nonce(5), { outcome: 'declined' }, 1);
    await finishAttempt(nonce(6), { outcome: 'rejected', reason: 'bad url' }, 1);
    expect((await readAttempt(nonce(6)))?.result).toMatchObject({ outcome: 'rejected', reason: 'bad url' });
    expect((await listConnections()).connections).toEqual([]);
    const tab = await takeFinishedTabAttempts();
    expect(tab.map((a) => a.nonce)).toEqual([nonce(5)]);
    expect(await readAttempt(nonce(5))).toBeNull();
  });

  it('prunes only expired attempts', async () => {
    await createAttempt({ nonce: nonce(7), mode: 'popup' }, 0);
    await createAttempt({ nonce: nonce(8), mode: 'popup' }, 1000);
    expect(await pruneExpiredAttempts(ATTEMPT_LIFETIME_MS + 500)).toBe(1);
    expect(await readAttempt(nonce(7))).toBeNull();
    expect(await readAttempt(nonce(8))).not.toBeNull();
  });
});
