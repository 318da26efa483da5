import { describe, expect, it } from 'vitest';
import { fakeClock } from '../../test/support/fake-clock';
import { createLeadership, type LockManagerLike } from './leader';

/**
 * Web Locks as the browser gives them: one holder per name, the others wait in line, an aborted
 * wait rejects, and a closed tab's lock and waits go away with it.
 */
function fakeLocks() {
  interface Waiter {
    tab: number;
    callback: () => Promise<void>;
    done: (error?: unknown) => void;
  }
  const line: Waiter[] = [];
  let holder: Waiter | null = null;
  const grant = () => {
    if (holder || line.length === 0) return;
    const next = line.shift() as Waiter;
    holder = next;
    void Promise.resolve()
      .then(next.callback)
      .finally(() => {
        if (holder !== next) return; // its tab closed meanwhile
        holder = null;
        next.done();
        grant();
      });
  };
  return {
    forTab(tab: number): LockManagerLike {
      return {
        request: (_name, { signal }, callback) =>
          new Promise<void>((resolve, reject) => {
            const waiter: Waiter = { tab, callback, done: (error) => (error ? reject(error) : resolve()) };
            signal.addEventListener('abort', () => {
              const at = line.indexOf(waiter);
              if (at === -1) return;
              line.splice(at, 1);
              reject(new DOMException('Aborted', 'AbortError'));
            });
            line.push(waiter);
            grant();
          }),
      };
    },
    /** The tab is gone without a word: the browser drops its lock and its place in line. */
    close(tab: number) {
      for (let i = line.length - 1; i >= 0; i--) if (line[i]?.tab === tab) line.splice(i, 1);
      if (holder?.tab === tab) holder = null;
      grant();
    },
  };
}

function tabs(count: number, visible = true) {
  const time = fakeClock();
  const locks = fakeLocks();
  const all = Array.from({ length: count }, (_, tab) =>
    createLeadership({ name: 'oe-poller', visible, locks: locks.forTab(tab), clock: time.clock }),
  );
  const leaders = () => all.flatMap((leadership, tab) => (leadership.isLeader ? [tab] : []));
  return { time, locks, all, leaders };
}

describe('createLeadership with Web Locks', () => {
  it('one visible tab leads; of three, exactly one', async () => {
    const one = tabs(1);
    await one.time.advance(0);
    expect(one.leaders()).toEqual([0]);
    const three = tabs(3);
    await three.time.advance(60_000);
    expect(three.leaders()).toEqual([0]);
  });

  it('another visible tab takes over at once when the leader closes, with or without a word', async () => {
    const { time, locks, all, leaders } = tabs(3);
    await time.advance(0);
    all[0]?.dispose();
    await time.advance(0);
    expect(leaders()).toEqual([1]);
    locks.close(1); // a crash: no dispose, the browser drops the lock
    await time.advance(0);
    expect(leaders().filter((tab) => tab !== 1)).toEqual([2]);
  });

  it('a hidden tab never leads: the leader steps down when it hides, and leads again only if the line is empty', async () => {
    const { time, all, leaders } = tabs(2);
    await time.advance(0);
    all[0]?.setVisible(false);
    await time.advance(0);
    expect(leaders()).toEqual([1]);
    all[0]?.setVisible(true);
    await time.advance(0);
    expect(leaders()).toEqual([1]); // no flapping back: it waits in line
    all[1]?.setVisible(false);
    await time.advance(0);
    expect(leaders()).toEqual([0]);
    all[0]?.setVisible(false);
    await time.advance(0);
    expect(leaders()).toEqual([]);
  });

  it('a tab that starts hidden waits until it shows', async () => {
    const { time, all, leaders } = tabs(1, false);
    await time.advance(10_000);
    expect(leaders()).toEqual([]);
    all[0]?.setVisible(true);
    await time.advance(0);
    expect(leaders()).toEqual([0]);
  });

  it('tells its listeners each change, and nothing after dispose', async () => {
    const { time, all } = tabs(2);
    const seen: boolean[][] = [[], []];
    all.forEach((leadership, tab) => leadership.onChange((isLeader) => seen[tab]?.push(isLeader)));
    await time.advance(0);
    all[0]?.setVisible(false);
    await time.advance(0);
    all[1]?.dispose();
    await time.advance(0);
    expect(seen).toEqual([[true, false], [true, false]]);
    all[0]?.setVisible(true);
    await time.advance(0);
    expect(seen[1]).toEqual([true, false]);
  });
});
