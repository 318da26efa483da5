/**
 * The callback page against its floor, side by side in one run. Each run is a fresh context
 * (empty HTTP cache, as for a first connect) holding a stored attempt and the sealing key, as the
 * dashboard leaves them before the portal opens. A same-origin opener opens the page in a window;
 * the time is from that window's fetch start to the page's message arriving in the opener (epoch
 * times on both sides). The real page gets a genuine portal answer: the stub's 303 Location for
 * this attempt's returnUrl. Real and floor alternate within each run.
 */
import type { Browser, Page } from '@playwright/test';
import { FLOOR_MESSAGE, FLOOR_PAGE, OPENER_PAGE } from './floor-page.ts';
import { newContext } from './context.ts';

export interface CallbackFloorSample {
  realMs: number;
  floorMs: number;
}

/** The stub's completion URL for a new connection, sent to `returnUrl`. */
async function portalAnswer(stubOrigin: string, returnUrl: string): Promise<string> {
  const body = new URLSearchParams({ appid: 'devtest', decision: 'authorize', printer: 'prn-mk4', returnUrl, octoPrintApiKeyAppName: 'Printer Dashboard' });
  const res = await fetch(`${stubOrigin}/appportal/v1/authorize`, {
    method: 'POST',
    body,
    redirect: 'manual',
  });
  await res.arrayBuffer();
  const location = res.headers.get('location');
  if (res.status !== 303 || !location) throw new Error(`stub authorize answered ${res.status}`);
  return location;
}

/** Opens `url` from the opener; the ms from that window's fetch start to its `accept` message in the opener. */
async function timeWindow(opener: Page, url: string, accept: string): Promise<number> {
  const popupOpened = opener.waitForEvent('popup');
  const arrived = opener.evaluate(
    (accept) =>
      new Promise<number>((resolve) => {
        const onMessage = (event: MessageEvent) => {
          if ((event.data as { type?: unknown } | null)?.type !== accept) return;
          removeEventListener('message', onMessage);
          resolve(performance.timeOrigin + performance.now());
        };
        addEventListener('message', onMessage);
      }),
    accept,
  );
  await opener.evaluate((url) => void window.open(url, '_blank', 'popup'), url);
  const popup = await popupOpened;
  const at = await arrived;
  const start = await popup.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return performance.timeOrigin + nav.fetchStart;
  });
  await popup.close();
  return at - start;
}

export async function measureCallbackFloor(browser: Browser, appOrigin: string, stubOrigin: string, runs: number): Promise<CallbackFloorSample[]> {
  const samples: CallbackFloorSample[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await newContext(browser);
    try {
      const opener = await context.newPage();
      await opener.goto(`${appOrigin}/${OPENER_PAGE}`);
      const nonce = await opener.evaluate(async () => {
        const s = window.__benchStore!;
        const nonce = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
        const db = await s.open();
        await s.sealingKey(db);
        const tx = db.transaction('kv', 'readwrite');
        const now = Date.now();
        tx.objectStore('kv').put({ v: 1, nonce, createdAt: now, expiresAt: now + 30 * 60_000, mode: 'popup' }, `attempt:${nonce}`);
        await s.done(tx);
        db.close();
        // The floor's database exists too, as the dashboard's does: both pages open, neither creates.
        await new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('bench-floor', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('kv');
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
          open.onerror = () => reject(open.error);
        });
        return nonce;
      });
      const realUrl = await portalAnswer(stubOrigin, `${appOrigin}/callback.html?attempt=${nonce}`);
      // Alternate which goes first, so neither always pays for the context's first window.
      const order = run % 2 === 0 ? (['real', 'floor'] as const) : (['floor', 'real'] as const);
      const sample: Partial<CallbackFloorSample> = {};
      for (const which of order) {
        if (which === 'real') sample.realMs = await timeWindow(opener, realUrl, 'oe-attempt-finished');
        else sample.floorMs = await timeWindow(opener, `${appOrigin}/${FLOOR_PAGE}`, FLOOR_MESSAGE);
      }
      samples.push(sample as CallbackFloorSample);
    } finally {
      await context.close();
    }
  }
  return samples;
}
