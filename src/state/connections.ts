import { batch, signal } from '@preact/signals';
import type { Connection } from '../model';
import type { UnreadableConnection } from '../store/connections';
import { broadcast } from '../portal/messages';
import { StoreError } from '../store/errors';

/**
 * Reading connections validates every record with zod; that code is fetched in parallel with the
 * first render instead of holding it up, so the page is interactive before it arrives.
 */
const reader = import('../store/connections');

/** The stored connections, as the views read them. Only this module writes them. */
export const connections = signal<readonly Connection[]>([]);
export const connectionsLoaded = signal(false);
/** A storage failure the user must know about, in words; null when storage works. */
export const storageProblem = signal<string | null>(null);
/** Stored records that could not be read: each gets a card of its own, none is dropped. */
export const unreadable = signal<readonly UnreadableConnection[]>([]);

let reloading: Promise<void> | null = null;
let reloadAgain = false;

/** Re-reads every connection from IndexedDB; calls that overlap are coalesced into one more read. */
export function reloadConnections(): Promise<void> {
  if (reloading) {
    reloadAgain = true;
    return reloading;
  }
  reloading = (async () => {
    do {
      reloadAgain = false;
      try {
        const list = await (await reader).listConnections();
        batch(() => {
          connections.value = list.connections;
          unreadable.value = list.unreadable;
          storageProblem.value = null;
        });
      } catch (error) {
        reportStorageProblem(error);
      }
    } while (reloadAgain);
    connectionsLoaded.value = true;
  })().finally(() => {
    reloading = null;
  });
  return reloading;
}

export function reportStorageProblem(error: unknown): void {
  storageProblem.value = error instanceof StoreError ? error.message : 'The browser\'s storage failed.';
}

/** Runs a change to the stored connections, then reloads them here and in every other tab. */
export async function changeConnections(change: () => Promise<void>): Promise<boolean> {
  try {
    await change();
  } catch (error) {
    reportStorageProblem(error);
    return false;
  }
  broadcast({ type: 'oe-connections-changed' });
  await reloadConnections();
  return true;
}

/** Editing is rarer than reading: its store code loads on the first edit. */
const editor = () => import('../store/edit');

export function removeConnection(id: string): Promise<boolean> {
  return changeConnections(async () => (await editor()).deleteConnection(id));
}

export function renameConnection(id: string, label: string): Promise<boolean> {
  return changeConnections(async () => (await editor()).renameConnection(id, label));
}
