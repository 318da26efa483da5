// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Disposer } from './disposer';
import { CHANNEL_NAME, notifyDashboard, onChannelMessage, onWindowMessage, readMessage, type DashboardMessage } from './messages';

const NONCE = 'a'.repeat(32);

describe('readMessage: the shape guard', () => {
  it.each([
    ['an attempt finished', { type: 'oe-attempt-finished', nonce: NONCE }, { type: 'oe-attempt-finished', nonce: NONCE }],
    ['an attempt seen', { type: 'oe-attempt-seen', nonce: NONCE }, { type: 'oe-attempt-seen', nonce: NONCE }],
    ['connections changed, extra fields dropped', { type: 'oe-connections-changed', secret: 'x' }, { type: 'oe-connections-changed' }],
    ['a nonce of the wrong shape', { type: 'oe-attempt-finished', nonce: 'ABC' }, null],
    ['no nonce', { type: 'oe-attempt-seen' }, null],
    ['another type', { type: 'something-else', nonce: NONCE }, null],
    ['not an object', 'oe-attempt-finished', null],
    ['an array', [{ type: 'oe-connections-changed' }], null],
  ])('%s', (_case, data, expected) => {
    expect(readMessage(data)).toEqual(expected);
  });
});

/** A window as the listener sees it: it dispatches message events with any origin and source. */
function fakeHost(origin = 'https://dash.example') {
  const host = new EventTarget() as EventTarget & { location: { origin: string } };
  host.location = { origin };
  const post = (data: unknown, from: string, source: unknown = null) =>
    host.dispatchEvent(Object.assign(new Event('message'), { data, origin: from, source }));
  return { host: host as unknown as Window, post };
}

describe('onWindowMessage: the one guard for window messages', () => {
  const finished = { type: 'oe-attempt-finished', nonce: NONCE };

  it.each([
    ['this origin, no source required', 'https://dash.example', null, 'anyone', 1],
    ['another origin', 'https://evil.example', null, 'anyone', 0],
    ['this origin, from the window asked for', 'https://dash.example', 'popup', 'popup', 1],
    ['this origin, from another window', 'https://dash.example', 'popup', 'another window', 0],
  ])('%s', (_case, from, source, sender, count) => {
    const { host, post } = fakeHost();
    const seen: DashboardMessage[] = [];
    onWindowMessage(new Disposer(), (message) => seen.push(message), host, source as unknown as MessageEventSource);
    post(finished, from, sender);
    expect(seen).toHaveLength(count);
  });

  it('drops messages of the wrong shape, and hears nothing once disposed', () => {
    const { host, post } = fakeHost();
    const seen: DashboardMessage[] = [];
    const disposer = new Disposer();
    onWindowMessage(disposer, (message) => seen.push(message), host);
    post({ type: 'oe-attempt-finished', nonce: 'short' }, 'https://dash.example');
    disposer.dispose();
    post(finished, 'https://dash.example');
    expect(seen).toEqual([]);
  });
});

describe('notifyDashboard and onChannelMessage: both halves', () => {
  const disposer = new Disposer();
  afterEach(() => {
    disposer.dispose();
    vi.unstubAllGlobals();
  });

  it('tells the opener, on this origin only, and every tab on the channel; only the nonce travels', async () => {
    const opener = { postMessage: vi.fn() };
    vi.stubGlobal('opener', opener);
    const heard = new Promise<DashboardMessage>((resolve) => onChannelMessage(disposer, resolve));
    notifyDashboard(NONCE);
    expect(opener.postMessage).toHaveBeenCalledWith({ type: 'oe-attempt-finished', nonce: NONCE }, location.origin);
    await expect(heard).resolves.toEqual({ type: 'oe-attempt-finished', nonce: NONCE });
  });

  it('still broadcasts when the opener is gone or throws', async () => {
    vi.stubGlobal('opener', {
      postMessage: () => {
        throw new Error('severed');
      },
    });
    const heard = new Promise<DashboardMessage>((resolve) => onChannelMessage(disposer, resolve));
    expect(() => notifyDashboard(NONCE)).not.toThrow();
    await expect(heard).resolves.toMatchObject({ nonce: NONCE });
  });

  it('hears nothing on the channel once disposed', async () => {
    const seen: DashboardMessage[] = [];
    const own = new Disposer();
    onChannelMessage(own, (message) => seen.push(message));
    own.dispose();
    const channel = new BroadcastChannel(CHANNEL_NAME);
    channel.postMessage({ type: 'oe-connections-changed' });
    channel.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([]);
  });
});
