/**
 * Cold start: a new page of a context whose IndexedDB holds N connections, timed from navigation
 * start (performance.timeOrigin) to the N-th card in the DOM. The context's HTTP cache is warm, as
 * for someone coming back to the dashboard; the JS heap and the page are new each run.
 */
import type { BrowserContext } from '@playwright/test';
import type { PortalConnection } from '../src/model.ts';
import { OPENER_PAGE } from './floor-page.ts';
import { probeScript } from './probe.ts';
import { writeRecords } from './seed.ts';

export interface ColdStartSample {
  /** Navigation start to the first screenful of cards in the DOM (the list renders the rest in slices). */
  firstScreenMs: number;
  /** Navigation start to the N-th card in the DOM. */
  cardsMs: number;
  /** Navigation start to the app shell (connect panel) in the DOM. */
  shellMs: number;
  /** Navigation start to the last secret decrypted (NaN when nothing was). */
  decryptedMs: number;
}

/** Stores exactly these connections in the context's origin. */
export async function seedContext(context: BrowserContext, appOrigin: string, connections: PortalConnection[]): Promise<void> {
  const seeder = await context.newPage();
  try {
    // An empty page of the origin: the callback page would open the database and make the
    // sealing key itself, racing this seeding for it.
    await seeder.goto(`${appOrigin}/${OPENER_PAGE}`);
    const stored = await writeRecords(seeder, connections);
    if (stored !== connections.length) throw new Error(`cold start: seeded ${stored} records, wanted ${connections.length}`);
  } finally {
    await seeder.close();
  }
}

/** One timed start of the dashboard with `n` stored connections. */
export async function coldStartRun(context: BrowserContext, appOrigin: string, n: number): Promise<ColdStartSample> {
  const page = await context.newPage();
  try {
    await page.addInitScript(probeScript(appOrigin, n));
    await page.goto(`${appOrigin}/`);
    await page.waitForFunction(() => window.__bench?.cardsAt != null);
    const probe = await page.evaluate(() => window.__bench!);
    // The seeded records must really be on screen, or this would time an empty list.
    // The seeded records must really be listed: as n cards, or as the compact list's n rows.
    const cards = await page.locator('article').count();
    const rows = await page.locator(`table[aria-rowcount="${n + 1}"]`).count();
    const heading = await page.getByRole('heading', { name: `Your printers (${n})` }).count();
    if ((cards !== n && rows !== 1) || heading !== 1) throw new Error(`cold start ${n}: ${cards} cards, list ${rows}, heading found ${heading}×`);
    return { firstScreenMs: probe.firstCardsAt ?? NaN, cardsMs: probe.cardsAt!, shellMs: probe.shellAt ?? NaN, decryptedMs: probe.decryptedAt ?? NaN };
  } finally {
    await page.close();
  }
}
