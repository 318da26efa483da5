import { promisifyRequest } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { testDatabaseName } from '../../test/support/store';
import { createKvStore } from './database';
import { StoreError } from './errors';

function openRaw(name: string, version: number, onVersionChange?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains('kv')) request.result.createObjectStore('kv');
    };
    request.onsuccess = () => {
      if (onVersionChange) request.result.onversionchange = () => onVersionChange(request.result);
      resolve(request.result);
    };
    request.onerror = () => reject(request.error);
  });
}

/** One read through a store: what opens its database. */
const count = (store: ReturnType<typeof createKvStore>) => store('readonly', (s) => promisifyRequest(s.count()));

describe('createKvStore', () => {
  it('opens nothing until its first use', async () => {
    const name = testDatabaseName();
    const store = createKvStore(name, 1);
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(name);
    expect(await count(store)).toBe(0);
    expect((await indexedDB.databases()).map((db) => db.name)).toContain(name);
  });

  it('says "blocked" when another tab holds an older version open and will not let go', async () => {
    const name = testDatabaseName();
    const other = await openRaw(name, 1, () => undefined); // ignores versionchange, as a stuck tab would
    const error = await count(createKvStore(name, 2)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('blocked');
    expect((error as StoreError).message).toContain('Close other tabs');
    other.close();
  });

  it('says "outdated" when the stored database is newer than this page', async () => {
    const name = testDatabaseName();
    (await openRaw(name, 3)).close();
    const error = await count(createKvStore(name, 1)).catch((e: unknown) => e);
    expect((error as StoreError).kind).toBe('outdated');
  });

  it('closes itself when another tab upgrades, so it never blocks that upgrade, and opens again on next use', async () => {
    const name = testDatabaseName();
    const store = createKvStore(name, 1);
    await count(store);
    // Were our connection to stay open, this open would be blocked and never settle.
    const upgraded = await openRaw(name, 2);
    expect(upgraded.version).toBe(2);
    upgraded.close();
    // This page (version 1) now finds a newer database: it says so rather than hanging.
    expect(((await count(store).catch((e: unknown) => e)) as StoreError).kind).toBe('outdated');
  });
});
