import { describe, expect, it } from 'vitest';
import type { LiveLink, LiveLinkRequest, LiveLinkResult } from '../api/live-links';
import { createLiveLinks, type ShareDeps } from './live-links';

const link = (liveId: string): LiveLink => ({ liveId, url: `https://oe.example/live/${liveId}`, shortUrl: `https://oe.example/l/${liveId}`, createdAt: 1, expiresAt: 2, endsWithPrint: false });
const connection = (id: string) => ({ id, secrets: { appApiToken: `TOKEN-${id}` } });

function fakeDeps(answer: LiveLinkResult, keep: ShareDeps['keep'] = async (_id, l) => [l], read: ShareDeps['read'] = async () => []) {
  const requests: LiveLinkRequest[] = [];
  const deps: ShareDeps = {
    create: async (request) => {
      requests.push(request);
      await new Promise((resolve) => setTimeout(resolve, 1));
      return answer;
    },
    keep,
    read,
  };
  return { requests, deps, links: createLiveLinks(null, deps) };
}

describe('Live Links', () => {
  it('sends the App API token and the choices, keeps the link and lists it on the card', async () => {
    const { requests, links } = fakeDeps({ kind: 'ok', link: link('L1') });
    await expect(links.share(connection('a'), { hours: 168, endWithPrint: true })).resolves.toEqual({ kind: 'ok', link: link('L1') });
    expect(requests).toEqual([{ appToken: 'TOKEN-a', expirationHours: 168, endWhenPrintCompletes: true }]);
    expect(links.listOf('a').value).toEqual({ links: [link('L1')], problem: false });
  });

  it('creates one link for a double click', async () => {
    const { requests, links } = fakeDeps({ kind: 'ok', link: link('L2') });
    const first = links.share(connection('b'), { hours: 1, endWithPrint: false });
    await expect(links.share(connection('b'), { hours: 1, endWithPrint: false })).resolves.toBeNull();
    await first;
    expect(requests).toHaveLength(1);
  });

  it('passes 613 on and keeps nothing', async () => {
    const kept: string[] = [];
    const { links } = fakeDeps({ kind: 'no-active-print', message: 'Nothing is printing, so the link can’t end with the print.' }, async (id) => {
      kept.push(id);
      return [];
    });
    await expect(links.share(connection('c'), { hours: 24, endWithPrint: true })).resolves.toMatchObject({ kind: 'no-active-print' });
    expect(kept).toEqual([]);
  });

  it('a link this browser could not store still shows, said to be unsaved', async () => {
    const { links } = fakeDeps({ kind: 'ok', link: link('L3') }, () => Promise.reject(new Error('quota')));
    await expect(links.share(connection('d'), { hours: 24, endWithPrint: false })).resolves.toMatchObject({ kind: 'ok', unsaved: true });
    expect(links.listOf('d').value).toEqual({ links: [link('L3')], problem: true });
  });

  it('loading says when storage could not be read', async () => {
    let read: ShareDeps['read'] = async () => [link('L4')];
    const { links } = fakeDeps({ kind: 'ok', link: link('L4') }, undefined, (id) => read(id));
    await links.load('e');
    expect(links.listOf('e').value).toEqual({ links: [link('L4')], problem: false });
    read = () => Promise.reject(new Error('blocked'));
    await links.load('e');
    expect(links.listOf('e').value).toEqual({ links: [link('L4')], problem: true });
  });
});
