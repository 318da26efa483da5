/**
 * Real connections for the cold-start runs: created in the stub through the portal's own form
 * post, read back from the completion in its 303 Location the way the callback page reads it,
 * and written into a page's IndexedDB as records the dashboard cannot tell from its own.
 */
import type { Page } from '@playwright/test';
import type { PortalConnection } from '../src/model.ts';
import { parseCompletion, readCompletionParams } from '../src/portal/completion.ts';

/**
 * Creates `count` connections through `POST /appportal/v1/authorize`, a few requests at a time.
 * Each asks for an OctoPrint API key, as the dashboard's own connects do, so a status check makes
 * all its requests (info, version, job).
 */
export async function createConnections(stubOrigin: string, count: number): Promise<PortalConnection[]> {
  const printers = ['prn-mk4', 'prn-ender', 'prn-voron'];
  const one = async (i: number): Promise<PortalConnection> => {
    const body = new URLSearchParams({ appid: 'devtest', decision: 'authorize', printer: printers[i % printers.length] ?? '', octoPrintApiKeyAppName: 'Printer Dashboard' });
    const res = await fetch(`${stubOrigin}/appportal/v1/authorize`, { method: 'POST', body, redirect: 'manual' });
    const location = res.headers.get('location');
    await res.arrayBuffer();
    if (res.status !== 303 || !location) throw new Error(`stub authorize answered ${res.status}`);
    const completion = parseCompletion(readCompletionParams(location).params, stubOrigin);
    if (!completion.ok || !completion.success) throw new Error('the stub completion did not parse as a connection');
    return completion.connection;
  };
  const out: PortalConnection[] = [];
  for (let i = 0; i < count; i += 25) {
    const batch = Array.from({ length: Math.min(25, count - i) }, (_, k) => one(i + k));
    out.push(...(await Promise.all(batch)));
  }
  return out;
}

interface Seed {
  key: string;
  /** The record without `sealed`, undefined fields dropped as connectionRecord() does. */
  fields: Record<string, unknown>;
  secretsJson: string;
}

/** Replaces every `conn:` record of the page's origin with these connections; returns how many are stored. */
export async function writeRecords(page: Page, connections: PortalConnection[], baseTime = Date.now()): Promise<number> {
  const seeds: Seed[] = connections.map(({ secrets, ...rest }, i) => {
    const at = baseTime + i; // distinct times keep the dashboard's order stable
    const fields = Object.fromEntries(
      Object.entries({ ...rest, connectedAt: at, updatedAt: at }).filter(([, value]) => value !== undefined),
    );
    return { key: `conn:${rest.id}`, fields: { v: 1, ...fields }, secretsJson: JSON.stringify(secrets) };
  });
  return page.evaluate(async (seeds) => {
    const s = window.__benchStore!;
    const db = await s.open();
    const key = await s.sealingKey(db);
    const sealed = await Promise.all(seeds.map((seed) => s.seal(key, String(seed.fields.id), seed.secretsJson)));
    const tx = db.transaction('kv', 'readwrite');
    const store = tx.objectStore('kv');
    store.delete(IDBKeyRange.bound('conn:', 'conn:\uffff'));
    seeds.forEach((seed, i) => store.put({ ...seed.fields, sealed: sealed[i] }, seed.key));
    await s.done(tx);
    const count = await s.request(db.transaction('kv', 'readonly').objectStore('kv').count(IDBKeyRange.bound('conn:', 'conn:\uffff')));
    db.close();
    return count;
  }, seeds);
}
