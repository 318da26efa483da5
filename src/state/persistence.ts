import { effect, signal, type Signal } from '@preact/signals';
import type { Connections } from './connections';
import { recall, remember } from './local-memory';

/**
 * Whether the browser keeps this site's storage (and with it the only copy of the credentials)
 * when it runs short of space. `best-effort`: it may delete it; `unknown`: the browser has no
 * StorageManager to ask. Null until asked.
 */
export type Persistence = 'persistent' | 'best-effort' | 'unknown';

const ADVICE_DISMISSED_KEY = 'oe-dashboard:backup-advice-dismissed';


export interface StoragePersistence {
  /** Null until the browser answered. */
  readonly persistence: Signal<Persistence | null>;
  /** The advice to make a backup, once dismissed, stays dismissed in this browser. */
  readonly adviceDismissed: Signal<boolean>;
  dismissAdvice(): void;
  dispose(): void;
}

type Storage = Pick<StorageManager, 'persist' | 'persisted'> | undefined;

async function ask(storage: Storage, request: boolean): Promise<Persistence> {
  if (typeof storage?.persisted !== 'function') return 'unknown';
  if (await storage.persisted()) return 'persistent';
  if (!request || typeof storage.persist !== 'function') return 'best-effort';
  return (await storage.persist()) ? 'persistent' : 'best-effort';
}

/**
 * Reads whether storage is persistent at once, and asks the browser to make it so once there is a
 * connection to keep (after the first one is stored, or at start-up when there are some already).
 * Chrome decides by itself; Firefox asks the person, once.
 */
export function createPersistence({ connections }: { connections: Connections }, storage: Storage = globalThis.navigator?.storage): StoragePersistence {
  const persistence = signal<Persistence | null>(null);
  // Where storage is unavailable the advice simply shows again next visit.
  const adviceDismissed = signal(recall(ADVICE_DISMISSED_KEY) === '1');
  let latest = 0;
  // Only the last question's answer counts: a slow first read must not undo a granted request.
  const update = (request: boolean) => {
    const call = ++latest;
    const settle = (result: Persistence) => {
      if (call === latest) persistence.value = result;
    };
    ask(storage, request).then(settle, () => settle('unknown'));
  };
  let requested = false;
  const stop = effect(() => {
    if (requested || connections.list.value.length === 0) return;
    requested = true;
    update(true);
  });
  if (!requested) update(false);
  return {
    persistence,
    adviceDismissed,
    dismissAdvice() {
      adviceDismissed.value = true;
      remember(ADVICE_DISMISSED_KEY, '1');
    },
    dispose: stop,
  };
}
