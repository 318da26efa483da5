/**
 * JS heap of the dashboard before and after `cycles` connect-and-cancel cycles, each read after
 * a forced GC (CDP HeapProfiler.collectGarbage) from performance.memory, which
 * --enable-precise-memory-info makes exact. Growth that survives GC is what a leak would show.
 */
import type { Browser, Page } from '@playwright/test';
import { stubControl } from '../e2e/stub/client.ts';
import { newContext } from './context.ts';

export interface MemorySample {
  beforeMB: number;
  /** After the first cycle: lazily loaded code and first-use caches land here, not in a leak. */
  afterFirstMB: number;
  afterMB: number;
}

const MB = 1024 * 1024;

export async function measureMemory(browser: Browser, appOrigin: string, stubOrigin: string, cycles: number): Promise<MemorySample> {
  const stub = stubControl(stubOrigin);
  await stub.reset(); // interactive portal: the window waits until the attempt is cancelled
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const heapMB = async () => {
      // Twice: the first pass can leave garbage that only a second one frees (weak maps, finalizers).
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const bytes = await page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);
      return bytes / MB;
    };
    await page.goto(`${appOrigin}/`);
    await page.getByText('No printers yet').waitFor();
    const beforeMB = await heapMB();
    await connectAndCancel(page);
    const afterFirstMB = await heapMB();
    for (let i = 1; i < cycles; i += 1) await connectAndCancel(page);
    const afterMB = await heapMB();
    return { beforeMB, afterFirstMB, afterMB };
  } finally {
    await context.close();
  }
}

/** Connect, wait for the portal in the window, Cancel in the dashboard, wait until it says so and the window is gone. */
async function connectAndCancel(page: Page): Promise<void> {
  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Connect a printer' }).click();
  const popup = await popupOpened;
  await popup.waitForURL(/\/appportal\/v1\//);
  const closed = popup.waitForEvent('close');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'Cancelled.' }).waitFor();
  await closed;
}
