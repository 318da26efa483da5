import { describe, expect, it, vi } from 'vitest';
import type { Config } from '../config';
import type { Connection } from '../model';
import { createStatusCheck } from './check';
import type { ConnectionStatus } from './connection-status';
import { INFO_REFRESH_MS, PLUGIN_RETRY_MS } from './policy';

const ORIGIN = 'https://octoeverywhere.com';
const RELAY = 'https://app-abc.octoeverywhere.com';
const INFO = `${ORIGIN}/api/appconnection/info`;
const STATUS = `${RELAY}/octoeverywhere-command-api/status`;
const VERSION = `${RELAY}/api/version`;
const JOB = `${RELAY}/api/job`;
const PRINTER = `${RELAY}/api/printer`;
const config: Config = { origin: ORIGIN, appId: 'devtest', appName: 'Dash', proxyPath: null, pollIntervalMs: 30000 };
const connection: Connection = {
  id: 'abc',
  url: RELAY,
  printerName: 'prusa',
  secrets: { appApiToken: 'APPTOKEN', basicUser: 'user', basicPassword: 'pass', octoPrintApiKey: 'OPKEY' },
  connectedAt: 1,
  updatedAt: 1,
};
const BASIC = `Basic ${btoa('user:pass')}`;
const flatInfo = { PrinterName: 'Prusa', IsOnline: true, PrinterLimits: { MaxDownloadFileSizeBytes: 100 } };
const printing = {
  Status: 200,
  Result: {
    JobStatus: { State: 'printing', CurrentPrint: { Progress: 42.5, TimeLeftSec: 2580, DurationSec: 600, FileName: 'benchy.gcode', Temps: { HotendActual: 214, HotendTarget: 220 } } },
    PlatformVersion: '1.2.3',
  },
};
const job = { state: 'Printing', job: { file: { name: 'benchy.gcode' } }, progress: { completion: 50, printTimeLeft: 600 } };
const printerAnswer = { temperature: { tool0: { actual: 200, target: 215 }, bed: { actual: 60, target: 60 } }, state: { text: 'Printing', flags: { printing: true, operational: true } } };

type Reply = Response | Promise<Response> | ((signal?: AbortSignal | null) => Response | Promise<Response>);
interface Call {
  url: string;
  headers: Headers;
}

/** The Response constructor refuses 6xx; a network response may carry one. */
function reply(status: number, body: unknown = {}): Response {
  const r = new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'text/json' } });
  Object.defineProperty(r, 'status', { value: status });
  return r;
}
const networkDown = () => Promise.reject(new TypeError('Failed to fetch'));
/** Never answers, but honours its signal as the platform's fetch does. */
const hang = (signal?: AbortSignal | null) =>
  new Promise<Response>((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));

/** A fetch answering from a URL → reply table (replies made fresh per call); unknown URLs fail loudly. */
function fakeFetch(routes: Record<string, () => Reply>) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = String(input);
    calls.push({ url, headers: new Headers(init?.headers) });
    const route = routes[url];
    if (!route) throw new Error(`unexpected request to ${url}`);
    const answer = route();
    return typeof answer === 'function' ? answer(init?.signal) : answer;
  };
  return { fetch, calls };
}

/** One checker over time: `clock.t` moves between checks. */
function setup(routes: Record<string, () => Reply>, options: { config?: Config; timeoutMs?: number } = {}) {
  const { fetch, calls } = fakeFetch(routes);
  const clock = { t: 1234 };
  const checker = createStatusCheck(options.config ?? config, {
    fetch,
    dashboardOrigin: 'https://dash.example.org',
    now: () => clock.t,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const check = (c: Connection = connection, signal = new AbortController().signal) => checker.check(c, signal);
  const urls = () => calls.map((c) => c.url);
  return { check, calls, urls, clock, checker };
}

async function once(routes: Record<string, () => Reply>, options: { config?: Config; connection?: Connection; timeoutMs?: number } = {}) {
  const s = setup(routes, options);
  const status = await s.check(options.connection);
  return { status, calls: s.calls, urls: s.urls() };
}

const healthy = (): Record<string, () => Reply> => ({ [INFO]: () => reply(200, flatInfo), [STATUS]: () => reply(200, printing) });

describe('status check: the first check', () => {
  it('asks the info API, then the Plugin API status, and is online with the printer', async () => {
    const { status, urls } = await once(healthy());
    expect(urls).toEqual([INFO, STATUS]);
    expect(status).toMatchObject({ kind: 'online', checkedAt: 1234, note: null, info: { printerName: 'Prusa', isOnline: true } });
    expect(status.kind === 'online' && status.printer).toMatchObject({ source: 'plugin', state: 'printing', progress: 42.5, timeLeftSec: 2580, fileName: 'benchy.gcode' });
  });

  it('sends the AppToken only to the App API, and Authorization and X-Api-Key only to the relay', async () => {
    const { calls } = await once(healthy());
    const [info, relay] = calls;
    expect(info?.headers.get('AppToken')).toBe('APPTOKEN');
    expect(info?.headers.has('Authorization')).toBe(false);
    expect(info?.headers.has('X-Api-Key')).toBe(false);
    expect(relay?.headers.has('AppToken')).toBe(false);
    expect(relay?.headers.get('Authorization')).toBe(BASIC);
    expect(relay?.headers.get('X-Api-Key')).toBe('OPKEY');
  });

  it('uses the proxy path for both sides in proxy mode', async () => {
    const base = 'https://dash.example.org/oe';
    const routes = { [`${base}/api/appconnection/info`]: () => reply(200, flatInfo), [`${base}/relay/app-abc.octoeverywhere.com/octoeverywhere-command-api/status`]: () => reply(200, printing) };
    const { status, urls } = await once(routes, { config: { ...config, proxyPath: '/oe' } });
    expect(status.kind).toBe('online');
    expect(urls).toEqual(Object.keys(routes));
  });

  it('is printer-offline, without touching the relay, when IsOnline is false', async () => {
    const { status, urls } = await once({ [INFO]: () => reply(200, { ...flatInfo, IsOnline: false }) });
    expect(status).toMatchObject({ kind: 'printer-offline', code: null, info: { isOnline: false } });
    expect(urls).toEqual([INFO]);
  });

  it.each([
    [603, { kind: 'revoked', code: 603 }],
    [604, { kind: 'revoked', code: 604 }],
    [605, { kind: 'supporter-perks-required', code: 605 }],
    [600, { kind: 'oe-error', code: 600, temporary: true, source: 'app-api' }],
    [650, { kind: 'oe-error', code: 650, temporary: true, source: 'app-api' }],
  ])('maps info API %i and stops there', async (code, expected) => {
    const { status, urls } = await once({ [INFO]: () => reply(code, { Status: code, Error: 'x' }) });
    expect(status).toMatchObject({ ...expected, info: null });
    expect(urls).toEqual([INFO]);
  });

  it('lets the relay decide when the info body is unreadable', async () => {
    const { status } = await once({ ...healthy(), [INFO]: () => reply(200, '<html>') });
    expect(status).toMatchObject({ kind: 'online', info: null });
  });
});

describe('status check: the relay answers', () => {
  it.each([
    [606, { kind: 'credentials-rejected', code: 606 }],
    [601, { kind: 'printer-offline', code: 601 }],
    [602, { kind: 'printer-offline', code: 602 }],
    [604, { kind: 'revoked', code: 604 }],
    [605, { kind: 'supporter-perks-required', code: 605 }],
    [502, { kind: 'oe-error', code: 502, temporary: true, source: 'relay' }],
  ])('maps relay %i, keeping the info', async (code, expected) => {
    const { status, urls } = await once({ ...healthy(), [STATUS]: () => reply(code, { Status: code }) });
    expect(status).toMatchObject({ ...expected, info: { printerName: 'Prusa' } });
    expect(urls).toEqual([INFO, STATUS]);
  });

  it.each([
    [785, 'software-not-connected'],
    [787, 'busy'],
    [789, 'cant-log-in'],
    [750, 'temporary'],
    [753, 'temporary'],
    [799, 'temporary'],
    [786, 'temporary'],
  ])('maps the plugin’s %i in a 200 to a printer problem (%s)', async (code, problem) => {
    const { status } = await once({ ...healthy(), [STATUS]: () => reply(200, { Status: code, Error: 'Host not connected' }) });
    expect(status).toMatchObject({ kind: 'printer-problem', problem, code, info: { printerName: 'Prusa' } });
  });

  it('reads a service code inside the plugin envelope as the service’s', async () => {
    const { status } = await once({ ...healthy(), [STATUS]: () => reply(200, { Status: 606, Error: 'x' }) });
    expect(status).toMatchObject({ kind: 'credentials-rejected', code: 606 });
  });

  it('stays online, saying why, when the printer’s answer is unreadable', async () => {
    for (const body of ['garbage', [1, 2], { Status: 200 }, { Status: 200, Result: { nope: 1 } }]) {
      const { status } = await once({ ...healthy(), [STATUS]: () => reply(200, body) });
      expect(status).toMatchObject({ kind: 'online', printer: null, note: { kind: 'unreadable' } });
    }
  });

  it('treats a relay limit (607–609) as online: one request failed, not the connection', async () => {
    const { status } = await once({ ...healthy(), [STATUS]: () => reply(609) });
    expect(status).toMatchObject({ kind: 'online', printer: null, note: { kind: 'limited', code: 609 } });
  });

  it('is unreachable with the failing side named, and times out within its deadline', async () => {
    expect((await once({ [INFO]: networkDown })).status).toEqual<ConnectionStatus>({ kind: 'unreachable', detail: 'network', source: 'app-api', info: null, checkedAt: 1234 });
    expect((await once({ ...healthy(), [STATUS]: networkDown })).status).toMatchObject({ kind: 'unreachable', detail: 'network', source: 'relay', info: { printerName: 'Prusa' } });
    expect((await once({ ...healthy(), [STATUS]: () => hang }, { timeoutMs: 20 })).status).toMatchObject({ kind: 'unreachable', detail: 'timeout', source: 'relay' });
  });

  it('calls an answer over 1 MB a failed check, naming the side, instead of reading it', async () => {
    const huge = JSON.stringify({ PrinterName: 'x'.repeat(1_000_001), IsOnline: true });
    const { status, urls } = await once({ [INFO]: () => reply(200, huge) });
    expect(status).toMatchObject({ kind: 'check-failed', reason: 'too-large', source: 'app-api' });
    expect(urls).toEqual([INFO]);
  });

  it('lets a bug reject the check instead of calling it a network failure', async () => {
    const broken = () => {
      throw new RangeError('a bug of ours');
    };
    await expect(once({ [INFO]: broken })).rejects.toBeInstanceOf(RangeError);
  });

  it('rejects when the caller aborts, so nobody records that result', async () => {
    const { check } = setup({ [INFO]: () => hang });
    const controller = new AbortController();
    const pending = check(connection, controller.signal);
    controller.abort(new Error('removed'));
    await expect(pending).rejects.toThrow('removed');
  });
});

describe('status check: an OctoPrint plugin too old for the Plugin APIs', () => {
  const old = (statusReply: () => Reply): Record<string, () => Reply> => ({
    ...healthy(),
    [STATUS]: statusReply,
    [VERSION]: () => reply(200, { api: '0.1', server: '1.10.2' }),
    [JOB]: () => reply(200, job),
    [PRINTER]: () => reply(200, printerAnswer),
  });

  it.each([
    ['754 in the envelope', () => reply(200, { Status: 754, Error: 'Unknown command' })],
    ['404 on the command path', () => reply(404, 'Not found')],
  ])('falls back to OctoPrint’s routes on %s, into the same printer model', async (_case, statusReply) => {
    const { status, urls } = await once(old(statusReply));
    expect(urls).toEqual([INFO, STATUS, VERSION, JOB, PRINTER]);
    expect(status.kind === 'online' && status.printer).toMatchObject({ source: 'octoprint', state: 'printing', progress: 50, timeLeftSec: 600, platformVersion: '1.10.2', temperatures: { hotend: { actual: 200, target: 215 } } });
  });

  it('remembers the fallback, and tries the Plugin APIs again a day later', async () => {
    const s = setup(old(() => reply(200, { Status: 754 })));
    await s.check();
    s.calls.length = 0;
    s.clock.t += 30_000;
    await s.check();
    expect(s.urls()).toEqual([VERSION, JOB, PRINTER]);
    s.calls.length = 0;
    s.clock.t += PLUGIN_RETRY_MS;
    await s.check();
    expect(s.urls()).toEqual([INFO, STATUS, VERSION, JOB, PRINTER]);
  });

  it('is online with a key needed when OctoPrint answers 401 or 403', async () => {
    for (const code of [401, 403]) {
      const { status, urls } = await once({ ...old(() => reply(200, { Status: 754 })), [VERSION]: () => reply(code) });
      expect(status).toMatchObject({ kind: 'online', printer: null, note: { kind: 'octoprint-key-needed' } });
      expect(urls).toEqual([INFO, STATUS, VERSION]);
    }
  });
});

describe('status check: the info API’s cadence', () => {
  it('asks the info API on the first check, then only every 10 minutes while all is well', async () => {
    const s = setup(healthy());
    const infoCalls = () => s.urls().filter((u) => u === INFO).length;
    for (let i = 0; i <= 20; i += 1) {
      await s.check();
      s.clock.t += 30_000;
    }
    // 21 checks, 30 s apart: those at 0 s and 600 s asked the info API too: 23 requests.
    expect(infoCalls()).toBe(2);
    expect(s.calls).toHaveLength(23);
    expect(s.calls.length / 21).toBeLessThanOrEqual(1.1);
    expect(INFO_REFRESH_MS).toBe(600_000);
  });

  it('asks the info API again right after the relay answered an error', async () => {
    let relayDown = true;
    const s = setup({ ...healthy(), [STATUS]: () => (relayDown ? reply(601) : reply(200, printing)) });
    await s.check();
    s.clock.t += 30_000;
    relayDown = false;
    s.calls.length = 0;
    await s.check();
    expect(s.urls()).toEqual([INFO, STATUS]);
    s.calls.length = 0;
    s.clock.t += 30_000;
    await s.check();
    expect(s.urls()).toEqual([STATUS]);
  });

  it('keeps the last info on checks that skip the info API, and forgets it on request', async () => {
    const s = setup(healthy());
    await s.check();
    s.clock.t += 30_000;
    expect(await s.check()).toMatchObject({ kind: 'online', info: { printerName: 'Prusa' } });
    s.checker.forget('abc');
    s.calls.length = 0;
    await s.check();
    expect(s.urls()).toEqual([INFO, STATUS]);
  });
});

describe('status check: one deadline', () => {
  it('gives the whole check one deadline: a slow info answer leaves the relay only the rest', async () => {
    vi.useFakeTimers();
    try {
      const slowInfo = () => () => new Promise<Response>((resolve) => setTimeout(() => resolve(reply(200, flatInfo)), 10_000));
      const s = setup({ [INFO]: slowInfo, [STATUS]: () => hang });
      let result: ConnectionStatus | undefined;
      void s.check().then((status) => (result = status));
      await vi.advanceTimersByTimeAsync(14_999);
      expect(result).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(result).toMatchObject({ kind: 'unreachable', detail: 'timeout', source: 'relay' });
    } finally {
      vi.useRealTimers();
    }
  });
});
