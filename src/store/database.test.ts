import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabaseForTests, openDatabase } from './database';
import { StoreError } from './errors';

function openRaw(version: number, onVersionChange?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('oe-dashboard', version);
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

afterEach(async () => {
  closeDatabaseForTests();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('oe-dashboard');
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
});

describe('openDatabase', () => {
  it('says "blocked" when another tab holds an older version open and will not let go', async () => {
    const other = await openRaw(1, () => undefined); // ignores versionchange, as a stuck tab would
    const error = await openDatabase(2).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('blocked');
    expect((error as StoreError).message).toContain('Close other tabs');
    other.close();
  });

  it('says "outdated" when the stored database is newer than this page', async () => {
    const newer = await openRaw(3);
    newer.close();
    const error = await openDatabase(1).catch((e: unknown) => e);
    expect((error as StoreError).kind).toBe('outdated');
  });

  it('closes itself when another tab upgrades, so it never blocks that upgrade', async () => {
    await openDatabase(1);
    // Were our connection to stay open, this open would be blocked and never settle.
    const upgraded = await openRaw(2);
    expect(upgraded.version).toBe(2);
    upgraded.close();
  });
});
