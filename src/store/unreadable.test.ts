import { promisifyRequest } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { fakeConnection as connection } from '../../test/support/fixtures';
import { useFreshStore } from '../../test/support/fresh-store';
import { kvStore } from './database';
import { importConnections } from './import';
import { forgetSealingKeyForTests } from './sealing';
import { listConnections, saveConnection } from './index';

useFreshStore();

const raw = (key: string) => kvStore('readonly', (store) => promisifyRequest(store.get(key)));
const put = (key: string, value: unknown) =>
  kvStore('readwrite', (store) => {
    store.put(value, key);
    return promisifyRequest(store.transaction);
  });

describe('a record that fails validation', () => {
  it.each([
    ['a date past what a Date can hold', { connectedAt: 1e20 }],
    ['a negative date', { updatedAt: -1 }],
    ['a fractional date', { connectedAt: 1.5 }],
  ])('is damaged (%s), offered for export with its credentials, and hides no other card', async (_what, change) => {
    await saveConnection(connection('a'));
    await saveConnection(connection('b', { label: 'Garage' }));
    const stored = (await raw('conn:b')) as Record<string, unknown>;
    await put('conn:b', { ...stored, ...change });

    const list = await listConnections();
    expect(list.connections.map((c) => c.id)).toEqual(['a']);
    expect(list.unreadable).toEqual([
      { id: 'b', name: 'Garage', problem: 'damaged', entry: expect.objectContaining({ id: 'b', ...change, secrets: connection('b').secrets }) },
    ]);
    // Kept exactly as it was: reading never rewrites a record.
    expect(await raw('conn:b')).toEqual({ ...stored, ...change });
  });
});

describe('a lost encryption key', () => {
  async function loseTheKey() {
    await kvStore('readwrite', (store) => {
      store.delete('meta:sealing-key');
      return promisifyRequest(store.transaction);
    });
    forgetSealingKeyForTests();
  }

  it('shows every sealed record as undecryptable, by name, and leaves it untouched', async () => {
    await saveConnection(connection('a', { label: 'Garage' }));
    await saveConnection(connection('b'));
    const before = [await raw('conn:a'), await raw('conn:b')];
    await loseTheKey();

    const list = await listConnections();
    expect(list.connections).toEqual([]);
    expect(list.unreadable).toEqual([
      { id: 'a', name: 'Garage', problem: 'undecryptable', entry: null },
      { id: 'b', name: 'Printer b', problem: 'undecryptable', entry: null },
    ]);
    expect([await raw('conn:a'), await raw('conn:b')]).toEqual(before);
  });

  it('lets new connections be added under a new key beside them, and an import of the same id restores one', async () => {
    await saveConnection(connection('a'));
    await saveConnection(connection('b'));
    const oldB = await raw('conn:b');
    await loseTheKey();

    await saveConnection(connection('c', { connectedAt: 3000 }));
    let list = await listConnections();
    expect(list.connections.map((c) => c.id)).toEqual(['c']);
    expect(list.unreadable.map((u) => [u.id, u.problem])).toEqual([['a', 'undecryptable'], ['b', 'undecryptable']]);

    await importConnections([connection('a')]);
    list = await listConnections();
    expect(list.connections).toEqual([connection('a'), connection('c', { connectedAt: 3000 })]);
    expect(list.unreadable.map((u) => u.id)).toEqual(['b']);
    expect(await raw('conn:b')).toEqual(oldB);
  });
});
