import { del, get, set, type UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeConnection as connection } from '../../test/support/fixtures';
import { freshStore, testDatabaseName } from '../../test/support/store';
import { importConnections } from './import';
import { listConnections, saveConnection } from './connections';

let database: string;
let store: UseStore;
beforeEach(() => {
  database = testDatabaseName();
  store = freshStore(database);
});

const raw = (key: string) => get(key, store);
const put = (key: string, value: unknown) => set(key, value, store);

describe('a record that fails validation', () => {
  it.each([
    ['a date past what a Date can hold', { connectedAt: 1e20 }],
    ['a negative date', { updatedAt: -1 }],
    ['a fractional date', { connectedAt: 1.5 }],
  ])('is damaged (%s), offered for export with its credentials, and hides no other card', async (_what, change) => {
    await saveConnection(connection('a'), store);
    await saveConnection(connection('b', { label: 'Garage' }), store);
    const stored = (await raw('conn:b')) as Record<string, unknown>;
    await put('conn:b', { ...stored, ...change });

    const list = await listConnections(store);
    expect(list.connections.map((c) => c.id)).toEqual(['a']);
    expect(list.unreadable).toEqual([
      { id: 'b', name: 'Garage', problem: 'damaged', entry: expect.objectContaining({ id: 'b', ...change, secrets: connection('b').secrets }) },
    ]);
    // Kept exactly as it was: reading never rewrites a record.
    expect(await raw('conn:b')).toEqual({ ...stored, ...change });
  });
});

describe('a lost encryption key', () => {
  /** Site data partly cleared: the key record is gone, and the page is loaded again. */
  async function loseTheKey() {
    await del('meta:sealing-key', store);
    store = freshStore(database);
  }

  it('shows every sealed record as undecryptable, by name, and leaves it untouched', async () => {
    await saveConnection(connection('a', { label: 'Garage' }), store);
    await saveConnection(connection('b'), store);
    const before = [await raw('conn:a'), await raw('conn:b')];
    await loseTheKey();

    const list = await listConnections(store);
    expect(list.connections).toEqual([]);
    expect(list.unreadable).toEqual([
      { id: 'a', name: 'Garage', problem: 'undecryptable', entry: null },
      { id: 'b', name: 'Printer b', problem: 'undecryptable', entry: null },
    ]);
    expect([await raw('conn:a'), await raw('conn:b')]).toEqual(before);
  });

  it('lets new connections be added under a new key beside them, and an import of the same id restores one', async () => {
    await saveConnection(connection('a'), store);
    await saveConnection(connection('b'), store);
    const oldB = await raw('conn:b');
    await loseTheKey();

    await saveConnection(connection('c', { connectedAt: 3000 }), store);
    let list = await listConnections(store);
    expect(list.connections.map((c) => c.id)).toEqual(['c']);
    expect(list.unreadable.map((u) => [u.id, u.problem])).toEqual([['a', 'undecryptable'], ['b', 'undecryptable']]);

    await importConnections([connection('a')], 0, store);
    list = await listConnections(store);
    expect(list.connections).toEqual([connection('a'), connection('c', { connectedAt: 3000 })]);
    expect(list.unreadable.map((u) => u.id)).toEqual(['b']);
    expect(await raw('conn:b')).toEqual(oldB);
  });
});
