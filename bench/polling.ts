/**
 * 500 printers within the interval: the dashboard, with every connection stored and the stub
 * answering each App API and relay request after `delayMs`, left open on one page at the real
 * interval. Every request the stub receives is kept (the log is read every few seconds, as it
 * holds only the last 5000). Requests are tied to their connection by the AppToken (App APIs) or
 * the host (relay); a check is a run of one connection's requests with less than 5 s between
 * them (one check takes about a second here, the next comes an interval later), so the figure
 * does not depend on which requests a check makes.
 */
import type { Browser } from '@playwright/test';
import { stubControl, type LoggedRequest } from '../e2e/stub/client.ts';
import type { PortalConnection } from '../src/model.ts';
import { newContext } from './context.ts';
import { seedContext } from './cold-start.ts';

export interface PollingResult {
  connections: number;
  intervalMs: number;
  delayMs: number;
  observedMs: number;
  /** Page start to the last connection's first check: the first pass. */
  firstPassMs: number;
  /** Longest time one connection went unchecked: page start to first check, between checks, last check to the end. */
  longestGapMs: number;
  /** Shortest time between two checks of one connection (must not be under the interval). */
  shortestGapMs: number;
  /**
   * GET requests per connection in the second interval (CORS preflights apart): the steady state,
   * after the first check asked the info API too.
   */
  requestsPerInterval: number;
  /** The one-time "which OctoEverywhere printer are you" question per OctoPrint connection: not a status check. */
  printerIdRequests: number;
  /** GET requests per check, on average. */
  requestsPerCheck: number;
  preflightsPerInterval: number;
  /** Connections never checked while observed. */
  unchecked: number;
}

const READ_EVERY_MS = 5_000;
/** Asked once per page load per connection (Reconnect's printerId), outside the status checks. */
const PRINTER_ID_PATH = '/api/plugin/octoeverywhere';
const SAME_CHECK_MS = 5_000;

/** A status check's request: not a CORS preflight, and not a webcam picture of a card on screen (bench/webcam.ts). */
const isWebcam = (r: LoggedRequest) => r.path.startsWith('/octoeverywhere-command-api/webcam/');
const isCheck = (r: LoggedRequest) => r.method === 'GET' && !isWebcam(r);

export async function measurePolling(
  browser: Browser,
  appOrigin: string,
  stubOrigin: string,
  pool: PortalConnection[],
  opts: { intervalMs: number; delayMs: number },
): Promise<PollingResult> {
  const stub = stubControl(stubOrigin);
  const all = await stub.connections();
  const byToken = new Map(all.map((c) => [c.appApiToken, c.id]));
  const ids = new Set(pool.map((c) => c.id));
  for (let i = 0; i < all.length; i += 25) {
    await Promise.all(all.slice(i, i + 25).map((c) => stub.setConnection(c.id, { delayMs: ids.has(c.id) ? opts.delayMs : 0 })));
  }
  const context = await newContext(browser);
  const seen = new Map<string, LoggedRequest>();
  const collect = async () => {
    for (const r of await stub.requests()) seen.set(`${r.at}|${r.method}|${r.host}|${r.path}|${r.headers.apptoken ?? ''}`, r);
  };
  // Two whole intervals, and time for the checks due at the end of the second to show.
  const observedMs = 2 * opts.intervalMs + 15_000;
  let start = 0;
  try {
    await seedContext(context, appOrigin, pool);
    await stub.clearRequests();
    const page = await context.newPage();
    start = Date.now();
    await page.goto(`${appOrigin}/`);
    while (Date.now() - start < observedMs) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(READ_EVERY_MS, observedMs - (Date.now() - start))));
      await collect();
    }
  } finally {
    await context.close();
    for (let i = 0; i < all.length; i += 25) await Promise.all(all.slice(i, i + 25).map((c) => stub.setConnection(c.id, { delayMs: 0 })));
  }
  const end = start + observedMs;
  const observed = [...seen.values()].filter((r) => r.at >= start && r.at < end);
  const requests = observed.filter((r) => r.path !== PRINTER_ID_PATH);
  const idOf = (r: LoggedRequest): string | undefined => {
    const relay = /^app-([a-z0-9]+)\./.exec(r.host);
    return relay ? relay[1] : byToken.get(r.headers.apptoken ?? '');
  };
  const gets = new Map<string, number[]>([...ids].map((id) => [id, []]));
  for (const r of requests) if (isCheck(r)) gets.get(idOf(r) ?? '')?.push(r.at);
  const checks = new Map<string, number[]>();
  /** Requests of each check that had time to finish while observed. */
  const sizes: number[] = [];
  for (const [id, times] of gets) {
    times.sort((a, b) => a - b);
    const starts = times.filter((t, i) => i === 0 || t - (times[i - 1] as number) >= SAME_CHECK_MS);
    checks.set(id, starts);
    starts.forEach((t, i) => {
      if (t < end - SAME_CHECK_MS) sizes.push(times.filter((u) => u >= t && u < (starts[i + 1] ?? end)).length);
    });
  }
  let longestGapMs = 0;
  let shortestGapMs = Infinity;
  let firstPassMs = 0;
  let unchecked = 0;
  for (const times of checks.values()) {
    if (times.length === 0) unchecked += 1;
    firstPassMs = Math.max(firstPassMs, (times[0] ?? end) - start);
    const marks = [start, ...times, end];
    for (let i = 1; i < marks.length; i += 1) longestGapMs = Math.max(longestGapMs, marks[i]! - marks[i - 1]!);
    for (let i = 1; i < times.length; i += 1) shortestGapMs = Math.min(shortestGapMs, times[i]! - times[i - 1]!);
  }
  const window = requests.filter((r) => r.at >= start + opts.intervalMs && r.at < start + 2 * opts.intervalMs && ids.has(idOf(r) ?? ''));
  const per = (n: number) => n / ids.size;
  return {
    connections: ids.size,
    intervalMs: opts.intervalMs,
    delayMs: opts.delayMs,
    observedMs,
    firstPassMs,
    longestGapMs,
    shortestGapMs,
    requestsPerInterval: per(window.filter(isCheck).length),
    requestsPerCheck: sizes.reduce((a, b) => a + b, 0) / Math.max(1, sizes.length),
    preflightsPerInterval: per(window.filter((r) => r.method === 'OPTIONS' && !isWebcam(r)).length),
    printerIdRequests: observed.filter((r) => r.method === 'GET' && r.path === PRINTER_ID_PATH).length,
    unchecked,
  };
}
