import { describe, expect, it } from 'vitest';
import { fakeClock } from '../../test/support/fake-clock';
import type { Clock } from './clock';
import { createLeadership, type ChannelLike, type Leadership } from './leader';
import { HEARTBEAT_MS } from './leader-lease';

/** Same-origin BroadcastChannels on fake time: a message reaches every other open end 1 ms later. */
function channelBus(clock: Clock) {
  const ends = new Set<{ listeners: Set<(event: MessageEvent) => void>; tab: number }>();
  const cut = new Set<number>();
  /** When each tab last sent something that was heard. */
  const lastSent = new Map<number, number>();
  return {
    lastSent: (tab: number) => lastSent.get(tab) ?? NaN,
    open(tab: number): ChannelLike {
      const end = { listeners: new Set<(event: MessageEvent) => void>(), tab };
      ends.add(end);
      return {
        postMessage(message) {
          if (cut.has(tab)) return;
          lastSent.set(tab, clock.now());
          for (const other of ends) {
            if (other === end || cut.has(other.tab)) continue;
            clock.setTimeout(() => other.listeners.forEach((l) => l({ data: structuredClone(message) } as MessageEvent)), 1);
          }
        },
        addEventListener: (_type, listener) => void end.listeners.add(listener),
        removeEventListener: (_type, listener) => void end.listeners.delete(listener),
        close: () => void ends.delete(end),
      };
    },
    /** The tab hears nothing and is heard by no one (a crash, or a split for the test). */
    cut: (tab: number) => void cut.add(tab),
    heal: (tab: number) => void cut.delete(tab),
  };
}

function tabs(ids: string[], visible = true) {
  const time = fakeClock();
  const bus = channelBus(time.clock);
  const all: Leadership[] = [];
  const open = (id: string, shown = visible) =>
    all.push(createLeadership({ name: 'oe-poller', visible: shown, locks: null, channel: bus.open(all.length), clock: time.clock, id }));
  ids.forEach((id) => open(id));
  const leaders = () => all.flatMap((leadership, tab) => (leadership.isLeader ? [tab] : []));
  /** Advances in 50 ms steps and records the most leaders seen at once. */
  const watch = async (ms: number) => {
    let most = 0;
    for (let t = 0; t < ms; t += 50) {
      await time.advance(50);
      most = Math.max(most, leaders().length);
    }
    return most;
  };
  return { time, bus, all, open, leaders, watch };
}

describe('createLeadership without Web Locks (heartbeats and a lease)', () => {
  it('one tab leads within 250 ms; of three started together, the lowest id, and never two at once', async () => {
    const one = tabs(['a']);
    await one.time.advance(260);
    expect(one.leaders()).toEqual([0]);
    const three = tabs(['c', 'a', 'b']);
    expect(await three.watch(60_000)).toBe(1);
    expect(three.leaders()).toEqual([1]);
  });

  it('a tab opened later follows the leader, even with a lower id', async () => {
    const { time, open, leaders, watch } = tabs(['m']);
    await time.advance(1000);
    open('a');
    expect(await watch(10_000)).toBe(1);
    expect(leaders()).toEqual([0]);
  });

  it('replaces a leader that went silent within 2 s of its last heartbeat', async () => {
    const { time, bus, leaders } = tabs(['a', 'b', 'c']);
    await time.advance(1000);
    expect(leaders()).toEqual([0]);
    bus.cut(0); // crashed: no resign, no more heartbeats
    const lastBeat = bus.lastSent(0);
    expect(time.now() - lastBeat).toBeLessThan(HEARTBEAT_MS);
    let takeover = 0;
    while (!leaders().includes(1) && time.now() < lastBeat + 5000) {
      await time.advance(10);
      takeover = time.now();
    }
    expect(takeover - lastBeat).toBeLessThanOrEqual(2000);
    expect(leaders().filter((tab) => tab !== 0)).toEqual([1]);
  });

  it('a leader that hides or closes says so, and a visible tab takes over at once; hidden tabs never lead', async () => {
    const { time, all, leaders } = tabs(['a', 'b', 'c']);
    await time.advance(1000);
    all[2]?.setVisible(false);
    all[0]?.setVisible(false);
    await time.advance(300);
    expect(leaders()).toEqual([1]);
    all[1]?.dispose();
    await time.advance(2000);
    expect(leaders()).toEqual([]); // only hidden tabs left
    all[2]?.setVisible(true);
    await time.advance(300);
    expect(leaders()).toEqual([2]);
  });

  it('two leaders that could not hear each other settle on the lower id once they can', async () => {
    const { time, bus, leaders } = tabs(['a', 'b']);
    await time.advance(1000);
    bus.cut(0);
    await time.advance(3000);
    expect(leaders()).toEqual([0, 1]);
    bus.heal(0);
    await time.advance(HEARTBEAT_MS + 10);
    expect(leaders()).toEqual([0]);
  });
});
