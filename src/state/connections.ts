import { batch, signal, type Signal } from '@preact/signals';
import type { Connection } from '../model';
import type { UnreadableConnection } from '../store/connections';
import { broadcast } from '../portal/messages';
import { StoreError } from '../store/errors';

/** The stored connections as the views read them, and the only way to change them. */
export interface Connections {
  readonly list: Signal<readonly Connection[]>;
  readonly loaded: Signal<boolean>;
  /** A storage failure the user must know about, in words; null when storage works. */
  readonly storageProblem: Signal<string | null>;
  /** Stored records that could not be read: each gets a card of its own, none is dropped. */
  readonly unreadable: Signal<readonly UnreadableConnection[]>;
  /** Re-reads every connection from IndexedDB; calls that overlap are coalesced into one more read. */
  reload(): Promise<void>;
  reportStorageProblem(error: unknown): void;
  /** Runs a change to the stored connections, then reloads them here and in every other tab. */
  change(change: () => Promise<void>): Promise<boolean>;
  remove(id: string): Promise<boolean>;
  rename(id: string, label: string): Promise<boolean>;
}

/**
 * Reading connections validates every record with zod: that code loads with the first read, which
 * start-up asks for right after the first render, so the page is interactive before it arrives.
 */
const reader = () => import('../store/connections');
/** Editing is rarer than reading: its store code loads on the first edit. */
const editor = () => import('../store/edit');

export function createConnections(): Connections {
  let reading: ReturnType<typeof reader> | null = null;
  const list = signal<readonly Connection[]>([]);
  const loaded = signal(false);
  const storageProblem = signal<string | null>(null);
  const unreadable = signal<readonly UnreadableConnection[]>([]);
  let reloading: Promise<void> | null = null;
  let reloadAgain = false;

  const reportStorageProblem = (error: unknown) => {
    storageProblem.value = error instanceof StoreError ? error.message : 'The browser\'s storage failed.';
  };

  const reload = (): Promise<void> => {
    if (reloading) {
      reloadAgain = true;
      return reloading;
    }
    reloading = (async () => {
      do {
        reloadAgain = false;
        try {
          // A reader that failed to load (offline, or a new deployment) is fetched again next time.
          reading ??= reader().catch((error: unknown) => {
            reading = null;
            throw error;
          });
          const read = await (await reading).listConnections();
          batch(() => {
            list.value = read.connections;
            unreadable.value = read.unreadable;
            storageProblem.value = null;
          });
        } catch (error) {
          reportStorageProblem(error);
        }
      } while (reloadAgain);
      loaded.value = true;
    })().finally(() => {
      reloading = null;
    });
    return reloading;
  };

  const change = async (run: () => Promise<void>): Promise<boolean> => {
    try {
      await run();
    } catch (error) {
      reportStorageProblem(error);
      return false;
    }
    broadcast({ type: 'oe-connections-changed' });
    await reload();
    return true;
  };

  return {
    list,
    loaded,
    storageProblem,
    unreadable,
    reload,
    reportStorageProblem,
    change,
    remove: (id) => change(async () => (await editor()).deleteConnection(id)),
    rename: (id, label) => change(async () => (await editor()).renameConnection(id, label)),
  };
}
