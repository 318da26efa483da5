import { describe, expect, it, vi } from 'vitest';
import type { Config } from '../config';
import type { Connection } from '../model';
import { checkConnection, type ConnectionStatus } from './check';

const ORIGIN = 'https://octoeverywhere.com';
const RELAY = 'https://app-abc.octoeverywhere.com';
const INFO = `${ORIGIN}/api/appconnection/info`;
const VERSION = `${RELAY}/api/version`;
const JOB = `${RELAY}/api/job`;
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
const job = { state: 'Printing', job: { file: { name: 'benchy.gcode' } }, progress: { completion: 50, printTimeLeft: 600 } };

type Reply = Response | ((signal?: AbortSignal | null) => Response | Promise<Response>);
interface Call {
  url: string;
  headers: Headers;
}

/** The Response constructor refuses 6xx; a network response may carry one. */
function reply(status: number, body: unknown = {}): Response {
  const r = new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200 });
  Object.defineProperty(r, 'status', { value: status });
  return r;
}
const networkDown = () => Promise.reject(new TypeError('Failed to fetch'));
/** Never answers, but honours its signal as the platform's fetch does. */
const hang = (signal?: AbortSignal | null) =>
  new Promise<Response>((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));

/** A fetch answering from a URL → reply table; unknown URLs fail the test loudly. */
function fakeFetch(routes: Record<string, Reply>) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = String(input);
    calls.push({ url, headers: new Headers(init?.headers) });
    const route = routes[url];
    if (!route) throw new Error(`unexpected request to ${url}`);
    return typeof route === 'function' ? route(init?.signal) : route;
  };
  return { fetch, calls };
}

async function run(routes: Record<string, Reply>, options: { connection?: Connection; config?: Config; signal?: AbortSignal; timeoutMs?: number } = {}) {
  const { fetch, calls } = fakeFetch(routes);
  const status = await checkConnection(options.connection ?? connection, options.config ?? config, {
    fetch,
    signal: options.signal ?? new AbortController().signal,
    dashboardOrigin: 'https://dash.example.org',
    now: () => 1234,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  return { status, calls, urls: calls.map((c) => c.url) };
}

const healthy = () => ({ [INFO]: reply(200, flatInfo), [VERSION]: reply(200, { api: '0.1' }), [JOB]: reply(200, job) });

describe('checkConnection', () => {
  it('is online with info and activity when every step answers', async () => {
    const { status, urls } = await run(healthy());
    expect(status).toMatchObject({ kind: 'online', checkedAt: 1234, octoPrintKeyNeeded: false, info: { printerName: 'Prusa', isOnline: true } });
    expect(status.kind === 'online' && status.activity).toEqual({ state: 'Printing', completion: 50, fileName: 'benchy.gcode', printTimeLeftSeconds: 600 });
    expect(urls).toEqual([INFO, VERSION, JOB]);
  });

  it('reads the wrapped info shape too', async () => {
    const wrapped = { Status: 200, Error: '', IsUserError: false, Result: { ...flatInfo, PrinterLimits: { WebcamStreamTimeWindow: null } } };
    const { status } = await run({ ...healthy(), [INFO]: reply(200, wrapped) });
    expect(status).toMatchObject({ kind: 'online', info: { printerName: 'Prusa' } });
  });

  it('sends the AppToken only to the App API, and Authorization and X-Api-Key only to the relay', async () => {
    const { calls } = await run(healthy());
    const [info, ...relay] = calls;
    expect(info?.headers.get('AppToken')).toBe('APPTOKEN');
    expect(info?.headers.get('Authorization')).toBeNull();
    expect(info?.headers.get('X-Api-Key')).toBeNull();
    expect(relay).toHaveLength(2);
    for (const call of relay) {
      expect(call.headers.get('AppToken')).toBeNull();
      expect(call.headers.get('Authorization')).toBe(BASIC);
      expect(call.headers.get('X-Api-Key')).toBe('OPKEY');
    }
  });

  it('uses the proxy path for both sides in proxy mode, with the same header split', async () => {
    const base = 'https://dash.example.org/oe';
    const routes = {
      [`${base}/api/appconnection/info`]: reply(200, flatInfo),
      [`${base}/relay/app-abc.octoeverywhere.com/api/version`]: reply(200, {}),
      [`${base}/relay/app-abc.octoeverywhere.com/api/job`]: reply(200, job),
    };
    const { status, calls } = await run(routes, { config: { ...config, proxyPath: '/oe' } });
    expect(status.kind).toBe('online');
    expect(calls.map((c) => c.url)).toEqual(Object.keys(routes));
    expect(calls.filter((c) => c.headers.has('AppToken')).map((c) => c.url)).toEqual([`${base}/api/appconnection/info`]);
    expect(calls.filter((c) => c.headers.has('Authorization')).every((c) => c.url.startsWith(`${base}/relay/`))).toBe(true);
    expect(calls.filter((c) => c.headers.has('Authorization'))).toHaveLength(2);
  });

  it('sends a Bearer token and no X-Api-Key when there is no key', async () => {
    const bearer = { ...connection, secrets: { appApiToken: 'APPTOKEN', bearerToken: 'BEARER' } };
    const { calls, status } = await run({ ...healthy(), [VERSION]: reply(403, { error: 'Forbidden' }) }, { connection: bearer });
    expect(calls[1]?.headers.get('Authorization')).toBe('Bearer BEARER');
    expect(calls[1]?.headers.has('X-Api-Key')).toBe(false);
    expect(status).toMatchObject({ kind: 'online', octoPrintKeyNeeded: true, activity: null });
  });

  it('is printer-offline, without touching the relay, when IsOnline is false', async () => {
    const { status, urls } = await run({ [INFO]: reply(200, { ...flatInfo, IsOnline: false }) });
    expect(status).toMatchObject({ kind: 'printer-offline', code: null, info: { isOnline: false } });
    expect(urls).toEqual([INFO]);
  });

  it.each([
    [603, { kind: 'revoked', code: 603 }],
    [604, { kind: 'revoked', code: 604 }],
    [605, { kind: 'supporter-perks-required', code: 605 }],
    [600, { kind: 'oe-error', code: 600, temporary: true, source: 'app-api' }],
    [500, { kind: 'oe-error', code: 500, temporary: true, source: 'app-api' }],
    [612, { kind: 'oe-error', code: 612, temporary: true, source: 'app-api' }],
    [650, { kind: 'oe-error', code: 650, temporary: true, source: 'app-api' }],
  ])('maps info API %i and stops there', async (code, expected) => {
    const { status, urls } = await run({ [INFO]: reply(code, { Status: code, Error: 'x' }) });
    expect(status).toMatchObject({ ...expected, info: null });
    expect(urls).toEqual([INFO]);
  });

  it('obeys a wrapper whose Status is not 200 inside an HTTP 200', async () => {
    const { status, urls } = await run({ [INFO]: reply(200, { Status: 604, Error: 'revoked', IsUserError: true }) });
    expect(status).toMatchObject({ kind: 'revoked', code: 604 });
    expect(urls).toEqual([INFO]);
  });

  it('lets the relay decide when the info body is unreadable', async () => {
    const { status } = await run({ ...healthy(), [INFO]: reply(200, '<html>') });
    expect(status).toMatchObject({ kind: 'online', info: null });
  });

  it.each([
    [606, { kind: 'credentials-rejected', code: 606 }],
    [601, { kind: 'printer-offline', code: 601 }],
    [602, { kind: 'printer-offline', code: 602 }],
    [603, { kind: 'revoked', code: 603 }],
    [604, { kind: 'revoked', code: 604 }],
    [605, { kind: 'supporter-perks-required', code: 605 }],
    [502, { kind: 'oe-error', code: 502, temporary: true, source: 'relay' }],
    [404, { kind: 'oe-error', code: 404, temporary: false, source: 'relay' }],
  ])('maps relay %i, keeping the info', async (code, expected) => {
    const { status, urls } = await run({ ...healthy(), [VERSION]: reply(code, { Status: code }) });
    expect(status).toMatchObject({ ...expected, info: { printerName: 'Prusa' } });
    expect(urls).toEqual([INFO, VERSION]);
  });

  it('is online with a key needed on relay 401 or 403, without asking for the job', async () => {
    for (const code of [401, 403]) {
      const { status, urls } = await run({ ...healthy(), [VERSION]: reply(code) });
      expect(status).toMatchObject({ kind: 'online', octoPrintKeyNeeded: true, activity: null });
      expect(urls).toEqual([INFO, VERSION]);
    }
  });

  it('treats a relay limit (609) as online: one request failed, not the connection', async () => {
    const { status } = await run({ ...healthy(), [VERSION]: reply(609) });
    expect(status).toMatchObject({ kind: 'online', octoPrintKeyNeeded: false, activity: null });
  });

  it('stays online with no activity when the job answer is garbage, an error or missing', async () => {
    for (const answer of [reply(200, 'garbage'), reply(200, [1, 2]), reply(500, 'oops'), networkDown]) {
      const { status } = await run({ ...healthy(), [JOB]: answer });
      expect(status).toMatchObject({ kind: 'online', octoPrintKeyNeeded: false, activity: null });
    }
  });

  it('is unreachable with the failing side named', async () => {
    const origin = await run({ [INFO]: networkDown });
    expect(origin.status).toEqual<ConnectionStatus>({ kind: 'unreachable', detail: 'network', source: 'app-api', info: null, checkedAt: 1234 });
    const relay = await run({ ...healthy(), [VERSION]: networkDown });
    expect(relay.status).toMatchObject({ kind: 'unreachable', detail: 'network', source: 'relay', info: { printerName: 'Prusa' } });
  });

  it('is unreachable with detail timeout when an answer takes too long', async () => {
    const { status } = await run({ ...healthy(), [VERSION]: hang }, { timeoutMs: 20 });
    expect(status).toMatchObject({ kind: 'unreachable', detail: 'timeout', source: 'relay' });
  });

  it("rejects when the caller aborts, so nobody records that result", async () => {
    const controller = new AbortController();
    const { fetch } = fakeFetch({ [INFO]: hang });
    const pending = checkConnection(connection, config, { fetch, signal: controller.signal, dashboardOrigin: 'x' });
    controller.abort(new Error('removed'));
    await expect(pending).rejects.toThrow('removed');
  });
});

describe('checkConnection: one deadline, capped answers, bugs', () => {
  it('gives the whole check one deadline: a slow info answer leaves the relay only the rest', async () => {
    vi.useFakeTimers();
    try {
      const slowInfo = () => new Promise<Response>((resolve) => setTimeout(() => resolve(reply(200, flatInfo)), 10_000));
      const { fetch } = fakeFetch({ [INFO]: slowInfo, [VERSION]: hang, [JOB]: reply(200, job) });
      let result: ConnectionStatus | undefined;
      void checkConnection(connection, config, { fetch, signal: new AbortController().signal, dashboardOrigin: 'x', now: () => 1 }).then((s) => (result = s));
      await vi.advanceTimersByTimeAsync(14_999);
      expect(result).toBeUndefined();
      // 15 s in all, not 10 s plus another 15 s for the relay: well inside the scheduler's 20 s.
      await vi.advanceTimersByTimeAsync(1);
      expect(result).toMatchObject({ kind: 'unreachable', detail: 'timeout', source: 'relay' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('calls an answer over 1 MB a failed check, naming the side, instead of reading it', async () => {
    const huge = JSON.stringify({ PrinterName: 'x'.repeat(1_000_001), IsOnline: true });
    const { status, urls } = await run({ [INFO]: reply(200, huge) });
    expect(status).toMatchObject({ kind: 'check-failed', reason: 'too-large', source: 'app-api' });
    expect(urls).toEqual([INFO]);
  });

  it('lets a bug reject the check instead of calling it a network failure', async () => {
    const broken = () => {
      throw new RangeError('a bug of ours');
    };
    await expect(run({ [INFO]: broken })).rejects.toBeInstanceOf(RangeError);
  });
});
