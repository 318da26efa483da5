/**
 * The webcam's two figures. Memory: 10 cards on screen, their snapshots refreshed 20 times each
 * (200 refreshes, the page's clock moved 10 s at a time), the JS heap after forced GCs and the
 * object URLs alive (createObjectURL minus revokeObjectURL, counted in the page) after each round:
 * both must level off, one picture per card. (Pictures live outside the JS heap, in the Blob
 * store: the object URL count is what would show them piling up.) Live view: frames shown per second (the dialog's
 * picture loaded), from the stub's 30 fps MJPEG stream on loopback.
 */
import type { Browser, Page } from '@playwright/test';
import { stubControl } from '../e2e/stub/client.ts';
import type { PortalConnection } from '../src/model.ts';
import { seedContext } from './cold-start.ts';
import { newContext } from './context.ts';

export interface WebcamMemoryResult {
  cards: number;
  refreshes: number;
  /** After each round of one refresh per card. */
  heapMB: number[];
  liveObjectUrls: number[];
}

export interface LiveViewResult {
  streamFps: number;
  seconds: number;
  framesPerSecond: number;
}

const MB = 1024 * 1024;
const SNAPSHOT = '/octoeverywhere-command-api/webcam/snapshot';

/** Counts the page's live object URLs, before the dashboard's code runs. */
const COUNT_URLS = `(() => {
  const live = new Set();
  const create = URL.createObjectURL.bind(URL);
  const revoke = URL.revokeObjectURL.bind(URL);
  URL.createObjectURL = (blob) => { const url = create(blob); live.add(url); return url; };
  URL.revokeObjectURL = (url) => { live.delete(url); revoke(url); };
  window.__liveObjectUrls = () => live.size;
})();`;

/** Used JS heap after two forced GCs, asked of V8 itself: the page's fake clock replaces `performance`. */
async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / MB;
}

export async function measureWebcamMemory(browser: Browser, appOrigin: string, stubOrigin: string, pool: PortalConnection[], rounds = 20): Promise<WebcamMemoryResult> {
  const stub = stubControl(stubOrigin);
  const cards = pool.length;
  const context = await newContext(browser);
  try {
    await seedContext(context, appOrigin, pool);
    await context.addInitScript({ content: COUNT_URLS });
    const page = await context.newPage();
    // Tall enough for every card to be on screen.
    await page.setViewportSize({ width: 1100, height: 3400 });
    await page.clock.install();
    await stub.clearRequests();
    await page.goto(`${appOrigin}/`);
    const snapshots = async () => (await stub.requests()).filter((r) => r.method === 'GET' && r.path.startsWith(SNAPSHOT) && r.status === 200).length;
    const pictures = page.locator('article img[src^="blob:"]');
    const heap: number[] = [];
    const urls: number[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      if (round > 1) await page.clock.runFor(10_000);
      // Every card's picture of this round has arrived and is shown.
      for (let waited = 0; (await snapshots()) < round * cards || (await pictures.count()) < cards; waited += 50) {
        if (waited > 20_000) throw new Error(`webcam memory: round ${round} brought ${await snapshots()} snapshots for ${cards} cards`);
        await page.waitForTimeout(50);
      }
      heap.push(await heapMB(page));
      urls.push(await page.evaluate(() => (window as unknown as { __liveObjectUrls(): number }).__liveObjectUrls()));
    }
    return { cards, refreshes: rounds * cards, heapMB: heap, liveObjectUrls: urls };
  } finally {
    await context.close();
  }
}

export async function measureLiveView(browser: Browser, appOrigin: string, stubOrigin: string, connection: PortalConnection, seconds = 5): Promise<LiveViewResult> {
  const stub = stubControl(stubOrigin);
  const streamFps = 30;
  await stub.setConnection(connection.id, { webcam: { fps: streamFps } });
  const context = await newContext(browser);
  try {
    await seedContext(context, appOrigin, [connection]);
    const page = await context.newPage();
    await page.goto(`${appOrigin}/`);
    await page.getByRole('button', { name: /^Live view of / }).click();
    const frame = page.getByRole('dialog').getByRole('img');
    await frame.waitFor();
    // Count each frame the dialog's picture finished loading (decoded, ready to paint).
    const frames = await page.evaluate(
      (ms) =>
        new Promise<number>((resolve) => {
          let count = 0;
          const onLoad = (event: Event) => {
            if ((event.target as Element).closest?.('dialog')) count += 1;
          };
          document.addEventListener('load', onLoad, true);
          setTimeout(() => {
            document.removeEventListener('load', onLoad, true);
            resolve(count);
          }, ms);
        }),
      seconds * 1000,
    );
    return { streamFps, seconds, framesPerSecond: frames / seconds };
  } finally {
    await context.close();
    await stub.setConnection(connection.id, { webcam: { fps: 15 } });
  }
}
