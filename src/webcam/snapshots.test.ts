import { describe, expect, it } from 'vitest';
import type { Config } from '../config';
import { fetchSnapshot, snapshotUrl, streamUrl, webcamStatusFailure } from './snapshots';

const JPEG = Uint8Array.of(0xff, 0xd8, 0x01, 0x02, 0xff, 0xd9);
const URL_ = 'https://app-abc.octoeverywhere.com/octoeverywhere-command-api/webcam/snapshot?index=0';
const HEADERS = { Authorization: 'Basic SECRET' };

/** The Response constructor refuses 6xx; a network response may carry one. */
function reply(status: number, body: BodyInit | null, type?: string): Response {
  const r = new Response(body, { status: 200, headers: type ? { 'Content-Type': type } : {} });
  if (status !== 200) Object.defineProperty(r, 'status', { value: status });
  return r;
}

function run(answer: Response | (() => Promise<Response>), signal = new AbortController().signal, timeoutMs?: number) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    calls.push({ url: String(input), init });
    return typeof answer === 'function' ? answer() : answer;
  };
  return { result: fetchSnapshot(URL_, HEADERS, signal, { fetch, timeoutMs }), calls };
}

describe('fetchSnapshot', () => {
  it('returns the picture as a Blob, sent with the connection’s headers and no cookies or referrer', async () => {
    const { result, calls } = run(reply(200, JPEG, 'image/jpeg'));
    const answer = await result;
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(new Uint8Array(await answer.blob.arrayBuffer())).toEqual(JPEG);
    expect(answer.blob.type).toBe('image/jpeg');
    const init = calls[0]!.init!;
    expect(calls[0]!.url).toBe(URL_);
    expect(new Headers(init.headers).get('Authorization')).toBe('Basic SECRET');
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'error', cache: 'no-store' });
  });

  it('takes a picture sent without a Content-Type', async () => {
    expect((await run(reply(200, JPEG)).result).ok).toBe(true);
  });

  it('reads 609 as the webcam limit, not as the connection failing', async () => {
    expect(await run(reply(609, 'limit')).result).toEqual({ ok: false, failure: { kind: 'webcam-limit' } });
  });

  it.each([
    [601, { kind: 'printer-offline', code: 601 }],
    [604, { kind: 'revoked', code: 604 }],
    [606, { kind: 'credentials-rejected' }],
    [502, { kind: 'oe-error', code: 502, temporary: true }],
    [404, { kind: 'oe-error', code: 404, temporary: false }],
  ])('reads %i as the service’s outcome', async (status, outcome) => {
    expect(await run(reply(status, '')).result).toEqual({ ok: false, failure: { kind: 'service', outcome } });
  });

  it('reads the plugin’s JSON error in a 200 as no picture, with its code and words', async () => {
    const body = JSON.stringify({ Status: 788, Error: 'No webcam on this printer' });
    expect(await run(reply(200, body, 'text/json')).result).toEqual({
      ok: false,
      failure: { kind: 'not-a-picture', code: 788, text: 'No webcam on this printer' },
    });
  });

  it('reads a 609 inside a 200 envelope as the webcam limit', async () => {
    expect(await run(reply(200, '{"Status": 609}', 'application/json')).result).toEqual({ ok: false, failure: { kind: 'webcam-limit' } });
  });

  it.each([
    ['an empty body', reply(200, null, 'image/jpeg')],
    ['an HTML page', reply(200, '<html>oops</html>', 'text/html')],
  ])('reads %s as no picture', async (_name, response) => {
    expect(await run(response).result).toEqual({ ok: false, failure: { kind: 'not-a-picture', code: null, text: null } });
  });

  it('reads a failed fetch as unreachable, without the URL or headers in it', async () => {
    const answer = await run(() => Promise.reject(new TypeError(`Failed to fetch ${URL_}`))).result;
    expect(answer).toEqual({ ok: false, failure: { kind: 'unreachable', detail: 'network' } });
    expect(JSON.stringify(answer)).not.toContain('SECRET');
  });

  it('gives up after the deadline', async () => {
    // Never answers, but honours its signal as the platform's fetch does.
    const fetch: typeof globalThis.fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    await expect(fetchSnapshot(URL_, HEADERS, new AbortController().signal, { fetch, timeoutMs: 20 })).resolves.toEqual({
      ok: false,
      failure: { kind: 'unreachable', detail: 'timeout' },
    });
  });

  it('rejects with the caller’s own reason when the caller aborts', async () => {
    const controller = new AbortController();
    const fetch: typeof globalThis.fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const pending = fetchSnapshot(URL_, HEADERS, controller.signal, { fetch });
    const reason = new Error('card went away');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });
});

describe('webcam URLs', () => {
  const direct: Config = { origin: 'https://octoeverywhere.com', appId: 'a', appName: 'Dash', proxyPath: null, pollIntervalMs: 30000 };
  const proxied: Config = { ...direct, proxyPath: '/oe' };
  const relay = 'https://app-abc.octoeverywhere.com';

  it('go straight to the App Connection URL, or through the proxy path', () => {
    expect(snapshotUrl(direct, relay, 1, 'https://dash.example.org')).toBe(`${relay}/octoeverywhere-command-api/webcam/snapshot?index=1`);
    expect(streamUrl(proxied, relay, 0, 'https://dash.example.org')).toBe(
      'https://dash.example.org/oe/relay/app-abc.octoeverywhere.com/octoeverywhere-command-api/webcam/stream?index=0',
    );
  });
});

describe('webcamStatusFailure', () => {
  it('reads an unexpected 3xx as a lasting error', () => {
    expect(webcamStatusFailure(302)).toEqual({ kind: 'service', outcome: { kind: 'oe-error', code: 302, temporary: false } });
  });
});
