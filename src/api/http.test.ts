import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_JSON_BYTES, NetworkError, requestJson, ResponseTooLargeError, startDeadline, TimeoutError } from './http';

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
    vi.useFakeTimers();
    try {
      const pending = requestJson('https://x.test', {}, { fetch: hangingFetch, signal: new AbortController().signal }).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(14_999);
      let settled = false;
      void pending.then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await pending).toBeInstanceOf(TimeoutError);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shares one deadline between requests: the second gets only the time left', async () => {
    vi.useFakeTimers();
    try {
      const caller = new AbortController().signal;
      const deadline = startDeadline(caller, 10_000);
      const slowAnswer: typeof fetch = () => new Promise((resolve) => setTimeout(() => resolve(response('{}', 200)), 8_000));
      const first = requestJson('https://x.test/1', {}, { fetch: slowAnswer, signal: caller, deadline });
      await vi.advanceTimersByTimeAsync(8_000);
      expect(await first).toEqual({ status: 200, json: {} });
      const second = requestJson('https://x.test/2', {}, { fetch: hangingFetch, signal: caller, deadline }).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(2_000);
      expect(await second).toBeInstanceOf(TimeoutError);
      deadline.dispose();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('requestJson on older browsers and with bugs', () => {
  it('works where AbortSignal.any is missing (Chrome < 116, Firefox < 124, Safari < 17.4)', async () => {
    const any = Object.getOwnPropertyDescriptor(AbortSignal, 'any');
    const timeout = Object.getOwnPropertyDescriptor(AbortSignal, 'timeout');
    Reflect.deleteProperty(AbortSignal, 'any');
    Reflect.deleteProperty(AbortSignal, 'timeout');
    try {
      const result = await requestJson('https://x.test', {}, { fetch: async () => response('{"ok":true}', 200), signal: new AbortController().signal });
      expect(result).toEqual({ status: 200, json: { ok: true } });
    } finally {
      if (any) Object.defineProperty(AbortSignal, 'any', any);
      if (timeout) Object.defineProperty(AbortSignal, 'timeout', timeout);
    }
  });

  it('passes an error that is not fetch\'s TypeError through unchanged, never as NetworkError', async () => {
    const bug = new RangeError('a bug of ours');
    const error = await requestJson('https://x.test', {}, { fetch: () => Promise.reject(bug), signal: new AbortController().signal }).catch((e: unknown) => e);
    expect(error).toBe(bug);
  });

  it('calls a malformed request a bug (TypeError before anything is sent), not a network failure', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => response('{}', 200));
    const error = await requestJson('https://x.test', { headers: { 'Bad Header': 'x' } }, { fetch: fetchMock, signal: new AbortController().signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('requestJson body cap', () => {
  /** A 4 MB body, counting how many chunks were pulled and whether it was cancelled. */
  function bigBody() {
    const seen = { pulls: 0, cancelled: false };
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        seen.pulls++;
        controller.enqueue(chunk);
        if (seen.pulls === 64) controller.close();
      },
      cancel() {
        seen.cancelled = true;
      },
    });
    return { body, seen };
  }

  it('refuses an answer past 1 MB with ResponseTooLargeError, and stops reading it', async () => {
    const { body, seen } = bigBody();
    const error = await requestJson('https://x.test', {}, { fetch: async () => new Response(body, { status: 200 }), signal: new AbortController().signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(seen.cancelled).toBe(true);
    // 1 MB is 16 chunks of 64 KiB; a few more may be queued ahead, never the whole body.
    expect(seen.pulls).toBeLessThan(MAX_JSON_BYTES / (64 * 1024) + 4);
  });

  it('refuses a declared Content-Length past the cap without reading the body', async () => {
    const { body, seen } = bigBody();
    const big = new Response(body, { status: 200, headers: { 'Content-Length': String(MAX_JSON_BYTES + 1) } });
    const error = await requestJson('https://x.test', {}, { fetch: async () => big, signal: new AbortController().signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(seen.cancelled).toBe(true);
  });

  it('reads an answer of exactly the cap, multi-byte characters split across chunks included', async () => {
    const text = JSON.stringify({ name: 'Drücker ✓' });
    const bytes = new TextEncoder().encode(text);
    const split = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const b of bytes) controller.enqueue(new Uint8Array([b]));
        controller.close();
      },
    });
    const result = await requestJson('https://x.test', {}, { fetch: async () => new Response(split), signal: new AbortController().signal, maxBytes: bytes.length });
    expect(result.json).toEqual({ name: 'Drücker ✓' });
  });
});
