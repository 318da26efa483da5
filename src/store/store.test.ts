import type { UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeConnection as connection } from '../../test/support/fixtures';
import { freshStore } from '../../test/support/store';
import { ATTEMPT_LIFETIME_MS, createAttempt, pruneExpiredAttempts, readAttempt, takeFinishedTabAttempts } from './attempts';
import { listConnections, saveConnection } from './connections';
import { deleteConnection, renameConnection } from './edit';
import { finishAttempt } from './finish-attempt';

const nonce = (n: number) => n.toString(16).padStart(32, '0');

let store: UseStore;
beforeEach(() => {
  store = freshStore();
});

async function rawValues(): Promise<unknown[]> {
  return store('readonly', (store) => new Promise((resolve) => {
    const request = store.getAll();
    request.onsuccess = () => resolve(request.result);
  }));
}

describe('connections', () => {
  it('round-trips a connection, oldest first, with its secrets', async () => {
    await saveConnection(connection('b', { connectedAt: 2000 }), store);
    await saveConnection(connection('a', { connectedAt: 1000, label: 'Garage' }), store);
    const { connections, unreadable } = await listConnections(store);
    expect(unreadable).toEqual([]);
    expect(connections.map((c) => c.id)).toEqual(['a', 'b']);
    expect(connections[0]).toEqual(connection('a', { connectedAt: 1000, label: 'Garage' }));
  });

  it('holds no secret in plain text at rest', async () => {
    await saveConnection(connection('a'), store);
    const dump = JSON.stringify(await rawValues(), (_key, value: unknown) =>
      value instanceof ArrayBuffer || value instanceof Uint8Array ? Array.from(new Uint8Array(value as ArrayBuffer)) : value,
    );
    expect(dump).toContain('Printer a');
    for (const secret of ['SECRET-TOKEN-a', 'SECRET-PASSWORD-a', 'SECRET-KEY-a']) expect(dump).not.toContain(secret);
  });

  it('renames and deletes', async () => {
    await saveConnection(connection('a'), store);
    await renameConnection('a', '  Kitchen  ', 2000, store);
    expect((await listConnections(store)).connections[0]?.label).toBe('Kitchen');
    await renameConnection('a', '', 2000, store);
    expect((await listConnections(store)).connections[0]?.label).toBeUndefined();
    await deleteConnection('a', store);
    expect((await listConnections(store)).connections).toEqual([]);
  });

  it('refuses to rename a connection removed meanwhile, and writes nothing in its place', async () => {
    const error = await renameConnection('gone', 'Kitchen', 2000, store).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StoreError', kind: 'corrupt' });
    expect(await rawValues()).toEqual([]);
  });

  it('lists an unreadable record as damaged without dropping the others', async () => {
    await saveConnection(connection('a'), store);
    await store('readwrite', (store) => {
      store.put({ v: 99, id: 'future', printerName: 'From the future' }, 'conn:future');
      return Promise.resolve();
    });
    const list = await listConnections(store);
    expect(list.connections.map((c) => c.id)).toEqual(['a']);
    expect(list.unreadable).toEqual([{ id: 'future', name: 'From the future', problem: 'damaged', entry: null }]);
  });
});

describe('attempts', () => {
  it('stores a connection only for a known, unused, unexpired attempt', async () => {
    expect(await finishAttempt(nonce(1), { outcome: 'connected', connection: connection('a') }, 0, store)).toEqual({ status: 'missing' });
    expect((await listConnections(store)).connections).toEqual([]);

    await createAttempt({ nonce: nonce(1), mode: 'popup' }, 0, store);
    expect(await finishAttempt(nonce(1), { outcome: 'connected', connection: connection('a') }, 10, store)).toMatchObject({ status: 'finished' });
    expect((await readAttempt(nonce(1), store))?.result).toMatchObject({ outcome: 'connected', connectionId: 'a', printerName: 'Printer a' });
    expect((await listConnections(store)).connections.map((c) => c.id)).toEqual(['a']);

    // A replayed callback stores nothing the second time.
    expect(await finishAttempt(nonce(1), { outcome: 'connected', connection: connection('evil') }, 20, store)).toEqual({ status: 'used' });
    expect((await listConnections(store)).connections.map((c) => c.id)).toEqual(['a']);
  });

  it('refuses an expired attempt', async () => {
    await createAttempt({ nonce: nonce(2), mode: 'popup' }, 0, store);
    expect(await finishAttempt(nonce(2), { outcome: 'connected', connection: connection('a') }, ATTEMPT_LIFETIME_MS, store)).toEqual({ status: 'expired' });
    expect((await listConnections(store)).connections).toEqual([]);
  });

  it('a reconnect of the same printer replaces the old connection once the new one is stored, keeping its label', async () => {
    await saveConnection(connection('old', { label: 'Garage' }), store);
    await createAttempt({ nonce: nonce(3), mode: 'popup', replaces: 'old' }, 0, store);
    await finishAttempt(nonce(3), { outcome: 'connected', connection: connection('new', { printerName: 'Printer old' }) }, 1, store);
    expect((await listConnections(store)).connections.map((c) => [c.id, c.label])).toEqual([['new', 'Garage']]);
  });

  it('keeps the local label when the same connection is stored again', async () => {
    await saveConnection(connection('a', { label: 'Garage' }), store);
    await createAttempt({ nonce: nonce(4), mode: 'popup' }, 0, store);
    await finishAttempt(nonce(4), { outcome: 'connected', connection: connection('a') }, 1, store);
    expect((await listConnections(store)).connections[0]?.label).toBe('Garage');
  });

  it('records a decline and a rejection, storing no connection', async () => {
    await createAttempt({ nonce: nonce(5), mode: 'tab' }, 0, store);
    await createAttempt({ nonce: nonce(6), mode: 'popup' }, 0, store);
    await finishAttempt(nonce(5), { outcome: 'declined' }, 1, store);
    await finishAttempt(nonce(6), { outcome: 'rejected', reason: 'bad url' }, 1, store);
    expect((await readAttempt(nonce(6), store))?.result).toMatchObject({ outcome: 'rejected', reason: 'bad url' });
    expect((await listConnections(store)).connections).toEqual([]);
    const tab = await takeFinishedTabAttempts(store);
    expect(tab.map((a) => a.nonce)).toEqual([nonce(5)]);
    expect(await readAttempt(nonce(5), store)).toBeNull();
  });

  it('never overwrites a stored attempt: a used nonce cannot be made new again', async () => {
    await createAttempt({ nonce: nonce(9), mode: 'popup' }, 0, store);
    await finishAttempt(nonce(9), { outcome: 'declined' }, 1, store);
    await expect(createAttempt({ nonce: nonce(9), mode: 'popup' }, 2, store)).rejects.toThrow();
    expect(await finishAttempt(nonce(9), { outcome: 'connected', connection: connection('a') }, 3, store)).toEqual({ status: 'used' });
  });

  it('prunes only expired attempts', async () => {
    await createAttempt({ nonce: nonce(7), mode: 'popup' }, 0, store);
    await createAttempt({ nonce: nonce(8), mode: 'popup' }, 1000, store);
    expect(await pruneExpiredAttempts(ATTEMPT_LIFETIME_MS + 500, store)).toBe(1);
    expect(await readAttempt(nonce(7), store)).toBeNull();
    expect(await readAttempt(nonce(8), store)).not.toBeNull();
  });
});
