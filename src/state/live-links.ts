import { signal, type Signal } from '@preact/signals';
import { createLiveLink, LIVE_LINK_HOURS, type LiveLink, type LiveLinkRequest, type LiveLinkResult } from '../api/live-links';
import { appConfig } from '../app-config';
import type { Connection } from '../model';
import { addLiveLink, readLiveLinks } from '../store/live-links';

export type { LiveLink, LiveLinkResult };
export { LIVE_LINK_HOURS };

/** A card's list of the links this browser created; `problem` when storage could not be read. */
export interface LiveLinkList {
  links: LiveLink[];
  problem: boolean;
}

/** What creating a link came to; `unsaved` when the link works but this browser could not keep it. */
export type ShareOutcome = LiveLinkResult & { unsaved?: boolean };

export interface ShareDeps {
  create: (request: LiveLinkRequest) => Promise<LiveLinkResult>;
  keep: (connectionId: string, link: LiveLink) => Promise<LiveLink[]>;
}

const lists = new Map<string, Signal<LiveLinkList | null>>();
const creating = new Set<string>();

/** Null until `loadLiveLinks` read the store. */
export function liveLinksOf(id: string): Signal<LiveLinkList | null> {
  let list = lists.get(id);
  if (!list) {
    list = signal<LiveLinkList | null>(null);
    lists.set(id, list);
  }
  return list;
}

/** Reads the connection's unexpired links into its signal. */
export async function loadLiveLinks(id: string, read: (id: string) => Promise<LiveLink[]> = readLiveLinks): Promise<void> {
  try {
    liveLinksOf(id).value = { links: await read(id), problem: false };
  } catch {
    liveLinksOf(id).value = { links: liveLinksOf(id).peek()?.links ?? [], problem: true };
  }
}

const defaultDeps: ShareDeps = {
  create: (request) => createLiveLink(request, appConfig(), { fetch: globalThis.fetch.bind(globalThis), signal: new AbortController().signal, dashboardOrigin: location.origin }),
  keep: addLiveLink,
};

/**
 * Creates a Live Link for one connection with its App API token and keeps it in this browser.
 * One at a time per connection: a second (a double click) is refused, null, and sends nothing.
 */
export async function shareLiveView(
  connection: Pick<Connection, 'id' | 'secrets'>,
  choice: { hours: number; endWithPrint: boolean },
  deps: ShareDeps = defaultDeps,
): Promise<ShareOutcome | null> {
  const { id } = connection;
  if (creating.has(id)) return null;
  creating.add(id);
  try {
    const result = await deps.create({ appToken: connection.secrets.appApiToken, expirationHours: choice.hours, endWhenPrintCompletes: choice.endWithPrint });
    if (result.kind !== 'ok') return result;
    try {
      liveLinksOf(id).value = { links: await deps.keep(id, result.link), problem: false };
      return result;
    } catch {
      const links = liveLinksOf(id).peek()?.links ?? [];
      liveLinksOf(id).value = { links: [result.link, ...links], problem: true };
      return { ...result, unsaved: true };
    }
  } finally {
    creating.delete(id);
  }
}
