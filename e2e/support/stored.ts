import type { Page } from '@playwright/test';

/**
 * Reaches into the dashboard's IndexedDB (database `oe-dashboard`, store `kv`) from the page, as a
 * damaged profile or a partly cleared site would leave it. Test-only; the app never does this.
 */
export async function changeStoredConnection(page: Page, printerName: string, change: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    async ({ printerName, change }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('oe-dashboard');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const store = db.transaction('kv', 'readwrite').objectStore('kv');
      const range = IDBKeyRange.bound('conn:', 'conn:\uffff');
      const all = (request: IDBRequest) => new Promise<unknown[]>((resolve) => (request.onsuccess = () => resolve(request.result as unknown[])));
      const keys = await all(store.getAllKeys(range));
      const values = await all(store.getAll(range));
      const index = (values as Array<{ printerName?: string }>).findIndex((record) => record.printerName === printerName);
      if (index < 0) throw new Error(`no stored connection named ${printerName}`);
      store.put({ ...(values[index] as object), ...change }, keys[index] as string);
      await new Promise((resolve) => (store.transaction.oncomplete = resolve));
      db.close();
    },
    { printerName, change },
  );
}

/** Deletes one key from the store: `meta:sealing-key` loses the encryption key. */
export async function deleteStoredKey(page: Page, key: string): Promise<void> {
  await page.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('oe-dashboard');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = db.transaction('kv', 'readwrite');
    transaction.objectStore('kv').delete(key);
    await new Promise((resolve) => (transaction.oncomplete = resolve));
    db.close();
  }, key);
}
