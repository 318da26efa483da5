import { afterEach, describe, expect, it, vi } from 'vitest';
import { NetworkError, requestJson, TimeoutError } from './http';

const SECRET = 'app-token-SECRET-123';

/** The Response constructor refuses 6xx; a network response may carry one, so fake the status. */
function response(body: string | null, status: number): Response {
  const r = new Response(body, { status: 200 });
  Object.defineProperty(r, 'status', { value: status });
  return r;
}

/** A fetch that never answers but honours its signal, as the platform's does. */
const hangingFetch: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => {
    const signal = init?.signal;
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

afterEach(() => vi.restoreAllMocks());

describe('requestJson', () => {
  it('returns status and parsed JSON, 6xx included, and sends safe defaults', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => response(JSON.stringify({ Status: 604 }), 604));
    const result = await requestJson('https://x.test/api', { headers: { AppToken: SECRET } }, { fetch: fetchMock, signal: new AbortController().signal });
    expect(result).toEqual({ status: 604, json: { Status: 604 } });
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init).toMatchObject({ credentials: 'omit', redirect: 'error', referrerPolicy: 'no-referrer', headers: { AppToken: SECRET } });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it('gives json null for empty or non-JSON bodies', async () => {
    const signal = new AbortController().signal;
    const text = await requestJson('https://x.test', {}, { fetch: async () => new Response('Bad Gateway', { status: 502 }), signal });
    expect(text).toEqual({ status: 502, json: null });
    const empty = await requestJson('https://x.test', {}, { fetch: async () => new Response(null, { status: 204 }), signal });
    expect(empty).toEqual({ status: 204, json: null });
  });

  it('turns a rejected fetch into NetworkError without the secret in its message', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const error = await requestJson('https://x.test', { headers: { AppToken: SECRET } }, { fetch: failing, signal: new AbortController().signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(String(error)).not.toContain(SECRET);
    expect((error as Error).message).not.toContain(SECRET);
  });

  it('times out with TimeoutError', async () => {
    const error = await requestJson('https://x.test', {}, { fetch: hangingFetch, signal: new AbortController().signal, timeoutMs: 30 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).afterMs).toBe(30);
  });

  it('times out while the body stalls after the headers', async () => {
    const stallingBody: typeof fetch = async (_input, init) => {
      const body = new ReadableStream({
        start(controller) {
          init?.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
        },
      });
      return new Response(body, { status: 200 });
    };
    const error = await requestJson('https://x.test', {}, { fetch: stallingBody, signal: new AbortController().signal, timeoutMs: 30 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("rethrows the caller's abort reason rather than calling it a failure", async () => {
    const controller = new AbortController();
    const reason = new Error('removed');
    const pending = requestJson('https://x.test', {}, { fetch: hangingFetch, signal: controller.signal });
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('defaults to a 15 s deadline', async () => {
    // AbortSignal.timeout runs on the platform's own timers, which fake timers do not reach.
    const spy = vi.spyOn(AbortSignal, 'timeout');
    await requestJson('https://x.test', {}, { fetch: async () => response('{}', 200), signal: new AbortController().signal });
    expect(spy).toHaveBeenCalledWith(15_000);
  });
});
