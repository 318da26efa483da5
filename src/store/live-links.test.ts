import { set, type UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshStore } from '../../test/support/store';
import { addLiveLink as add, forgetLiveLinks as forget, readLiveLinks as read, type StoredLiveLink } from './live-links';

/** A database of this test's own. */
let store: UseStore;
beforeEach(() => {
  store = freshStore();
});
const addLiveLink = (id: string, l: StoredLiveLink, now: number) => add(id, l, now, store);
const readLiveLinks = (id: string, now: number) => read(id, now, store);
const forgetLiveLinks = (id: string) => forget(id, store);
const put = (key: string, value: unknown) => set(key, value, store);

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
