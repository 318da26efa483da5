// @vitest-environment happy-dom
import { options, render, type VNode } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from '../model';
import type { PrinterModel } from '../printer/model';
import { createDashboard, type Dashboard } from '../state/dashboard';
import { fakeConnection, fakeStatus } from '../../test/support/fixtures';
import { ConnectionCard } from './ConnectionCard';
import { ConnectionList } from './ConnectionList';
import { DashboardContext } from './use-dashboard';


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
/** Each test's own dashboard, never started: the test writes its list and statuses itself. */
let dashboard: Dashboard;
beforeEach(() => {
  dashboard = createDashboard();
});
afterEach(() => {
  render(null, root);
  dashboard.dispose();
});
const show = () =>
  render(
    <DashboardContext.Provider value={dashboard}>
      <ConnectionList />
    </DashboardContext.Provider>,
    root,
  );

const cardTexts = () => [...root.querySelectorAll('article')].map((card) => card.textContent ?? '');
/** The card of one printer, by its heading: the list's order follows the statuses. */
const cardOf = (name: string) => [...root.querySelectorAll('article')].find((card) => card.querySelector('h2')?.textContent === name);

describe('ConnectionList', () => {
  it('re-renders only the card whose status changed', async () => {
    dashboard.connections.list.value = ['a', 'b', 'c', 'd', 'e'].map((id) => fakeConnection(id));
    dashboard.connections.loaded.value = true;
    const renders = countCardRenders();
    show();
    // The cards' code loads beside the list.
    await vi.waitFor(() => expect(root.querySelectorAll('article')).toHaveLength(5));
    await tick();
    expect([...renders.counts.values()]).toEqual([1, 1, 1, 1, 1]);

    dashboard.statuses.statusOf('c').value = fakeStatus('online', Date.now());
    await tick();
    renders.stop();
    expect(Object.fromEntries(renders.counts)).toEqual({ a: 1, b: 1, c: 2, d: 1, e: 1 });
    expect(cardOf('Printer c')?.querySelector('.status')?.textContent).toBe('Online');
    expect(cardOf('Printer b')?.querySelector('.status')?.textContent).toBe('Checking…');
  });
});

describe('ConnectionList: one bad record hides nothing else', () => {
  it('shows a card that cannot render as damaged, with Export this entry and Remove, and keeps the others', async () => {
    // Whatever the schema lets through, a card that throws while rendering (here: a printer
    // answer without its temperatures, which the model always has) must not take the list along.
    dashboard.connections.list.value = [fakeConnection('a'), fakeConnection('b'), fakeConnection('c')];
    dashboard.statuses.statusOf('b').value = { checkedAt: 0, info: null, kind: 'online', note: null, printer: { source: 'plugin', state: 'idle' } as unknown as PrinterModel };
    dashboard.connections.loaded.value = true;
    show();
    await vi.waitFor(() => expect(cardTexts().some((text) => text.includes('This printer’s record is damaged'))).toBe(true));
    const texts = cardTexts();
    expect(texts).toHaveLength(3);
    const damaged = [...root.querySelectorAll('article')].find((card) => card.textContent?.includes('damaged'))!;
    expect(damaged.textContent).toContain('Printer b');
    expect(cardOf('Printer a')).toBeDefined();
    expect(cardOf('Printer c')).toBeDefined();
    const buttons = [...damaged.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual(['Export this entry', 'Remove']);
  });

  it('gives every unreadable record a card of its own and says how many the lost key locked', async () => {
    dashboard.connections.list.value = [fakeConnection('a')];
    dashboard.connections.unreadable.value = [
      { id: 'x', name: 'Prusa Mini', problem: 'undecryptable', entry: null },
      { id: 'y', name: null, problem: 'damaged', entry: null },
    ];
    dashboard.connections.loaded.value = true;
    show();
    await vi.waitFor(() => expect(cardTexts()).toHaveLength(3));
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')).not.toBeNull());
    expect(root.querySelector('h2')?.textContent).toBe('Your printers (3)');
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/^1 connection cannot be decrypted in this browser.*Importing a backup that holds it .*restores it\.$/);
    expect(cardTexts()[1]).toContain('Prusa Mini');
    expect(cardTexts()[1]).toContain('cannot be decrypted in this browser');
    expect(cardTexts()[2]).toContain('This printer’s record is damaged');
    // Nothing readable to export from either.
    expect([...root.querySelectorAll('article')[2]!.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Remove']);
  });
});
