import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeConnection } from '../../test/support/fixtures';
import { connections } from './connections';
import { startStoragePersistence, storagePersistence } from './persistence';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function fakeStorage(grant: boolean) {
  let persisted = false;
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => (persisted = grant)),
  };
}

let stop = () => {};
afterEach(() => {
  stop();
  connections.value = [];
  storagePersistence.value = null;
});

describe('startStoragePersistence', () => {
  it('asks for persistent storage only once the first connection is stored, and only once', async () => {
    const storage = fakeStorage(true);
    stop = startStoragePersistence(storage);
    await settle();
    expect(storage.persist).not.toHaveBeenCalled();
    expect(storagePersistence.value).toBe('best-effort');

    connections.value = [fakeConnection('a')];
    await settle();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(storagePersistence.value).toBe('persistent');

    connections.value = [fakeConnection('a'), fakeConnection('b')];
    await settle();
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('says best-effort when the browser declines', async () => {
    const storage = fakeStorage(false);
    connections.value = [fakeConnection('a')];
    stop = startStoragePersistence(storage);
    await settle();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(storagePersistence.value).toBe('best-effort');
  });

  it('says unknown where the browser has no StorageManager', async () => {
    connections.value = [fakeConnection('a')];
    stop = startStoragePersistence(undefined);
    await settle();
    expect(storagePersistence.value).toBe('unknown');
  });
});
