import { describe, expect, it } from 'vitest';
import type { LiveLink, LiveLinkRequest, LiveLinkResult } from '../api/live-links';
import { liveLinksOf, loadLiveLinks, shareLiveView, type ShareDeps } from './live-links';

const link = (liveId: string): LiveLink => ({ liveId, url: `https://oe.example/live/${liveId}`, shortUrl: `https://oe.example/l/${liveId}`, createdAt: 1, expiresAt: 2, endsWithPrint: false });
const connection = (id: string) => ({ id, secrets: { appApiToken: `TOKEN-${id}` } });

function fakeDeps(answer: LiveLinkResult, keep: ShareDeps['keep'] = async (_id, l) => [l]) {
  const requests: LiveLinkRequest[] = [];
  const deps: ShareDeps = {
    create: async (request) => {
      requests.push(request);
      await new Promise((resolve) => setTimeout(resolve, 1));
      return answer;
    },
    keep,
  };
  return { requests, deps };
}

describe('shareLiveView', () => {
  it('sends the App API token and the choices, keeps the link and lists it on the card', async () => {
    const { requests, deps } = fakeDeps({ kind: 'ok', link: link('L1') });
    await expect(shareLiveView(connection('a'), { hours: 168, endWithPrint: true }, deps)).resolves.toEqual({ kind: 'ok', link: link('L1') });
    expect(requests).toEqual([{ appToken: 'TOKEN-a', expirationHours: 168, endWhenPrintCompletes: true }]);
    expect(liveLinksOf('a').value).toEqual({ links: [link('L1')], problem: false });
  });

  it('creates one link for a double click', async () => {
    const { requests, deps } = fakeDeps({ kind: 'ok', link: link('L2') });
    const first = shareLiveView(connection('b'), { hours: 1, endWithPrint: false }, deps);
    await expect(shareLiveView(connection('b'), { hours: 1, endWithPrint: false }, deps)).resolves.toBeNull();
    await first;
    expect(requests).toHaveLength(1);
  });

  it('passes 613 on and keeps nothing', async () => {
    const kept: string[] = [];
    const { deps } = fakeDeps({ kind: 'no-active-print', message: 'Nothing is printing, so the link can’t end with the print.' }, async (id) => {
      kept.push(id);
      return [];
    });
    await expect(shareLiveView(connection('c'), { hours: 24, endWithPrint: true }, deps)).resolves.toMatchObject({ kind: 'no-active-print' });
    expect(kept).toEqual([]);
  });

  it('a link this browser could not store still shows, said to be unsaved', async () => {
    const { deps } = fakeDeps({ kind: 'ok', link: link('L3') }, () => Promise.reject(new Error('quota')));
    await expect(shareLiveView(connection('d'), { hours: 24, endWithPrint: false }, deps)).resolves.toMatchObject({ kind: 'ok', unsaved: true });
    expect(liveLinksOf('d').value).toEqual({ links: [link('L3')], problem: true });
  });

  it('loading says when storage could not be read', async () => {
    await loadLiveLinks('e', async () => [link('L4')]);
    expect(liveLinksOf('e').value).toEqual({ links: [link('L4')], problem: false });
    await loadLiveLinks('e', () => Promise.reject(new Error('blocked')));
    expect(liveLinksOf('e').value).toEqual({ links: [link('L4')], problem: true });
  });
});
