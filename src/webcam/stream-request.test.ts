import { afterEach, describe, expect, it, vi } from 'vitest';
import { openWebcamStream } from './stream-request';

afterEach(() => {
  vi.useRealTimers();
});

/** A fetch that never answers until its signal aborts. */
const silentFetch = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))));

describe('openWebcamStream', () => {
  it('asks with the connection’s headers, no cookies and no referrer, and hands the answer over', async () => {
    const response = new Response('x');
    const fetch = vi.fn(async () => response);
    const result = await openWebcamStream('https://app-a.example/stream?index=0', { Authorization: 'Basic dTpw' }, new AbortController().signal, { fetch });
    expect(result).toEqual({ ok: true, response });
    expect(fetch).toHaveBeenCalledWith('https://app-a.example/stream?index=0', expect.objectContaining({ credentials: 'omit', referrerPolicy: 'no-referrer', headers: expect.objectContaining({ Authorization: 'Basic dTpw' }) }));
  });

  it('gives up when no answer starts in time; the body has no deadline once it does', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const pending = openWebcamStream('https://app-a.example/stream', {}, new AbortController().signal, { fetch: silentFetch, timeoutMs: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    await expect(pending).resolves.toEqual({ ok: false, failure: { kind: 'unreachable', detail: 'timeout' } });

    const answered = await openWebcamStream('https://app-a.example/stream', {}, new AbortController().signal, { fetch: async () => new Response('x'), timeoutMs: 1000 });
    expect(answered.ok).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('says the network failed, and rejects only with the caller’s own abort', async () => {
    const failing = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(openWebcamStream('https://app-a.example/stream', {}, new AbortController().signal, { fetch: failing })).resolves.toEqual({ ok: false, failure: { kind: 'unreachable', detail: 'network' } });
    const controller = new AbortController();
    const pending = openWebcamStream('https://app-a.example/stream', {}, controller.signal, { fetch: silentFetch });
    controller.abort(new DOMException('closed', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
