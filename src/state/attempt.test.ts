// @vitest-environment happy-dom
// The dashboard's own store, on fake-indexeddb: each test file runs with modules and a database of its own.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAttempts, type Attempts } from './attempt';
import { createConnections } from './connections';

/** A portal window as the opener sees it: `closed` is whatever the test says. */
interface FakePopup {
  closed: boolean;
  focus: ReturnType<typeof vi.fn>;
  close: () => void;
  location: { href: string };
}

let opened: FakePopup[] = [];
/** Each test's own connect flow, on its own list. */
let attempts: Attempts;
beforeEach(() => {
  attempts = createAttempts(createConnections());
});

function fakeWindows() {
  opened = [];
  vi.spyOn(window, 'open').mockImplementation(() => {
    const popup: FakePopup = { closed: false, focus: vi.fn(), location: { href: 'about:blank' }, close: () => (popup.closed = true) };
    opened.push(popup);
    return popup as unknown as Window;
  });
  return opened;
}

afterEach(async () => {
  attempts.cancel();
  for (const popup of opened) popup.closed = true;
  await vi.waitFor(() => expect(attempts.view.value.phase).not.toBe('waiting'));
  vi.restoreAllMocks();
});

describe('connect', () => {
  it('focuses the open window instead of opening a second one', () => {
    const opened = fakeWindows();
    attempts.connect();
    attempts.connect();
    expect(opened).toHaveLength(1);
    expect(opened[0]!.focus).toHaveBeenCalledOnce();
  });

  it('starts a new attempt in the same click once the window reads closed, before the watcher noticed', async () => {
    const opened = fakeWindows();
    attempts.connect();
    opened[0]!.closed = true;
    attempts.connect();
    // Synchronously: window.open ran inside this click, so no pop-up blocker objects.
    expect(opened).toHaveLength(2);
    expect(attempts.view.value).toMatchObject({ phase: 'waiting' });
    // The attempt left behind ends quietly: it does not overwrite the new one's view.
    await vi.waitFor(() => expect(opened[1]!.location.href).toContain('/appportal/v1/'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(attempts.view.value).toMatchObject({ phase: 'waiting' });
  });

  it('says "Window closed" once the window reads closed', async () => {
    const opened = fakeWindows();
    attempts.connect();
    await vi.waitFor(() => expect(opened[0]!.location.href).toContain('/appportal/v1/'));
    opened[0]!.closed = true;
    await vi.waitFor(() => expect(attempts.view.value).toMatchObject({ phase: 'ended', outcome: 'window-closed' }));
    expect((attempts.view.value as { message: string }).message).toMatch(/^Window closed/);
  });
});
