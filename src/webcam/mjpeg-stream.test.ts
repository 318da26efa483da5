import { afterEach, describe, expect, it, vi } from 'vitest';
import { readMjpegStream, type ReadStreamOptions } from './mjpeg-stream';

const text = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array) => new TextDecoder().decode(b);
const MULTIPART = 'multipart/x-mixed-replace; boundary=frame';
const part = (body: string) => `--frame\r\nContent-Type: image/jpeg\r\nContent-Length: ${body.length}\r\n\r\n${body}\r\n`;

/** A body the test feeds by hand, that records whether the reader let go of it. */
function feed() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const state = { cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    start: (c) => {
      controller = c;
    },
    cancel: () => {
      state.cancelled = true;
    },
  });
  return {
    body,
    state,
    send: (s: string) => controller.enqueue(text(s)),
    close: () => controller.close(),
    fail: () => controller.error(new TypeError('network error')),
  };
}

/** The Response constructor refuses 6xx; a network response may carry one. */
function response(body: ReadableStream<Uint8Array> | string, contentType = MULTIPART, status = 200): Response {
  const r = new Response(body, { status: 200, headers: { 'Content-Type': contentType } });
  if (status !== 200) Object.defineProperty(r, 'status', { value: status });
  return r;
}

function start(res: Response, options: Partial<ReadStreamOptions> = {}) {
  const frames: string[] = [];
  const controller = new AbortController();
  const done = readMjpegStream(res, { signal: controller.signal, onFrame: (f) => frames.push(decode(f)), maxSeconds: null, ...options });
  return { frames, done, abort: () => controller.abort() };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('readMjpegStream', () => {
  it('hands each frame over as it arrives, and ends at the closing boundary', async () => {
    const stream = feed();
    const { frames, done } = start(response(stream.body));
    stream.send(part('one'));
    await vi.waitFor(() => expect(frames).toEqual(['one']));
    stream.send(part('two') + '--frame--\r\n');
    await expect(done).resolves.toEqual({ kind: 'ended' });
    expect(frames).toEqual(['one', 'two']);
    expect(stream.state.cancelled).toBe(true);
  });

  it('ends when the server closes the body without a closing boundary', async () => {
    const stream = feed();
    const { frames, done } = start(response(stream.body));
    stream.send(part('one'));
    stream.close();
    await expect(done).resolves.toEqual({ kind: 'ended' });
    expect(frames).toEqual(['one']);
  });

  it('stops on abort, cancels the body, and shows no frame after it', async () => {
    const stream = feed();
    const { frames, done, abort } = start(response(stream.body));
    stream.send(part('one'));
    await vi.waitFor(() => expect(frames).toEqual(['one']));
    abort();
    await expect(done).resolves.toEqual({ kind: 'stopped' });
    expect(stream.state.cancelled).toBe(true);
    expect(frames).toEqual(['one']);
  });

  it('stops at the time limit and cancels the body', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const stream = feed();
    const { frames, done } = start(response(stream.body), { maxSeconds: 300 });
    stream.send(part('one'));
    await vi.advanceTimersByTimeAsync(299_000);
    stream.send(part('two'));
    // With fake timers, waitFor moves the clock (by 50 ms steps): well short of the limit.
    await vi.waitFor(() => expect(frames).toEqual(['one', 'two']));
    await vi.advanceTimersByTimeAsync(1000);
    await expect(done).resolves.toEqual({ kind: 'time-limit' });
    expect(stream.state.cancelled).toBe(true);
  });

  it('leaves no timer behind once it ends', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const stream = feed();
    const { done } = start(response(stream.body), { maxSeconds: 300 });
    expect(vi.getTimerCount()).toBe(1);
    stream.close();
    await done;
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each([null, 0])('sets no time limit of its own for maxSeconds %j', async (maxSeconds) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const stream = feed();
    const { done } = start(response(stream.body), { maxSeconds });
    expect(vi.getTimerCount()).toBe(0);
    stream.close();
    await expect(done).resolves.toEqual({ kind: 'ended' });
  });

  it('does not read at all when already aborted', async () => {
    const stream = feed();
    const controller = new AbortController();
    controller.abort();
    const onFrame = vi.fn();
    stream.send(part('one'));
    await expect(readMjpegStream(response(stream.body), { signal: controller.signal, onFrame, maxSeconds: null })).resolves.toEqual({ kind: 'stopped' });
    expect(onFrame).not.toHaveBeenCalled();
    expect(stream.state.cancelled).toBe(true);
  });

  it('reports a non-2xx answer (609: the webcam limit) and lets go of its body', async () => {
    const stream = feed();
    await expect(start(response(stream.body, 'text/plain', 609)).done).resolves.toEqual({ kind: 'http-status', status: 609 });
    expect(stream.state.cancelled).toBe(true);
  });

  it.each(['image/jpeg', 'multipart/x-mixed-replace'])('refuses a 200 of type %s as not a stream', async (type) => {
    const stream = feed();
    await expect(start(response(stream.body, type)).done).resolves.toEqual({ kind: 'not-a-stream' });
    expect(stream.state.cancelled).toBe(true);
  });

  it('says the stream broke off when the connection drops', async () => {
    const stream = feed();
    const { frames, done } = start(response(stream.body));
    stream.send(part('one'));
    await vi.waitFor(() => expect(frames).toEqual(['one']));
    stream.fail();
    await expect(done).resolves.toEqual({ kind: 'broken', message: 'The webcam stream broke off.' });
  });

  it('stops a frame over the cap with words, and cancels the body', async () => {
    const stream = feed();
    const { done } = start(response(stream.body), { maxFrameBytes: 1024 * 1024 });
    stream.send(`--frame\r\nContent-Length: ${1024 * 1024 + 1}\r\n\r\n`);
    await expect(done).resolves.toEqual({ kind: 'broken', message: 'A webcam frame is larger than 1 MB; the stream was stopped.' });
    expect(stream.state.cancelled).toBe(true);
  });
});
