import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from '../model';
import { globalClock } from '../status/clock';
import type { SnapshotResult } from '../webcam/snapshots';
import { loadConfig } from '../config-schema';
import { createWebcams, DEFAULT_REFRESH_MS, LIMIT_PAUSE_MS, type WebcamDeps } from './webcam';
import { countingObjectUrls, fakeVisibility } from '../../test/support/fake-page';

const REFRESH = 10_000;

const connection = (id: string): Connection => ({
  id,
  url: `https://app-${id}.octoeverywhere.com`,
  printerName: `Printer ${id}`,
  connectedAt: 0,
  updatedAt: 0,
  secrets: { appApiToken: 'token', basicUser: 'u', basicPassword: 'p' },
});

/** A page whose visibility and object URLs the test controls, and a webcam it answers by hand. */
function harness(options: Partial<WebcamDeps> = {}) {
  const page = fakeVisibility();
  const urls = countingObjectUrls();
  const requests: { id: string; index: number; signal: AbortSignal; answer: (r: SnapshotResult) => void }[] = [];
  const webcams = createWebcams({
    clock: globalClock,
    refreshMs: REFRESH,
    fetchSnapshot: (c, index, signal) =>
      new Promise((resolve, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason));
        requests.push({ id: c.id, index, signal, answer: resolve });
      }),
    objectUrls: urls.objectUrls,
    pageVisible: page.pageVisible,
    onVisibilityChange: page.onVisibilityChange,
    ...options,
  });
  return {
    webcams,
    requests,
    liveUrls: urls.alive,
    listeners: page.listeners,
    /** Requests started and not yet answered or aborted. */
    open: () => requests.filter((r) => !r.signal.aborted && !('done' in r)),
    setVisible: page.setVisible,
    /** Answers the oldest open request. */
    answer(result: SnapshotResult = picture()) {
      const request = requests.find((r) => !r.signal.aborted && !('done' in r));
      if (!request) throw new Error('no open request');
      Object.assign(request, { done: true });
      request.answer(result);
    },
  };
}

const picture = (): SnapshotResult => ({ ok: true, blob: new Blob(['jpeg'], { type: 'image/jpeg' }) });
const failed = (status: number): SnapshotResult =>
  status === 609 ? { ok: false, failure: { kind: 'webcam-limit' } } : { ok: false, failure: { kind: 'service', outcome: { kind: 'oe-error', code: status, temporary: true } } };
/** Lets timers due now and every pending promise run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('snapshot feeds', () => {
  it('default to the configuration’s default interval', () => {
    expect(loadConfig({})).toMatchObject({ ok: true, config: { webcamRefreshMs: DEFAULT_REFRESH_MS } });
  });

  it('fetches only once the card is on screen, then every refresh interval, one object URL at a time', async () => {
    const page = harness();
    const feed = page.webcams.feed(connection('a'), 1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(page.requests).toEqual([]);

    feed.setOnScreen(true);
    await settle();
    expect(page.requests.map((r) => [r.id, r.index])).toEqual([['a', 1]]);
    page.answer();
    await settle();
    const first = feed.picture.value;
    expect(first).toEqual({ url: 'blob:1', takenAt: Date.now(), problem: null });

    await vi.advanceTimersByTimeAsync(REFRESH - 1);
    expect(page.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(page.requests).toHaveLength(2);
    page.answer();
    await settle();
    expect(feed.picture.value.url).toBe('blob:2');
    expect([...page.liveUrls]).toEqual(['blob:2']);
  });

  it('sends nothing while off screen or hidden, and catches up at once when seen again', async () => {
    const page = harness();
    const feed = page.webcams.feed(connection('a'), 0);
    feed.setOnScreen(true);
    await settle();
    page.answer();
    await settle();

    feed.setOnScreen(false);
    await vi.advanceTimersByTimeAsync(5 * REFRESH);
    expect(page.requests).toHaveLength(1);
    feed.setOnScreen(true);
    await settle();
    expect(page.requests).toHaveLength(2);
    page.answer();
    await settle();

    page.setVisible(false);
    await vi.advanceTimersByTimeAsync(5 * REFRESH);
    expect(page.requests).toHaveLength(2);
    page.setVisible(true);
    await settle();
    expect(page.requests).toHaveLength(3);
  });

  it('keeps at most 2 snapshots in flight across every card, and a card leaving the screen leaves the line', async () => {
    const page = harness();
    const feeds = ['a', 'b', 'c', 'd', 'e'].map((id) => page.webcams.feed(connection(id), 0));
    feeds.forEach((feed) => feed.setOnScreen(true));
    await settle();
    expect(page.requests.map((r) => r.id)).toEqual(['a', 'b']);

    // c scrolls away while it waits: it is never asked for.
    feeds[2]!.setOnScreen(false);
    page.answer();
    await settle();
    expect(page.requests.map((r) => r.id)).toEqual(['a', 'b', 'd']);
    page.answer();
    page.answer();
    await settle();
    expect(page.requests.map((r) => r.id)).toEqual(['a', 'b', 'd', 'e']);
    expect(page.open()).toHaveLength(1);
  });

  it('keeps the last good picture and its time when a refresh fails', async () => {
    const page = harness();
    const feed = page.webcams.feed(connection('a'), 0);
    feed.setOnScreen(true);
    await settle();
    page.answer();
    await settle();
    const good = feed.picture.value;

    await vi.advanceTimersByTimeAsync(REFRESH);
    page.answer(failed(502));
    await settle();
    expect(feed.picture.value).toEqual({ url: good.url, takenAt: good.takenAt, problem: { kind: 'service', outcome: { kind: 'oe-error', code: 502, temporary: true } } });
    expect(page.liveUrls).toEqual(new Set([good.url]));

    // Tried again on the usual interval; a picture clears the problem.
    await vi.advanceTimersByTimeAsync(REFRESH);
    page.answer();
    await settle();
    expect(feed.picture.value.problem).toBeNull();
  });

  it('609 rests that printer’s webcam for a few minutes, then tries again; other printers go on', async () => {
    const page = harness();
    const limited = page.webcams.feed(connection('a'), 0);
    const other = page.webcams.feed(connection('b'), 0);
    limited.setOnScreen(true);
    other.setOnScreen(true);
    await settle();
    page.answer(failed(609));
    page.answer();
    await settle();
    expect(page.webcams.limitOf('a').value).toBe(Date.now() + LIMIT_PAUSE_MS);
    expect(page.webcams.limitOf('b').value).toBeNull();

    // b goes on refreshing meanwhile; a is not asked until the pause is over.
    for (let waited = 0; waited < LIMIT_PAUSE_MS - REFRESH; waited += REFRESH) {
      await vi.advanceTimersByTimeAsync(REFRESH);
      page.open().forEach(() => page.answer());
    }
    await vi.advanceTimersByTimeAsync(REFRESH - 1);
    const askedOfA = () => page.requests.filter((r) => r.id === 'a').length;
    expect(askedOfA()).toBe(1);
    expect(page.requests.filter((r) => r.id === 'b')).toHaveLength(LIMIT_PAUSE_MS / REFRESH);
    await vi.advanceTimersByTimeAsync(1);
    expect(askedOfA()).toBe(2);
    page.open().forEach(() => page.answer());
    await settle();
    expect(page.webcams.limitOf('a').value).toBeNull();
    expect(limited.picture.value.url).not.toBeNull();
  });

  it('a 609 from Live view rests the snapshots too', async () => {
    const page = harness();
    const feed = page.webcams.feed(connection('a'), 0);
    page.webcams.limitReached('a');
    feed.setOnScreen(true);
    await vi.advanceTimersByTimeAsync(LIMIT_PAUSE_MS - 1);
    expect(page.requests).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(page.requests).toHaveLength(1);
  });

  it('going away revokes the picture, stops the timer and the request, and ignores a late answer', async () => {
    const page = harness();
    const feed = page.webcams.feed(connection('a'), 0);
    feed.setOnScreen(true);
    await settle();
    page.answer();
    await vi.advanceTimersByTimeAsync(REFRESH);
    expect(page.open()).toHaveLength(1);
    const pending = page.open()[0]!;

    feed.dispose();
    expect(pending.signal.aborted).toBe(true);
    expect(page.liveUrls.size).toBe(0);
    expect(page.listeners.size).toBe(0);
    await vi.advanceTimersByTimeAsync(10 * REFRESH);
    expect(page.requests).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an answer that arrives after the card left the screen is not shown', async () => {
    const page = harness();
    const feed = page.webcams.feed(connection('a'), 0);
    feed.setOnScreen(true);
    await settle();
    const [request] = page.requests;
    feed.setOnScreen(false);
    expect(request!.signal.aborted).toBe(true);
    request!.answer(picture());
    await settle();
    expect(feed.picture.value.url).toBeNull();
    expect(page.liveUrls.size).toBe(0);
  });
});
