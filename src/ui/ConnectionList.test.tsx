// @vitest-environment happy-dom
import { options, render, type VNode } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Connection } from '../model';
import { connections, connectionsLoaded } from '../state/connections';
import { statusOf } from '../state/status-signals';
import { fakeConnection, fakeStatus } from '../testing/fixtures';
import { ConnectionCard } from './ConnectionCard';
import { ConnectionList } from './ConnectionList';


const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

/** Counts how often each card rendered, through Preact's own hook. */
function countCardRenders(): { counts: Map<string, number>; stop: () => void } {
  const counts = new Map<string, number>();
  const previous = options.diffed;
  options.diffed = (vnode: VNode) => {
    if (vnode.type === ConnectionCard) {
      const id = (vnode.props as unknown as { connection: Connection }).connection.id;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    previous?.(vnode);
  };
  return { counts, stop: () => (options.diffed = previous) };
}

const root = document.createElement('div');
afterEach(() => render(null, root));

describe('ConnectionList', () => {
  it('re-renders only the card whose status changed', async () => {
    connections.value = ['a', 'b', 'c', 'd', 'e'].map((id) => fakeConnection(id));
    connectionsLoaded.value = true;
    const renders = countCardRenders();
    render(<ConnectionList />, root);
    await tick();
    expect([...renders.counts.values()]).toEqual([1, 1, 1, 1, 1]);

    statusOf('c').value = fakeStatus('online', Date.now());
    await tick();
    renders.stop();
    expect(Object.fromEntries(renders.counts)).toEqual({ a: 1, b: 1, c: 2, d: 1, e: 1 });
    const cards = root.querySelectorAll('article');
    expect(cards[2]?.querySelector('.status')?.textContent).toBe('Online');
    expect(cards[1]?.querySelector('.status')?.textContent).toBe('Checking…');
  });
});
