import { describe, expect, it } from 'vitest';
import { fakeClock } from '../../test/support/fake-clock';
import type { Clock } from './clock';
import { fakeStatus } from '../../test/support/fixtures';
import { createScheduler, DEFAULTS } from './scheduler';

/**
 * 500 printers on fake time, with every request answering after 300 ms. Two shapes of check:
 * today's (the info API on the one App API host, then version and job on the connection's own
 * host) and the planned one (a single request to the connection's own host). A browser opens at
 * most 6 connections to one host over HTTP/1.1, so the App API host is modelled as 6 slots.
 */
const S = 1000;
const MIN = 60 * S;
const REQUEST_MS = 300;
const HOST_SLOTS = 6;

type Step = { host: 'app-api' | 'own'; ms: number };
const TODAY: Step[] = [
  { host: 'app-api', ms: REQUEST_MS },
  { host: 'own', ms: REQUEST_MS },
  { host: 'own', ms: REQUEST_MS },
];
const PLANNED: Step[] = [{ host: 'own', ms: REQUEST_MS }];

/** The shared host: at most HOST_SLOTS requests at once, the rest wait in line (as in a browser). */
function sharedHost(clock: Clock) {
  let busy = 0;
  const waiting: (() => void)[] = [];
  return {
    async request(ms: number, signal: AbortSignal): Promise<void> {
      if (busy >= HOST_SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
      busy++;
      try {
        await sleep(clock, ms, signal);
      } finally {
        busy--;
        waiting.shift()?.();
      }
    },
  };
}

const sleep = (clock: Clock, ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = clock.setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clock.clearTimeout(timer), reject(signal.reason)), { once: true });
  });

function run(clock: Clock, steps: Step[], maxInFlight?: number) {
  const appApi = sharedHost(clock);
  const starts = new Map<string, number[]>();
  const live = { current: 0, max: 0 };
  const scheduler = createScheduler({
    clock,
    ...(maxInFlight ? { maxInFlight } : {}),
    check: async (id, signal) => {
      starts.get(id)?.push(clock.now());
      live.max = Math.max(live.max, ++live.current);
      try {
        for (const step of steps) {
          if (step.host === 'app-api') await appApi.request(step.ms, signal);
          else await sleep(clock, step.ms, signal);
        }
        return fakeStatus('online', clock.now());
      } finally {
        live.current--;
      }
    },
    onResult: () => {},
  });
  return { scheduler, starts, live };
}

/** Over `ms` from the start: the longest a connection went unchecked (start and end included), and the shortest gap between two checks. */
function gaps(starts: Map<string, number[]>, ms: number) {
  let longest = 0;
  let shortest = Infinity;
  let firstPass = 0;
  for (const times of starts.values()) {
    firstPass = Math.max(firstPass, times[0] ?? Infinity);
    const marks = [0, ...times, ms];
    for (let i = 1; i < marks.length; i++) longest = Math.max(longest, (marks[i] as number) - (marks[i - 1] as number));
    for (let i = 1; i < times.length; i++) shortest = Math.min(shortest, (times[i] as number) - (times[i - 1] as number));
  }
  return { longest, shortest, firstPass };
}

async function tenMinutes(steps: Step[], maxInFlight?: number) {
  const time = fakeClock();
  const { scheduler, starts, live } = run(time.clock, steps, maxInFlight);
  for (let i = 0; i < 500; i++) {
    starts.set(`c${i}`, []);
    scheduler.add(`c${i}`);
  }
  await time.advance(10 * MIN);
  scheduler.dispose();
  return { ...gaps(starts, 10 * MIN), live, checks: [...starts.values()].map((t) => t.length) };
}

describe('500 connections, 300 ms per request, 10 minutes', () => {
  it("today's check: all checked within the first interval, then once per interval, never above the cap", async () => {
    const result = await tenMinutes(TODAY);
    expect(result.live.max).toBe(DEFAULTS.maxInFlight);
    expect(result.firstPass).toBeLessThanOrEqual(DEFAULTS.intervalMs);
    expect(result.longest).toBeLessThanOrEqual(60 * S);
    expect(result.shortest).toBeGreaterThanOrEqual(DEFAULTS.intervalMs);
    // 10 minutes at one check per 30 s and a bit: 19 or 20 each, none left behind.
    expect(Math.min(...result.checks)).toBeGreaterThanOrEqual(19);
    expect(Math.max(...result.checks)).toBeLessThanOrEqual(20);
  }, 20_000);

  it('the planned one-request check: the same, with room to spare', async () => {
    const result = await tenMinutes(PLANNED);
    expect(result.live.max).toBeLessThanOrEqual(DEFAULTS.maxInFlight);
    expect(result.firstPass).toBeLessThanOrEqual(DEFAULTS.intervalMs / 3);
    expect(result.longest).toBeLessThanOrEqual(DEFAULTS.intervalMs + 2 * S);
    expect(result.shortest).toBeGreaterThanOrEqual(DEFAULTS.intervalMs);
  }, 20_000);

  it('four at once, as before, falls behind: a connection waits nearly two minutes', async () => {
    const result = await tenMinutes(TODAY, 4);
    expect(result.longest).toBeGreaterThan(100 * S);
  }, 20_000);
});
