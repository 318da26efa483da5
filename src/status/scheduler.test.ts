import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionStatus } from './connection-status';
import { fakeStatus } from '../../test/support/fixtures';
import { createScheduler, DEFAULTS, type SchedulerOptions } from './scheduler';

const S = 1000;
const MIN = 60 * S;
type Kind = ConnectionStatus['kind'];
const status = (kind: Kind): ConnectionStatus => fakeStatus(kind, Date.now());

interface Setup {
  /** ms until a check answers; Infinity: never. */
  latency?: (id: string) => number;
  answer?: (id: string) => Kind;
  /** false: the check keeps running after its signal aborts (a badly behaved check). */
  honourAbort?: boolean;
  options?: Partial<SchedulerOptions>;
}

/** A scheduler over a fake check that records every call and the highest concurrency seen. */
function setup({ latency = () => 0, answer = () => 'online', honourAbort = true, options = {} }: Setup = {}) {
  const calls: { id: string; at: number; signal: AbortSignal }[] = [];
  const results: { id: string; at: number; status: ConnectionStatus }[] = [];
  const live = { current: 0, max: 0 };
  const check = (id: string, signal: AbortSignal) => {
    calls.push({ id, at: Date.now(), signal });
    live.current++;
    live.max = Math.max(live.max, live.current);
    return new Promise<ConnectionStatus>((resolve, reject) => {
      let done = false;
      const finish = () => !done && ((done = true), live.current--, true);
      const ms = latency(id);
      const settle = () => finish() && resolve(status(answer(id)));
      // Fake timers move the clock by 1 ms even for a 0 ms timeout: answer on a microtask instead.
      if (ms === 0) queueMicrotask(settle);
      else if (ms !== Infinity) setTimeout(settle, ms);
      if (honourAbort) signal.addEventListener('abort', () => finish() && reject(signal.reason), { once: true });
    });
  };
  const scheduler = createScheduler({ check, onResult: (id, s) => results.push({ id, at: Date.now(), status: s }), ...options });
  const times = (id: string) => calls.filter((c) => c.id === id).map((c) => c.at);
  const gaps = (id: string) => times(id).slice(1).map((t, i) => t - (times(id)[i] as number));
  return { scheduler, calls, results, live, times, gaps };
}

const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

describe('createScheduler', () => {
  it('checks at once on add, then every interval', async () => {
    const { scheduler, times, results } = setup();
    scheduler.add('a');
    scheduler.add('a');
    await advance(0);
    expect(times('a')).toEqual([0]);
    expect(results.map((r) => r.status.kind)).toEqual(['online']);
    await advance(5 * MIN);
    expect(times('a')).toEqual([0, 30, 60, 90, 120, 150, 180, 210, 240, 270, 300].map((s) => s * S));
  });

  it('given the last answer from another tab, continues its schedule instead of checking at once', async () => {
    const { scheduler, times } = setup();
    await advance(20 * S);
    // Checked 10 s ago elsewhere: due in 20 s. Revoked elsewhere: not checked at all.
    scheduler.add('a', fakeStatus('online', 10 * S));
    scheduler.add('b', fakeStatus('revoked', 10 * S));
    // Checked 5 minutes ago: overdue, so at once.
    scheduler.add('c', fakeStatus('online', -5 * MIN));
    await advance(0);
    expect(times('c')).toEqual([20 * S]);
    expect(times('a')).toEqual([]);
    await advance(20 * S);
    expect(times('a')).toEqual([40 * S]);
    await advance(10 * MIN);
    expect(times('b')).toEqual([]);
  });

  it('uses the given interval', async () => {
    const { scheduler, times } = setup({ options: { intervalMs: 10 * S } });
    scheduler.add('a');
    await advance(35 * S);
    expect(times('a')).toEqual([0, 10 * S, 20 * S, 30 * S]);
  });

  it('checks nothing and holds no timers while hidden, and catches up when visible', async () => {
    const { scheduler, times } = setup();
    scheduler.add('a');
    scheduler.add('b');
    await advance(0);
    scheduler.setVisible(false);
    scheduler.add('c');
    expect(vi.getTimerCount()).toBe(0);
    await advance(60 * MIN);
    expect(times('a')).toEqual([0]);
    expect(times('c')).toEqual([]);
    scheduler.setVisible(true);
    await advance(0);
    expect([times('a'), times('b'), times('c')]).toEqual([[0, 60 * MIN], [0, 60 * MIN], [60 * MIN]]);
    await advance(30 * S);
    expect(times('a')).toEqual([0, 60 * MIN, 60 * MIN + 30 * S]);
  });

  it('holds queued checks, checkNow and wake while hidden', async () => {
    const { scheduler, calls, times } = setup({ latency: () => 1 * S, options: { maxInFlight: 4 } });
    for (let i = 0; i < 10; i++) scheduler.add(`c${i}`);
    await advance(500);
    scheduler.setVisible(false);
    scheduler.checkNow('c9');
    scheduler.wake();
    await advance(10 * MIN);
    // Only the four already running when the page hid.
    expect(calls.map((c) => c.id)).toEqual(['c0', 'c1', 'c2', 'c3']);
    scheduler.setVisible(true);
    await advance(0);
    expect(calls.map((c) => c.id).slice(4)).toEqual(['c9', 'c4', 'c5', 'c6']);
    await advance(3 * S);
    expect(times('c8')).toEqual([10 * MIN + 1500]);
    expect(times('c0')).toEqual([0, 10 * MIN + 1500]);
  });

  it('does not check early a connection that is not yet due when the page shows again', async () => {
    const { scheduler, times } = setup();
    scheduler.add('a');
    await advance(10 * S);
    scheduler.setVisible(false);
    await advance(5 * S);
    scheduler.setVisible(true);
    await advance(14 * S);
    expect(times('a')).toEqual([0]);
    await advance(1 * S);
    expect(times('a')).toEqual([0, 30 * S]);
  });

  it('can start hidden', async () => {
    const { scheduler, times } = setup({ options: { visible: false } });
    scheduler.add('a');
    await advance(10 * MIN);
    expect(times('a')).toEqual([]);
    scheduler.setVisible(true);
    await advance(0);
    expect(times('a')).toEqual([10 * MIN]);
  });

  it('backs off on temporary errors up to 5 minutes, and resets on success', async () => {
    let kind: Kind = 'oe-error';
    const { scheduler, gaps } = setup({ answer: () => kind, options: { random: () => 0.5 } });
    scheduler.add('a');
    await advance(0);
    await advance(60 * S + 120 * S + 240 * S + 300 * S + 300 * S);
    expect(gaps('a')).toEqual([60, 120, 240, 300, 300].map((s) => s * S));
    kind = 'online';
    await advance(300 * S + 30 * S + 30 * S);
    expect(gaps('a').slice(5)).toEqual([300 * S, 30 * S, 30 * S]);
  });

  it('jitters the backoff by up to ±20 % and never passes the cap', async () => {
    const draws = [0, 1, 0, 1, 1, 1];
    const { scheduler, gaps } = setup({ answer: () => 'unreachable', options: { random: () => draws.shift() ?? 1 } });
    scheduler.add('a');
    await advance(30 * MIN);
    expect(gaps('a').slice(0, 6)).toEqual([48, 144, 192, 300, 300, 300].map((s) => s * S));
    expect(Math.max(...gaps('a'))).toBeLessThanOrEqual(5 * MIN);
  });

  it('stops polling a revoked connection until checkNow', async () => {
    let kind: Kind = 'revoked';
    const { scheduler, times, results } = setup({ answer: () => kind });
    scheduler.add('a');
    await advance(3 * 60 * MIN);
    expect(times('a')).toEqual([0]);
    expect(results.map((r) => r.status.kind)).toEqual(['revoked']);
    scheduler.wake();
    await advance(0);
    expect(times('a')).toEqual([0]);
    kind = 'online';
    scheduler.checkNow('a');
    await advance(30 * S);
    expect(times('a')).toEqual([0, 3 * 60 * MIN, 3 * 60 * MIN + 30 * S]);
  });

  it('re-checks hourly on 605 and every 10 minutes on 606', async () => {
    const { scheduler, gaps } = setup({ answer: (id) => (id === 'perks' ? 'supporter-perks-required' : 'credentials-rejected') });
    scheduler.add('perks');
    scheduler.add('creds');
    await advance(3 * 60 * MIN);
    expect(gaps('perks')).toEqual([60 * MIN, 60 * MIN, 60 * MIN]);
    expect(gaps('creds')).toEqual(Array(18).fill(10 * MIN));
  });

  it('polls an offline printer at the normal interval', async () => {
    const { scheduler, gaps } = setup({ answer: () => 'printer-offline' });
    scheduler.add('a');
    await advance(2 * MIN);
    expect(gaps('a')).toEqual([30 * S, 30 * S, 30 * S, 30 * S]);
  });

  it(`keeps at most ${DEFAULTS.maxInFlight} checks in flight across 100 connections`, async () => {
    const { scheduler, calls, live } = setup({ latency: () => 1 * S });
    for (let i = 0; i < 100; i++) scheduler.add(`c${i}`);
    await advance(0);
    expect(calls).toHaveLength(DEFAULTS.maxInFlight);
    expect(scheduler.inFlight()).toBe(DEFAULTS.maxInFlight);
    await advance(Math.ceil(100 / DEFAULTS.maxInFlight) * S);
    expect(new Set(calls.map((c) => c.id)).size).toBe(100);
    expect(live.max).toBe(DEFAULTS.maxInFlight);
  });

  it('drops an answer that arrives after remove, and aborts the check', async () => {
    const { scheduler, calls, results } = setup({ latency: () => 5 * S, honourAbort: false, options: { maxInFlight: 1 } });
    scheduler.add('a');
    scheduler.add('b');
    await advance(1 * S);
    scheduler.remove('a');
    expect(calls[0]?.signal.aborted).toBe(true);
    await advance(0);
    // The slot is free at once, though a's check ignores its signal.
    expect(calls.map((c) => c.id)).toEqual(['a', 'b']);
    await advance(10 * S);
    expect(results.map((r) => r.id)).toEqual(['b']);
  });

  it('drops answers after dispose and schedules nothing more', async () => {
    const { scheduler, calls, results } = setup({ latency: () => 5 * S, honourAbort: false });
    scheduler.add('a');
    await advance(1 * S);
    scheduler.dispose();
    expect(calls[0]?.signal.aborted).toBe(true);
    scheduler.add('b');
    await advance(10 * MIN);
    expect(results).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  it('lets nobody wait on a slow connection, and aborts it after 20 s', async () => {
    const { scheduler, results, calls, times } = setup({ latency: (id) => (id === 'slow' ? Infinity : 100), options: { maxInFlight: 2 } });
    for (const id of ['slow', 'a', 'b', 'c']) scheduler.add(id);
    await advance(300);
    expect(results.map((r) => [r.id, r.at])).toEqual([['a', 100], ['b', 200], ['c', 300]]);
    await advance(20 * S - 300);
    expect(calls[0]?.signal.aborted).toBe(true);
    expect(results.at(-1)).toMatchObject({ id: 'slow', at: 20 * S, status: { kind: 'unreachable', detail: 'timeout' } });
    await advance(20 * S);
    expect(times('a')).toEqual([0, 30_100]);
    expect(times('c')).toEqual([200, 30_300]);
  });

  it('reports a check that throws as a failed check (a bug), never as a network failure', async () => {
    const results: ConnectionStatus[] = [];
    const scheduler = createScheduler({
      check: () => Promise.reject(new TypeError('x is not a function')),
      onResult: (_id, s) => results.push(s),
    });
    scheduler.add('a');
    await advance(0);
    expect(results).toEqual([expect.objectContaining({ kind: 'check-failed', reason: 'bug', error: 'TypeError' })]);
    scheduler.dispose();
  });

  it('frees the slot of a timed-out check even when it ignores its signal', async () => {
    const { scheduler, times } = setup({ latency: (id) => (id === 'slow' ? Infinity : 0), honourAbort: false, options: { maxInFlight: 1 } });
    scheduler.add('slow');
    scheduler.add('a');
    await advance(20 * S);
    expect(times('a')).toEqual([20 * S]);
  });

  it('checkNow checks at once and reschedules from then', async () => {
    const { scheduler, times } = setup();
    scheduler.add('a');
    await advance(10 * S);
    scheduler.checkNow('a');
    await advance(0);
    expect(times('a')).toEqual([0, 10 * S]);
    await advance(29 * S);
    expect(times('a')).toEqual([0, 10 * S]);
    await advance(1 * S);
    expect(times('a')).toEqual([0, 10 * S, 40 * S]);
  });

  it('checkNow goes first in line and replaces a running check, whose answer is dropped', async () => {
    const { scheduler, calls, results } = setup({ latency: () => 1 * S, options: { maxInFlight: 1 } });
    for (const id of ['a', 'b', 'c']) scheduler.add(id);
    await advance(0);
    scheduler.checkNow('c');
    await advance(1 * S);
    expect(calls.map((c) => c.id)).toEqual(['a', 'c']);
    scheduler.checkNow('c');
    await advance(1 * S);
    // The second c answered at 2 s and freed the slot for b.
    expect(calls.map((c) => [c.id, c.at])).toEqual([['a', 0], ['c', 1 * S], ['c', 1 * S], ['b', 2 * S]]);
    expect(calls[1]?.signal.aborted).toBe(true);
    expect(results.map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('wake checks every connection now', async () => {
    const { scheduler, times } = setup();
    scheduler.add('a');
    await advance(5 * S);
    scheduler.add('b');
    await advance(5 * S);
    scheduler.wake();
    await advance(0);
    expect([times('a'), times('b')]).toEqual([[0, 10 * S], [5 * S, 10 * S]]);
  });

  it('200 connections for 10 minutes: one check per interval each, never above the cap, none while hidden', async () => {
    const ids = Array.from({ length: 200 }, (_, i) => `c${i}`);
    const latency = (id: string) => 40 + ((Number(id.slice(1)) * 37) % 300);
    const { scheduler, calls, live, times, gaps } = setup({ latency });
    const hideAt = 4 * MIN;
    const showAt = 6 * MIN;
    for (const id of ids) scheduler.add(id);
    await advance(hideAt);
    scheduler.setVisible(false);
    // Checks already running when the page hid may finish; no new one may start.
    const atHide = calls.length;
    await advance(showAt - hideAt);
    expect(calls.length).toBe(atHide);
    scheduler.setVisible(true);
    await advance(10 * MIN - showAt);
    expect(live.max).toBe(DEFAULTS.maxInFlight);
    expect(calls.filter((c) => c.at > hideAt && c.at < showAt)).toEqual([]);
    for (const id of ids) {
      const count = times(id).length;
      expect(count).toBeLessThanOrEqual(21);
      expect(count).toBeGreaterThanOrEqual(12);
      expect(Math.min(...gaps(id))).toBeGreaterThanOrEqual(30 * S);
    }
    // Thousands of fake timers: slow on a busy machine, not a hang.
  }, 30_000);
});
