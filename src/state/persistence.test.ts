import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeConnection } from '../../test/support/fixtures';
import { createConnections, type Connections } from './connections';
import { createPersistence, type StoragePersistence } from './persistence';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function fakeStorage(grant: boolean) {
  let persisted = false;
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => (persisted = grant)),
  };
}

/** Each test's own list; `start` makes its persistence part on it. */
let connections: Connections;
let part: StoragePersistence | null = null;
const start = (storage: Parameters<typeof createPersistence>[1]) => (part = createPersistence({ connections }, storage));
beforeEach(() => {
  connections = createConnections();
});
afterEach(() => part?.dispose());

describe('storage persistence', () => {
  it('asks for persistent storage only once the first connection is stored, and only once', async () => {
    const storage = fakeStorage(true);
    const { persistence } = start(storage);
    await settle();
    expect(storage.persist).not.toHaveBeenCalled();
    expect(persistence.value).toBe('best-effort');

    connections.list.value = [fakeConnection('a')];
    await settle();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(persistence.value).toBe('persistent');

    connections.list.value = [fakeConnection('a'), fakeConnection('b')];
    await settle();
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('says best-effort when the browser declines', async () => {
    const storage = fakeStorage(false);
    connections.list.value = [fakeConnection('a')];
    const { persistence } = start(storage);
    await settle();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(persistence.value).toBe('best-effort');
  });

  it('says unknown where the browser has no StorageManager', async () => {
    connections.list.value = [fakeConnection('a')];
    const { persistence } = start(undefined);
    await settle();
    expect(persistence.value).toBe('unknown');
  });
});
