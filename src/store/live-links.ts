import { del, get, promisifyRequest, type UseStore } from 'idb-keyval';
import type { LiveLink } from '../model';
import { defaultGetStore } from './database';

/**
 * The Live Links this browser created, one record per connection (`live:<id>`), so a card's
 * Details can list them with their expiry. The service keeps no list an app can read back.
 */
export const LIVE_LINK_PREFIX = 'live:';
const liveLinksKey = (connectionId: string): string => `${LIVE_LINK_PREFIX}${connectionId}`;
/** A card lists at most this many; older ones drop off. */
const MAX_KEPT = 20;

/** One link as stored: exactly what the App API answered (model.ts). */
export type StoredLiveLink = LiveLink;

interface LiveLinksRecord {
  v: 1;
  links: StoredLiveLink[];
}

const isLink = (value: unknown): value is StoredLiveLink => {
  const link = value as Partial<StoredLiveLink> | null;
  return (
    typeof link === 'object' &&
    link !== null &&
    typeof link.liveId === 'string' &&
    typeof link.url === 'string' &&
    typeof link.shortUrl === 'string' &&
    typeof link.createdAt === 'number' &&
    typeof link.expiresAt === 'number' &&
    typeof link.endsWithPrint === 'boolean'
  );
};

/** The record's links that are well formed; anything else stored there reads as none. */
function linksOf(value: unknown): StoredLiveLink[] {
  const record = value as Partial<LiveLinksRecord> | undefined;
  return record?.v === 1 && Array.isArray(record.links) ? record.links.filter(isLink) : [];
}

/** The connection's links that have not expired, newest first. */
export async function readLiveLinks(connectionId: string, now = Date.now(), customStore: UseStore = defaultGetStore()): Promise<StoredLiveLink[]> {
  const links = linksOf(await get(liveLinksKey(connectionId), customStore));
  return links.filter((link) => link.expiresAt > now).sort((a, b) => b.createdAt - a.createdAt);
}

/** Keeps a new link (dropping expired ones); returns the connection's links as now stored. */
export function addLiveLink(connectionId: string, link: StoredLiveLink, now = Date.now(), customStore: UseStore = defaultGetStore()): Promise<StoredLiveLink[]> {
  const key = liveLinksKey(connectionId);
  // Read and write in one transaction, so two tabs adding at once both keep theirs: nothing but
  // IndexedDB requests is awaited inside it.
  return customStore('readwrite', async (store) => {
    const others = linksOf(await promisifyRequest(store.get(key))).filter((l) => l.expiresAt > now && l.liveId !== link.liveId);
    const kept = [link, ...others].sort((a, b) => b.createdAt - a.createdAt).slice(0, MAX_KEPT);
    const record: LiveLinksRecord = { v: 1, links: kept };
    store.put(record, key);
    await promisifyRequest(store.transaction);
    return kept;
  });
}

/** Forgets a connection's links (the connection was removed). */
export function forgetLiveLinks(connectionId: string, customStore: UseStore = defaultGetStore()): Promise<void> {
  return del(liveLinksKey(connectionId), customStore);
}
