/**
 * The dashboard's storage steps, redone inside a page (the bundle does not expose them): the same
 * database, store, key names and sealing as src/store/database.ts, sealing.ts and unseal.ts.
 */
export interface StoreHelpers {
  open(): Promise<IDBDatabase>;
  request<T>(request: IDBRequest<T>): Promise<T>;
  done(tx: IDBTransaction): Promise<void>;
  /** The `meta:sealing-key`, created (non-extractable) the way the dashboard does when missing. */
  sealingKey(db: IDBDatabase): Promise<CryptoKey>;
  seal(key: CryptoKey, id: string, secretsJson: string): Promise<{ iv: Uint8Array; data: ArrayBuffer }>;
  unseal(key: CryptoKey, id: string, sealed: { iv: Uint8Array; data: ArrayBuffer }): Promise<unknown>;
}

declare global {
  interface Window {
    __benchStore?: StoreHelpers;
  }
}

function install(): void {
  const KEY_ID = 'meta:sealing-key';
  const encoder = new TextEncoder();
  const request = <T>(req: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const done = (tx: IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = tx.onerror = () => reject(tx.error);
    });
  const helpers: StoreHelpers = {
    request,
    done,
    open: () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('oe-dashboard', 1);
        req.onupgradeneeded = () => {
          if (!req.result.objectStoreNames.contains('kv')) req.result.createObjectStore('kv');
        };
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
        req.onblocked = () => reject(new Error('blocked'));
      }),
    sealingKey: async (db) => {
      const existing = await request(db.transaction('kv', 'readonly').objectStore('kv').get(KEY_ID));
      if (existing instanceof CryptoKey) return existing;
      const fresh = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
      const tx = db.transaction('kv', 'readwrite');
      tx.objectStore('kv').add(fresh, KEY_ID);
      await done(tx);
      return fresh;
    },
    seal: async (key, id, secretsJson) => {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(id) }, key, encoder.encode(secretsJson));
      return { iv, data };
    },
    unseal: async (key, id, sealed) => {
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: sealed.iv as Uint8Array<ArrayBuffer>, additionalData: encoder.encode(id) },
        key,
        sealed.data,
      );
      return JSON.parse(new TextDecoder().decode(plain));
    },
  };
  window.__benchStore = helpers;
}

/** Init script content: every page gets `window.__benchStore` (used on the app origin only). */
export const storeHelpersScript = { content: `(${install.toString()})();` };
