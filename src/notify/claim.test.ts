import { describe, expect, it } from 'vitest';
import { claimEvent, eventKey, type ClaimDeps, type NotifyLocks } from './claim';

/** One localStorage shared by "tabs", as one origin's tabs share it. */
function sharedStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

/** An exclusive lock: callbacks run one after another, as navigator.locks runs them. */
function fakeLocks(): NotifyLocks {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    request<T>(_name: string, callback: () => T | Promise<T>): Promise<T> {
      const run = tail.then(callback);
      tail = run.catch(() => {});
      return run;
    },
  };
}

describe('claimEvent', () => {
  const key = eventKey('c1', 'print-complete', 'p9');

  it('one of several tabs wins the same event; the others stay silent', async () => {
    const storage = sharedStorage();
    const locks = fakeLocks();
    let now = 1000;
    const tab = (): ClaimDeps => ({ locks, storage, now: () => now, windowMs: 60_000 });
    const results = await Promise.all([claimEvent(key, tab()), claimEvent(key, tab()), claimEvent(key, tab())]);
    expect(results.filter(Boolean)).toHaveLength(1);
    // A tab that sees the same change a check interval later stays silent too.
    now += 30_000;
    await expect(claimEvent(key, tab())).resolves.toBe(false);
    // Another event, or another print, is its own.
    await expect(claimEvent(eventKey('c1', 'print-complete', 'p10'), tab())).resolves.toBe(true);
    await expect(claimEvent(eventKey('c2', 'print-complete', 'p9'), tab())).resolves.toBe(true);
  });

  it('a claim ends after its window: the same event much later is news again', async () => {
    const storage = sharedStorage();
    let now = 0;
    const deps: ClaimDeps = { locks: null, storage, now: () => now, windowMs: 60_000 };
    await expect(claimEvent(key, deps)).resolves.toBe(true);
    now = 61_000;
    await expect(claimEvent(key, deps)).resolves.toBe(true);
  });

  it('with storage refused or unreadable, the tab still notifies', async () => {
    const refusing = { getItem: () => 'not json', setItem: () => { throw new Error('quota'); } };
    await expect(claimEvent(key, { locks: null, storage: refusing, now: () => 0, windowMs: 1000 })).resolves.toBe(true);
    await expect(claimEvent(key, { locks: null, storage: null, now: () => 0, windowMs: 1000 })).resolves.toBe(true);
  });
});
