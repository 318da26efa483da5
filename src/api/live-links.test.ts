import { describe, expect, it } from 'vitest';
import type { Config } from '../config';
import { createLiveLink, LIVE_LINK_HOURS, type LiveLinkRequest } from './live-links';

const ORIGIN = 'https://octoeverywhere.com';
const direct: Config = { origin: ORIGIN, appId: 'devtest', appName: 'Dash', proxyPath: null, pollIntervalMs: 30000 };
const NOW = 1_700_000_000_000;
const request: LiveLinkRequest = { appToken: 'SECRET-APPTOKEN', expirationHours: 24, endWhenPrintCompletes: false };
const LINK = { LiveId: 'abc123', Url: 'https://octoeverywhere.com/live/abc123', ShortUrl: 'https://oe.ink/abc' };

/** The Response constructor refuses 6xx; a network response may carry one. */
function reply(status: number, body: unknown): Response {
  const r = new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  Object.defineProperty(r, 'status', { value: status });
  return r;
}

function run(answer: () => Promise<Response>, options: { req?: Partial<LiveLinkRequest>; config?: Config; signal?: AbortSignal } = {}) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    calls.push({ url: String(input), init });
    return answer();
  };
  const result = createLiveLink({ ...request, ...options.req }, options.config ?? direct, {
    fetch,
    signal: options.signal ?? new AbortController().signal,
    dashboardOrigin: 'https://dash.example.org',
    now: () => NOW,
    timeoutMs: 50,
  });
  return { result, calls };
}

const okLink = (overrides = {}) => ({
  kind: 'ok',
  link: { liveId: 'abc123', url: LINK.Url, shortUrl: LINK.ShortUrl, createdAt: NOW, expiresAt: NOW + 24 * 3_600_000, endsWithPrint: false, ...overrides },
});

describe('createLiveLink', () => {
  it('posts the AppToken (header and body), the hours and the print option to the App API', async () => {
    const { result, calls } = run(async () => reply(200, LINK), { req: { expirationHours: 168, endWhenPrintCompletes: true } });
    await expect(result).resolves.toEqual(okLink({ expiresAt: NOW + 168 * 3_600_000, endsWithPrint: true }));
    const { url, init } = calls[0]!;
    expect(url).toBe(`${ORIGIN}/api/live/createfromappconnection`);
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('AppToken')).toBe('SECRET-APPTOKEN');
    expect(new Headers(init?.headers).has('Authorization')).toBe(false);
    expect(JSON.parse(String(init?.body))).toEqual({ AppToken: 'SECRET-APPTOKEN', ExpirationHours: 168, EndWhenCurrentPrintIsComplete: true });
    expect(url).not.toContain('SECRET');
  });

  it('goes through the proxy path in proxy mode', async () => {
    const { result, calls } = run(async () => reply(200, LINK), { config: { ...direct, proxyPath: '/oe' } });
    await result;
    expect(calls[0]!.url).toBe('https://dash.example.org/oe/api/live/createfromappconnection');
  });

  it('reads the wrapped answer', async () => {
    const { result } = run(async () => reply(200, { Status: 200, Error: '', IsUserError: false, Result: LINK }));
    await expect(result).resolves.toEqual(okLink());
  });

  it('shows the long URL when there is no short one', async () => {
    const { result } = run(async () => reply(200, { LiveId: 'abc123', Url: LINK.Url, ShortUrl: null }));
    await expect(result).resolves.toEqual(okLink({ shortUrl: LINK.Url }));
  });

  it.each([
    ['HTTP 613', reply(613, { Status: 613, Error: 'No active print', IsUserError: true })],
    ['613 inside a 200 wrapper', reply(200, { Status: 613, Error: 'No active print', Result: null })],
  ])('reads %s in words', async (_name, response) => {
    const { result } = run(async () => response, { req: { endWhenPrintCompletes: true } });
    await expect(result).resolves.toEqual({ kind: 'no-active-print', message: 'Nothing is printing, so the link can’t end with the print.' });
  });

  it.each([
    [604, { kind: 'revoked', code: 604 }],
    [605, { kind: 'supporter-perks-required' }],
    [500, { kind: 'oe-error', code: 500, temporary: true }],
  ])('reads HTTP %i as the service’s outcome', async (status, outcome) => {
    await expect(run(async () => reply(status, { Status: status })).result).resolves.toEqual({ kind: 'service', outcome });
  });

  it.each([
    ['no LiveId', { Url: LINK.Url, ShortUrl: LINK.ShortUrl }],
    ['no URL at all', { LiveId: 'x' }],
    ['a javascript: URL', { LiveId: 'x', Url: 'javascript:alert(1)', ShortUrl: 'javascript:alert(1)' }],
    ['a wrapper without a Result', { Status: 200, Result: null }],
    ['not JSON', '<html>'],
  ])('reads an answer with %s as unreadable', async (_name, body) => {
    await expect(run(async () => reply(200, body)).result).resolves.toEqual({ kind: 'unreadable' });
  });

  it.each([0, 17521, 1.5, Number.NaN])('refuses %s hours in words, without a request', async (expirationHours) => {
    const { result, calls } = run(async () => reply(200, LINK), { req: { expirationHours } });
    await expect(result).resolves.toEqual({ kind: 'refused', message: 'A live link lasts from 1 to 17520 hours, in whole hours.' });
    expect(calls).toHaveLength(0);
  });

  it.each([1, 17520, ...LIVE_LINK_HOURS])('accepts %i hours', async (expirationHours) => {
    const { result } = run(async () => reply(200, LINK), { req: { expirationHours } });
    expect((await result).kind).toBe('ok');
  });

  it('offers 1 hour, 24 hours and 7 days', () => {
    expect(LIVE_LINK_HOURS).toEqual([1, 24, 7 * 24]);
  });

  it('reads a failed fetch as unreachable', async () => {
    await expect(run(() => Promise.reject(new TypeError('Failed to fetch'))).result).resolves.toEqual({ kind: 'unreachable', detail: 'network' });
  });

  it('rejects with the caller’s reason when the caller aborts', async () => {
    const controller = new AbortController();
    const reason = new Error('dialog closed');
    controller.abort(reason);
    await expect(run(() => Promise.reject(new DOMException('aborted', 'AbortError')), { signal: controller.signal }).result).rejects.toBe(reason);
  });
});
