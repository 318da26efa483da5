import { describe, expect, it } from 'vitest';
import { exportBackup } from '../backup/export';
import { planImport } from '../backup/plan';
import { fakeConnection as connection } from '../testing/fixtures';
import { useFreshStore } from '../testing/fresh-store';
import { closeDatabaseForTests } from './database';
import { importConnections } from './import';
import { forgetSealingKeyForTests } from './sealing';
import { listConnections, saveConnection } from './index';

const ORIGIN = 'https://octoeverywhere.com';


useFreshStore();

describe('importConnections', () => {
  it('stores every connection with its secrets, replacing one with the same id', async () => {
    await saveConnection(connection('a', { printerName: 'Old name' }));
    await importConnections([connection('a', { label: 'Garage' }), connection('b', { connectedAt: 2000, secrets: { appApiToken: 't', bearerToken: 'bearer-b' } })]);
    const { connections, unreadable } = await listConnections();
    expect(unreadable).toBe(0);
    expect(connections).toEqual([
      connection('a', { label: 'Garage' }),
      connection('b', { connectedAt: 2000, secrets: { appApiToken: 't', bearerToken: 'bearer-b' } }),
    ]);
  });

  it('does nothing for an empty list', async () => {
    await importConnections([]);
    expect((await listConnections()).connections).toEqual([]);
  });

  it('writes all or nothing: one record the store refuses leaves none stored', async () => {
    // A value IndexedDB cannot clone (a symbol) makes the second `put` throw inside the transaction.
    const bad = connection('b', { url: Symbol('not cloneable') as unknown as string });
    await expect(importConnections([connection('a'), bad])).rejects.toThrow();
    expect((await listConnections()).connections).toEqual([]);
  });

  it('restores everything from an export on an empty store (export, plan, import)', async () => {
    const originals = [
      connection('a', { label: 'Garage', printerId: 'p-1', userPrinterAccessUrl: 'https://octoeverywhere.com/printer/1', printerLastKnownLocalIp: '192.168.1.20' }),
      connection('b', { connectedAt: 2000, updatedAt: 3000, secrets: { appApiToken: 'tb', bearerToken: 'bearer-b' } }),
      connection('c', { connectedAt: 3000, secrets: { appApiToken: 'tc', basicUser: 'u', basicPassword: 'p', bearerToken: 'bearer-c' } }),
    ];
    for (const c of originals) await saveConnection(c);
    const { text } = exportBackup((await listConnections()).connections);

    // A new browser profile: no records, and a new sealing key.
    closeDatabaseForTests();
    forgetSealingKeyForTests();
    indexedDB.deleteDatabase('oe-dashboard');
    expect((await listConnections()).connections).toEqual([]);

    const plan = planImport(text, [], ORIGIN);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.report.added.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    await importConnections(plan.toSave);
    expect((await listConnections()).connections).toEqual(originals);
  });
});
