import 'fake-indexeddb/auto';
import { promisifyRequest } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabaseForTests, kvStore } from './database';
import { addLiveLink, forgetLiveLinks, readLiveLinks, type StoredLiveLink } from './live-links';

beforeEach(() => {
  indexedDB.deleteDatabase('oe-dashboard');
});
afterEach(() => closeDatabaseForTests());

const put = (key: string, value: unknown) =>
  kvStore('readwrite', (store) => {
    store.put(value, key);
    return promisifyRequest(store.transaction);
  });

const HOUR = 3_600_000;
const link = (liveId: string, createdAt: number, hours = 24): StoredLiveLink => ({
  liveId,
  url: `https://oe.example/live/${liveId}`,
  shortUrl: `https://oe.example/l/${liveId}`,
  createdAt,
  expiresAt: createdAt + hours * HOUR,
  endsWithPrint: false,
});

describe('live links store', () => {
  it('keeps links per connection, newest first, and lists only those not expired', async () => {
    await addLiveLink('a', link('one', 0, 1), 0);
    await addLiveLink('a', link('two', 10, 24), 10);
    await addLiveLink('b', link('other', 20), 20);
    expect((await readLiveLinks('a', 30)).map((l) => l.liveId)).toEqual(['two', 'one']);
    expect((await readLiveLinks('a', 2 * HOUR)).map((l) => l.liveId)).toEqual(['two']);
    expect((await readLiveLinks('b', 30)).map((l) => l.liveId)).toEqual(['other']);
  });

  it('drops expired links when a new one is kept, and forgets a removed connection’s', async () => {
    await addLiveLink('a', link('old', 0, 1), 0);
    const kept = await addLiveLink('a', link('new', 2 * HOUR), 2 * HOUR);
    expect(kept.map((l) => l.liveId)).toEqual(['new']);
    await forgetLiveLinks('a');
    expect(await readLiveLinks('a', 0)).toEqual([]);
  });

  it('reads a damaged record as no links, and a new link replaces it', async () => {
    await put('live:a', { v: 1, links: [{ liveId: 7 }, link('fine', 0)] });
    expect((await readLiveLinks('a', 0)).map((l) => l.liveId)).toEqual(['fine']);
    await put('live:a', 'garbage');
    expect(await readLiveLinks('a', 0)).toEqual([]);
    expect((await addLiveLink('a', link('x', 0), 0)).map((l) => l.liveId)).toEqual(['x']);
  });
});
