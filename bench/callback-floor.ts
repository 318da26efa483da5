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

/** One window's times from its fetch start: its document received and parsed, and its message in the opener. */
export interface WindowTimes {
  responseEndMs: number;
  /** `domInteractive`: the document parsed; its (module) script runs from here. */
  parsedMs: number;
  messageMs: number;
}

export interface CallbackFloorSample {
  realMs: number;
  floorMs: number;
  real: WindowTimes;
  floor: WindowTimes;
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
async function timeWindow(opener: Page, url: string, accept: string): Promise<WindowTimes> {
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
  const nav = await popup.evaluate(() => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { start: performance.timeOrigin + entry.fetchStart, responseEndMs: entry.responseEnd - entry.fetchStart, parsedMs: entry.domInteractive - entry.fetchStart };
  });
  await popup.close();
  return { responseEndMs: nav.responseEndMs, parsedMs: nav.parsedMs, messageMs: at - nav.start };
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
      const times: Partial<Pick<CallbackFloorSample, 'real' | 'floor'>> = {};
      for (const which of order) {
        if (which === 'real') times.real = await timeWindow(opener, realUrl, 'oe-attempt-finished');
        else times.floor = await timeWindow(opener, `${appOrigin}/${FLOOR_PAGE}`, FLOOR_MESSAGE);
      }
      const { real, floor } = times as Pick<CallbackFloorSample, 'real' | 'floor'>;
      samples.push({ realMs: real.messageMs, floorMs: floor.messageMs, real, floor });
    } finally {
      await context.close();
    }
  }
  return samples;
}
