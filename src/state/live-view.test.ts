import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from '../model';
import { globalClock } from '../status/clock';
import type { StreamOpening } from '../webcam/stream-request';
import { FALLBACK_STREAM_SECONDS, startLiveView, streamLimitSeconds, type LiveViewDeps } from './live-view';
import { countingObjectUrls, fakeVisibility } from '../../test/support/fake-page';

const connection: Connection = {
  id: 'a',
  url: 'https://app-a.octoeverywhere.com',
  printerName: 'Printer a',
  connectedAt: 0,
  updatedAt: 0,
  secrets: { appApiToken: 'token', basicUser: 'u', basicPassword: 'p' },
};

const encoder = new TextEncoder();
const part = (body: string) => encoder.encode(`--f\r\nContent-Type: image/jpeg\r\nContent-Length: ${body.length}\r\n\r\n${body}\r\n`);

/** A stream the test feeds by hand, a page whose visibility it sets, and object URLs it counts. */
function harness(options: { status?: number; visible?: boolean; opening?: StreamOpening } = {}) {
  const page = fakeVisibility(options.visible ?? true);
  const urls = countingObjectUrls();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = { cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    start: (c) => void (controller = c),
    cancel: () => void (body.cancelled = true),
  });
  const response = new Response(stream, { headers: { 'Content-Type': 'multipart/x-mixed-replace; boundary=f' } });
  if (options.status) Object.defineProperty(response, 'status', { value: options.status });
  const limited: string[] = [];
  const opened: number[] = [];
  const deps: LiveViewDeps = {
    clock: globalClock,
    objectUrls: urls.objectUrls,
    open: async (_c, index) => {
      opened.push(index);
      return options.opening ?? { ok: true, response };
    },
    pageVisible: page.pageVisible,
    onVisibilityChange: page.onVisibilityChange,
    limitReached: (id) => void limited.push(id),
  };
  return {
    deps,
    body,
    liveUrls: urls.alive,
    listeners: page.listeners,
    limited,
    opened,
    send: (text: string) => controller.enqueue(part(text)),
    hide: () => page.setVisible(false),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Live view', () => {
  it('shows each frame from one object URL at a time, and stops at the account’s limit', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const page = harness();
    const view = startLiveView(connection, 2, 30, page.deps);
    expect(view.state.value).toEqual({ phase: 'connecting' });
    await vi.advanceTimersByTimeAsync(0);
    expect(page.opened).toEqual([2]);
    expect(view.state.value).toEqual({ phase: 'live', startedAt: Date.now(), limitSec: 30 });

    page.send('one');
    page.send('two');
    await vi.waitFor(() => expect(view.frames).toBe(2));
    expect(view.frame.value).toBe('blob:2');
    expect([...page.liveUrls]).toEqual(['blob:2']);

    await vi.advanceTimersByTimeAsync(30_000);
    expect(view.state.value).toEqual({ phase: 'ended', end: { kind: 'time-limit', limitSec: 30 } });
    expect(page.body.cancelled).toBe(true);
    // The last frame stays in the dialog until it closes.
    expect(view.frame.value).toBe('blob:2');
    view.dispose();
    expect(page.liveUrls.size).toBe(0);
    expect(view.frame.value).toBeNull();
  });

  it('stops when the page is hidden, and stops listening', async () => {
    const page = harness();
    const view = startLiveView(connection, 0, 300, page.deps);
    page.send('one');
    await vi.waitFor(() => expect(view.frames).toBe(1));
    page.hide();
    await vi.waitFor(() => expect(page.body.cancelled).toBe(true));
    expect(view.state.value).toEqual({ phase: 'ended', end: { kind: 'hidden' } });
    expect(page.listeners.size).toBe(0);
  });

  it('does not start while the page is hidden', () => {
    const page = harness({ visible: false });
    const view = startLiveView(connection, 0, 300, page.deps);
    expect(view.state.value).toEqual({ phase: 'ended', end: { kind: 'hidden' } });
    expect(page.opened).toEqual([]);
  });

  it('closing the dialog cancels the stream and revokes the frame', async () => {
    const page = harness();
    const view = startLiveView(connection, 0, 300, page.deps);
    page.send('one');
    await vi.waitFor(() => expect(view.frames).toBe(1));
    view.dispose();
    await vi.waitFor(() => expect(page.body.cancelled).toBe(true));
    expect(page.liveUrls.size).toBe(0);
    expect(view.frame.value).toBeNull();
    expect(page.listeners.size).toBe(0);
  });

  it('609 rests this printer’s webcam and says so', async () => {
    const page = harness({ status: 609 });
    const view = startLiveView(connection, 0, 300, page.deps);
    await vi.waitFor(() => expect(view.state.value).toEqual({ phase: 'ended', end: { kind: 'webcam-limit' } }));
    expect(page.limited).toEqual(['a']);
  });

  it('another status, or no answer, ends it with the failure', async () => {
    const refused = harness({ status: 601 });
    const view = startLiveView(connection, 0, 300, refused.deps);
    await vi.waitFor(() => expect(view.state.value).toMatchObject({ phase: 'ended', end: { kind: 'failed', failure: { kind: 'service', outcome: { kind: 'printer-offline', code: 601 } } } }));
    expect(refused.limited).toEqual([]);

    const silent = harness({ opening: { ok: false, failure: { kind: 'unreachable', detail: 'timeout' } } });
    const other = startLiveView(connection, 0, 300, silent.deps);
    await vi.waitFor(() => expect(other.state.value).toEqual({ phase: 'ended', end: { kind: 'failed', failure: { kind: 'unreachable', detail: 'timeout' } } }));
  });

  it('takes the account’s limit, or 300 s when it is unknown', () => {
    expect(streamLimitSeconds(45)).toBe(45);
    for (const unknown of [null, undefined, 0]) expect(streamLimitSeconds(unknown)).toBe(FALLBACK_STREAM_SECONDS);
    expect(FALLBACK_STREAM_SECONDS).toBe(300);
  });
});
