import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttemptRecord } from '../store/records';
import { AttemptCancelledError, PopupClosedError, PopupTimeoutError } from './errors';
import { CHANNEL_NAME } from './messages';
import { watchAttempt } from './popup';

const NONCE = 'a'.repeat(32);
const ORIGIN = 'https://dash.example';

function fakeHost() {
  const host = new EventTarget() as EventTarget & { location: { origin: string } };
  host.location = { origin: ORIGIN };
  return host;
}

function message(host: EventTarget, data: unknown, origin: string, source: unknown) {
  const event = new Event('message') as Event & { data: unknown; origin: string; source: unknown };
  Object.assign(event, { data, origin, source });
  host.dispatchEvent(event);
}

const finished: AttemptRecord = { v: 1, nonce: NONCE, createdAt: 0, expiresAt: 1e12, mode: 'popup', result: { outcome: 'declined', at: 1 } };

function setup(options: { result?: boolean } = {}) {
  const host = fakeHost();
  const popup = { closed: false };
  const controller = new AbortController();
  const readAttempt = vi.fn(async () => (options.result === false ? { ...finished, result: undefined } : finished));
  const promise = watchAttempt({
    popup: popup as unknown as Window,
    nonce: NONCE,
    signal: controller.signal,
    readAttempt,
    host: host as unknown as Window,
    timeoutMs: 60_000,
    pollMs: 100,
  });
  promise.catch(() => undefined);
  return { host, popup, controller, readAttempt, promise };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('watchAttempt', () => {
  it('ignores messages from another origin, another window, or about another attempt', async () => {
    const { host, popup, readAttempt } = setup();
    const data = { type: 'oe-attempt-finished', nonce: NONCE };
    message(host, data, 'https://evil.example', popup);
    message(host, data, ORIGIN, { not: 'our popup' });
    message(host, { type: 'oe-attempt-finished', nonce: 'b'.repeat(32) }, ORIGIN, popup);
    message(host, { type: 'something-else', nonce: NONCE }, ORIGIN, popup);
    await vi.advanceTimersByTimeAsync(50);
    expect(readAttempt).not.toHaveBeenCalled();
  });

  it('reads the outcome from storage when our popup says it finished', async () => {
    const { host, popup, promise, readAttempt } = setup();
    message(host, { type: 'oe-attempt-finished', nonce: NONCE }, ORIGIN, popup);
    await expect(promise).resolves.toEqual(finished);
    expect(readAttempt).toHaveBeenCalledWith(NONCE);
  });

  it('trusts a message only as a nudge: no stored outcome, no result', async () => {
    const { host, popup, promise } = setup({ result: false });
    message(host, { type: 'oe-attempt-finished', nonce: NONCE }, ORIGIN, popup);
    await vi.advanceTimersByTimeAsync(1_000);
    let settled = false;
    void promise.then(() => (settled = true), () => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
  });

  it('wakes on a same-origin broadcast, for when the opener link is severed', async () => {
    vi.useRealTimers();
    const { promise } = setup();
    const channel = new BroadcastChannel(CHANNEL_NAME);
    channel.postMessage({ type: 'oe-attempt-finished', nonce: NONCE });
    await expect(promise).resolves.toEqual(finished);
    channel.close();
  });

  it('ends at once when the window reads closed, however soon after it opened', async () => {
    // A person closing it, or the portal's COOP severing it: from here the two look alike.
    const { popup, promise, readAttempt } = setup({ result: false });
    popup.closed = true;
    await vi.advanceTimersByTimeAsync(100);
    await expect(promise).rejects.toBeInstanceOf(PopupClosedError);
    expect(readAttempt).toHaveBeenCalledWith(NONCE);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a window that closed with its result already stored still counts as connected', async () => {
    const { popup, promise } = setup();
    await vi.advanceTimersByTimeAsync(5_000);
    popup.closed = true;
    await vi.advanceTimersByTimeAsync(100);
    await expect(promise).resolves.toEqual(finished);
  });

  it('times out when nothing happens at all', async () => {
    const { promise } = setup({ result: false });
    await vi.advanceTimersByTimeAsync(60_000);
    await expect(promise).rejects.toBeInstanceOf(PopupTimeoutError);
  });

  it('ends on Cancel', async () => {
    const { controller, promise } = setup();
    controller.abort();
    await expect(promise).rejects.toBeInstanceOf(AttemptCancelledError);
  });

  it('leaves no listener behind once it settles', async () => {
    const { host, popup, promise, readAttempt } = setup();
    message(host, { type: 'oe-attempt-finished', nonce: NONCE }, ORIGIN, popup);
    await promise;
    readAttempt.mockClear();
    message(host, { type: 'oe-attempt-finished', nonce: NONCE }, ORIGIN, popup);
    await vi.advanceTimersByTimeAsync(100_000);
    expect(readAttempt).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
