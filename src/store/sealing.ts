import { promisifyRequest, type UseStore } from 'idb-keyval';
import type { Secrets } from '../model';

/**
 * Secrets are stored encrypted with AES-GCM under a non-extractable key that lives beside them in
 * IndexedDB. This keeps them out of a copied profile's plain files, of backups of the database and
 * of a casual look at devtools; it cannot stop script running in this page, which can use the key.
 * The connection id is bound in as additional data, so a sealed blob cannot be moved to another record.
 */
export interface Sealed {
  iv: Uint8Array;
  data: ArrayBuffer;
}

const KEY_ID = 'meta:sealing-key';
/** The key of each store, loaded once: a store of its own (a test's) has a key of its own. */
const keys = new WeakMap<UseStore, Promise<CryptoKey>>();

/** Not idb-keyval's `get`: the callback page seals, and its default store would cost that page bytes. */
const readKey = (customStore: UseStore): Promise<unknown> => customStore('readonly', (store) => promisifyRequest(store.get(KEY_ID)));

/**
 * A missing key with sealed records beside it means the key was lost (site data partly cleared):
 * those records can never be decrypted again, since the key is non-extractable and nowhere else.
 * A new key is still made, so new connections can be stored, and the old records are left exactly
 * as they are: the dashboard lists them as "cannot be decrypted in this browser" (connections.ts),
 * never rewrites or deletes them itself, and a backup import of the same ids replaces them. That
 * is the only way back, as the backup holds the credentials themselves, not the key.
 */
async function loadOrCreateKey(customStore: UseStore): Promise<CryptoKey> {
  const existing = await readKey(customStore);
  if (existing instanceof CryptoKey) return existing;
  // Non-extractable: it never leaves this browser's IndexedDB.
  const fresh = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  // `add` (which idb-keyval does not have) fails if another tab stored a key meanwhile; then that one wins and is read back.
  try {
    await customStore('readwrite', (store) => promisifyRequest(store.add(fresh, KEY_ID)));
    return fresh;
  } catch (error) {
    const winner = await readKey(customStore);
    if (winner instanceof CryptoKey) return winner;
    throw error; // no key stored, by anyone: why this one could not be
  }
}

export function sealingKey(customStore: UseStore): Promise<CryptoKey> {
  let key = keys.get(customStore);
  if (!key) {
    key = loadOrCreateKey(customStore).catch((error: unknown) => {
      keys.delete(customStore);
      throw error;
    });
    keys.set(customStore, key);
  }
  return key;
}

export const encoder = new TextEncoder();

export async function seal(secrets: Secrets, connectionId: string, customStore: UseStore): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(connectionId) },
    await sealingKey(customStore),
    encoder.encode(JSON.stringify(secrets)),
  );
  return { iv, data };
}
