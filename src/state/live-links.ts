import type { Signal } from '@preact/signals';
import { createLiveLink, LIVE_LINK_HOURS, type LiveLink, type LiveLinkRequest, type LiveLinkResult } from '../api/live-links';
import { appConfig } from '../app-config';
import type { Connection } from '../model';
import { addLiveLink, readLiveLinks } from '../store/live-links';
import { keyedSignals } from './keyed-signals';

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
  read: (connectionId: string) => Promise<LiveLink[]>;
}

/** The Live Links of one dashboard: each card's list, and a way to create one. */
export interface LiveLinks {
  /** Null until `load` read the store. */
  listOf(id: string): Signal<LiveLinkList | null>;
  /** Reads the connection's unexpired links into its signal. */
  load(id: string): Promise<void>;
  /**
   * Creates a Live Link for one connection with its App API token and keeps it in this browser.
   * One at a time per connection: a second (a double click) is refused, null, and sends nothing.
   */
  share(connection: Pick<Connection, 'id' | 'secrets'>, choice: { hours: number; endWithPrint: boolean }): Promise<ShareOutcome | null>;
}

const browserDeps = (): ShareDeps => ({
  create: (request) => createLiveLink(request, appConfig(), { fetch: globalThis.fetch.bind(globalThis), signal: new AbortController().signal, dashboardOrigin: location.origin }),
  keep: addLiveLink,
  read: readLiveLinks,
});

/** Needs nothing of its dashboard: links belong to a connection, and the store keeps them. */
export function createLiveLinks(_dashboard?: unknown, deps: ShareDeps = browserDeps()): LiveLinks {
  const listOf = keyedSignals<LiveLinkList | null>(null).of;
  const creating = new Set<string>();
  return {
    listOf,
    async load(id) {
      try {
        listOf(id).value = { links: await deps.read(id), problem: false };
      } catch {
        listOf(id).value = { links: listOf(id).peek()?.links ?? [], problem: true };
      }
    },
    async share(connection, choice) {
      const { id } = connection;
      if (creating.has(id)) return null;
      creating.add(id);
      try {
        const result = await deps.create({ appToken: connection.secrets.appApiToken, expirationHours: choice.hours, endWhenPrintCompletes: choice.endWithPrint });
        if (result.kind !== 'ok') return result;
        try {
          listOf(id).value = { links: await deps.keep(id, result.link), problem: false };
          return result;
        } catch {
          const links = listOf(id).peek()?.links ?? [];
          listOf(id).value = { links: [result.link, ...links], problem: true };
          return { ...result, unsaved: true };
        }
      } finally {
        creating.delete(id);
      }
    },
  };
}
