import { get, set, type UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeConnection as connection } from '../../test/support/fixtures';
import { freshStore } from '../../test/support/store';
import { exportBackup } from '../backup/export';
import { planImport } from '../backup/plan';
import { importConnections } from './import';
import { readImportUndo, undoImport } from './import-undo';
import { listConnections, saveConnection } from './connections';

const ORIGIN = 'https://octoeverywhere.com';

let store: UseStore;
beforeEach(() => {
  store = freshStore();
});

describe('importConnections', () => {
  it('stores every connection with its secrets, replacing one with the same id', async () => {
    await saveConnection(connection('a', { printerName: 'Old name' }), store);
    await importConnections([connection('a', { label: 'Garage' }), connection('b', { connectedAt: 2000, secrets: { appApiToken: 't', bearerToken: 'bearer-b' } })], 0, store);
    const { connections, unreadable } = await listConnections(store);
    expect(unreadable).toEqual([]);
    expect(connections).toEqual([
      connection('a', { label: 'Garage' }),
      connection('b', { connectedAt: 2000, secrets: { appApiToken: 't', bearerToken: 'bearer-b' } }),
    ]);
  });

  it('does nothing for an empty list', async () => {
    await importConnections([], 0, store);
    expect((await listConnections(store)).connections).toEqual([]);
  });

  it('writes all or nothing: one record the store refuses leaves none stored', async () => {
    // A value IndexedDB cannot clone (a symbol) makes the second `put` throw inside the transaction.
    const bad = connection('b', { url: Symbol('not cloneable') as unknown as string });
    await expect(importConnections([connection('a'), bad], 0, store)).rejects.toThrow();
    expect((await listConnections(store)).connections).toEqual([]);
  });

  it('restores everything from an export on an empty store (export, plan, import)', async () => {
    const originals = [
      connection('a', { label: 'Garage', printerId: 'p-1', userPrinterAccessUrl: 'https://octoeverywhere.com/printer/1', printerLastKnownLocalIp: '192.168.1.20' }),
      connection('b', { connectedAt: 2000, updatedAt: 3000, secrets: { appApiToken: 'tb', bearerToken: 'bearer-b' } }),
      connection('c', { connectedAt: 3000, secrets: { appApiToken: 'tc', basicUser: 'u', basicPassword: 'p', bearerToken: 'bearer-c' } }),
    ];
    for (const c of originals) await saveConnection(c, store);
    const { text } = exportBackup((await listConnections(store)).connections);

    // A new browser profile: no records, and a new sealing key.
    store = freshStore();
    expect((await listConnections(store)).connections).toEqual([]);

    const plan = planImport(text, [], ORIGIN);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.report.added.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    await importConnections(plan.toSave, 0, store);
    expect((await listConnections(store)).connections).toEqual(originals);
  });
});

describe('undoImport', () => {
  const raw = (id: string) => get(`conn:${id}`, store);
  const newSecrets = { appApiToken: 'SECRET-NEW-TOKEN', bearerToken: 'SECRET-NEW-BEARER' };

  it('puts back exactly the records an import replaced and removes the ones it added', async () => {
    await saveConnection(connection('a', { label: 'Garage' }), store);
    const before = await raw('a');
    await importConnections([connection('a', { secrets: newSecrets, label: 'Garage' }), connection('b')], 7000, store);
    expect((await listConnections(store)).connections.map((c) => c.secrets.appApiToken)).toEqual(['SECRET-NEW-TOKEN', 'SECRET-TOKEN-b']);
    expect(await readImportUndo(store)).toEqual({ at: 7000, added: 1, replaced: 1 });

    expect(await undoImport(store)).toEqual({ at: 7000, added: 1, replaced: 1 });
    expect(await raw('a')).toEqual(before);
    expect(await raw('b')).toBeUndefined();
    expect((await listConnections(store)).connections).toEqual([connection('a', { label: 'Garage' })]);
    // One undo only.
    expect(await undoImport(store)).toBeNull();
    expect(await readImportUndo(store)).toBeNull();
  });

  it('keeps only the last import for undo: undoing it goes back to after the one before', async () => {
    await importConnections([connection('a')], 1, store);
    await importConnections([connection('a', { secrets: newSecrets })], 2, store);
    await undoImport(store);
    expect((await listConnections(store)).connections).toEqual([connection('a')]);
    expect(await undoImport(store)).toBeNull();
  });

  it('brings back a record this browser could not read, byte for byte', async () => {
    await set('conn:a', { v: 1, id: 'a', printerName: 'Lost', sealed: { iv: new Uint8Array(12), data: new ArrayBuffer(40) } }, store);
    const before = await raw('a');
    await importConnections([connection('a')], 0, store);
    expect((await listConnections(store)).connections.map((c) => c.id)).toEqual(['a']);
    await undoImport(store);
    expect(await raw('a')).toEqual(before);
    expect((await listConnections(store)).unreadable).toEqual([{ id: 'a', name: 'Lost', problem: 'undecryptable', entry: null }]);
  });
});
