import { describe, expect, it, vi } from 'vitest';
import { fakeConnection } from '../../test/support/fixtures';

describe('the stored list', () => {
  it('tries its reader again after it failed to load (offline, a new deployment), and says so meanwhile', async () => {
    let offline = true;
    vi.doMock('../store/connections', () => {
      if (offline) throw new TypeError('Failed to fetch dynamically imported module');
      return { listConnections: async () => ({ connections: [fakeConnection('a')], unreadable: [] }) };
    });
    const { createConnections } = await import('./connections');
    const connections = createConnections();
    await connections.reload();
    expect(connections.loaded.value).toBe(true);
    expect(connections.storageProblem.value).not.toBeNull();
    offline = false;
    await connections.reload();
    expect(connections.list.value.map((c) => c.id)).toEqual(['a']);
    expect(connections.storageProblem.value).toBeNull();
    vi.doUnmock('../store/connections');
  });
});
