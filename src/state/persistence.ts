import { effect, signal } from '@preact/signals';
import { connections } from './connections';

/**
 * Whether the browser keeps this site's storage (and with it the only copy of the credentials)
 * when it runs short of space. `best-effort`: it may delete it; `unknown`: the browser has no
 * StorageManager to ask. Null until asked.
 */
export type Persistence = 'persistent' | 'best-effort' | 'unknown';
export const storagePersistence = signal<Persistence | null>(null);

const ADVICE_DISMISSED_KEY = 'oe-dashboard:backup-advice-dismissed';

/** localStorage: a flag, no secret; where it is unavailable the advice simply shows again. */
function readDismissed(): boolean {
  try {
    return globalThis.localStorage?.getItem(ADVICE_DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

export const backupAdviceDismissed = signal(readDismissed());

export function dismissBackupAdvice(): void {
  backupAdviceDismissed.value = true;
  try {
    globalThis.localStorage?.setItem(ADVICE_DISMISSED_KEY, '1');
  } catch {
    // Remembered for this page only.
  }
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
 * Chrome decides by itself; Firefox asks the person, once. Returns the teardown.
 */
export function startStoragePersistence(storage: Storage = globalThis.navigator?.storage): () => void {
  let latest = 0;
  // Only the last question's answer counts: a slow first read must not undo a granted request.
  const update = (request: boolean) => {
    const call = ++latest;
    const settle = (result: Persistence) => {
      if (call === latest) storagePersistence.value = result;
    };
    ask(storage, request).then(settle, () => settle('unknown'));
  };
  let requested = false;
  const stop = effect(() => {
    if (requested || connections.value.length === 0) return;
    requested = true;
    update(true);
  });
  if (!requested) update(false);
  return stop;
}
