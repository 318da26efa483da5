/**
 * Completion latency: from the callback document's own fetch start to the new card in the
 * opener's DOM. The callback's timeOrigin is the start of the whole navigation (the portal request
 * and its 303 included); the redirect is cross-origin, so redirectStart/End read 0, and fetchStart
 * is the fetch of callback.html after the 303. The start is timeOrigin + fetchStart. A fresh
 * context per run means an empty list and an empty HTTP cache, as for a first connect.
 */
import type { Browser } from '@playwright/test';
import { stubControl } from '../e2e/stub/client.ts';
import { newContext } from './context.ts';
import { probeScript } from './probe.ts';

export interface CompletionSample {
  latencyMs: number;
  /** The callback's fetch start minus the portal request's arrival at the stub (clock of the same machine). */
  afterPortalRequestMs: number;
  redirectCount: number;
  /** fetchStart relative to the callback's timeOrigin. */
  fetchStartMs: number;
  redirectEndMs: number;
  /** From the dashboard's first `oe-attempt-finished` mark (src/state/sync.ts) to the card in its DOM. */
  cardAfterMessageMs: number;
}

export async function measureCompletion(browser: Browser, appOrigin: string, stubOrigin: string, runs: number): Promise<CompletionSample[]> {
  const stub = stubControl(stubOrigin);
  await stub.reset();
  await stub.settings({ portalOutcome: 'authorize' });
  const samples: CompletionSample[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await newContext(browser);
    try {
      await context.addInitScript(probeScript(appOrigin, 1));
      const page = await context.newPage();
      await page.goto(`${appOrigin}/`);
      await page.getByText('No printers yet').waitFor();
      await stub.clearRequests();
      const popupOpened = page.waitForEvent('popup');
      await page.getByRole('button', { name: 'Connect a printer' }).click();
      const popup = await popupOpened;
      const closed = popup.isClosed() ? Promise.resolve() : popup.waitForEvent('close');
      await page.waitForFunction(() => window.__bench?.cardsAt != null && window.__benchCallback != null);
      // The callback closes itself once the dashboard has acknowledged: the flow ran to its end.
      await closed;
      const { cardsAt, callback, timeOrigin, cards, learnedAt } = await page.evaluate(() => ({
        cardsAt: window.__bench!.cardsAt!,
        callback: window.__benchCallback!,
        timeOrigin: performance.timeOrigin,
        cards: document.getElementsByTagName('article').length,
        learnedAt: performance.getEntriesByName('oe-attempt-finished', 'mark')[0]?.startTime ?? NaN,
      }));
      if (cards !== 1) throw new Error(`completion run ${run}: expected 1 card, found ${cards}`);
      const portal = (await stub.requests()).find((r) => r.path.startsWith('/appportal/v1/'));
      const callbackStart = callback.timeOrigin + callback.fetchStart;
      samples.push({
        latencyMs: timeOrigin + cardsAt - callbackStart,
        afterPortalRequestMs: portal ? callbackStart - portal.at : NaN,
        redirectCount: callback.redirectCount,
        fetchStartMs: callback.fetchStart,
        redirectEndMs: callback.redirectEnd,
        cardAfterMessageMs: cardsAt - learnedAt,
      });
    } finally {
      await context.close();
    }
  }
  return samples;
}
