/**
 * IndexedDB cost inside a page of the seeded origin: reading every connection (one cursor over
 * the `conn:` range beside the sealing key, then decrypt + JSON.parse each, in parallel as
 * listConnections does; zod validation is left out) and writing one (seal + put + commit).
 * Runs on the bench's empty opener page: same origin, and quiet (no status checks, no storage of
 * its own).
 */
import type { BrowserContext } from '@playwright/test';
import { OPENER_PAGE } from './floor-page.ts';

export interface IdbSamples {
  readMs: number[];
  writeMs: number[];
  records: number;
}

export async function measureIdb(context: BrowserContext, appOrigin: string, runs: number, expected: number): Promise<IdbSamples> {
  const page = await context.newPage();
  try {
    await page.goto(`${appOrigin}/${OPENER_PAGE}`);
    const result = await page.evaluate(
      async ({ runs }) => {
        const s = window.__benchStore!;
        const range = IDBKeyRange.bound('conn:', 'conn:\uffff');
        const db = await s.open();
        const readMs: number[] = [];
        const writeMs: number[] = [];
        let records = 0;
        for (let i = 0; i < runs; i += 1) {
          const t0 = performance.now();
          const store = db.transaction('kv', 'readonly').objectStore('kv');
          const values = new Promise<unknown[]>((resolve, reject) => {
            const found: unknown[] = [];
            const cursor = store.openCursor(range);
            cursor.onsuccess = () => {
              if (!cursor.result) return resolve(found);
              found.push(cursor.result.value);
              cursor.result.continue();
            };
            cursor.onerror = () => reject(cursor.error);
          });
          const [raw, key] = await Promise.all([values, s.request(store.get('meta:sealing-key'))]);
          const all = raw as { id: string; sealed: { iv: Uint8Array; data: ArrayBuffer } }[];
          const secrets = await Promise.all(all.map((r) => s.unseal(key as CryptoKey, r.id, r.sealed)));
          readMs.push(performance.now() - t0);
          records = secrets.filter((x) => typeof (x as { appApiToken?: unknown }).appApiToken === 'string').length;
        }
        // The dashboard keeps its key once loaded, so writes start with it in hand.
        const key = await s.sealingKey(db);
        const template = (await s.request(db.transaction('kv', 'readonly').objectStore('kv').getAll(range, 1)))[0] as Record<string, unknown>;
        const secretsJson = JSON.stringify(await s.unseal(key, String(template.id), template.sealed as never));
        const written: string[] = [];
        for (let i = 0; i < runs; i += 1) {
          const id = `benchwrite${i}`;
          const t0 = performance.now();
          const sealed = await s.seal(key, id, secretsJson);
          const tx = db.transaction('kv', 'readwrite');
          tx.objectStore('kv').put({ ...template, id, connectedAt: Date.now(), updatedAt: Date.now(), sealed }, `conn:${id}`);
          await s.done(tx);
          writeMs.push(performance.now() - t0);
          written.push(`conn:${id}`);
        }
        // Leave the store as it was: the written records are not part of any list measured later.
        const cleanup = db.transaction('kv', 'readwrite');
        for (const k of written) cleanup.objectStore('kv').delete(k);
        await s.done(cleanup);
        db.close();
        return { readMs, writeMs, records };
      },
      { runs },
    );
    if (result.records !== expected) throw new Error(`IndexedDB read decrypted ${result.records} records, wanted ${expected}`);
    return result;
  } finally {
    await page.close();
  }
}
