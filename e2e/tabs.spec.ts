import type { Page } from '@playwright/test';
import type { StubControl } from './stub/client.ts';
import { card, expect, test } from './support/fixtures.ts';
import { connectPlatform } from './support/printers.ts';

const STATUS_PATH = '/octoeverywhere-command-api/status';
/** Status requests the dashboard sent (CORS preflights are the browser's own). */
const statusRequests = async (stub: StubControl) => (await stub.requests()).filter((r) => r.method === 'GET' && r.path === STATUS_PATH).length;
const statuses = (page: Page) => page.getByRole('article').locator('.status');
/**
 * No check under way in this tab. The next step jumps the clock by a whole interval: a check still
 * waiting for its answer would see its deadline pass at once and count as a timeout.
 */
const settled = (tab: Page) => expect(tab.locator('.checking')).toHaveCount(0);

test('three tabs ask no more than one: one leads, the others show its answers and pass Check now to it; a tab takes over when it closes', async ({ context, page, stub }) => {
  await context.clock.install();
  await page.goto('/');
  const bambu = await connectPlatform(page, stub, 'Bambu A', 'bambu');
  await connectPlatform(page, stub, 'Voron B', 'klipper');
  await expect(statuses(page)).toHaveText(['Idle', 'Idle']);
  const others = [await context.newPage(), await context.newPage()];
  for (const tab of others) {
    await tab.goto('/');
    // What the leader knows shows at once: a follower asks for nothing itself.
    await expect(statuses(tab)).toHaveText(['Idle', 'Idle']);
  }
  await stub.clearRequests();
  for (let i = 1; i <= 4; i += 1) {
    await context.clock.runFor('00:30');
    await expect.poll(() => statusRequests(stub)).toBeGreaterThanOrEqual(2 * i);
    await settled(page);
  }
  await page.waitForTimeout(500);
  // 2 connections × 4 intervals, as with one tab (± one check).
  expect(Math.abs((await statusRequests(stub)) - 8)).toBeLessThanOrEqual(1);

  // Every tab shows what the leader learns.
  await stub.startPrint(bambu, { fileName: 'a.3mf', durationSec: 1000, warmup: false });
  await stub.advanceClock(500);
  await context.clock.runFor('00:30');
  for (const tab of [page, ...others]) await expect(card(tab, 'Bambu A').locator('.status')).toHaveText('Printing 50 %');

  // Check now in a follower asks the leader: one request.
  await stub.clearRequests();
  await card(others[1]!, 'Voron B').getByRole('button', { name: 'Check Voron B now' }).click();
  await expect.poll(() => statusRequests(stub)).toBe(1);

  // The leader closes: another tab takes over, continuing the schedule (no burst of checks).
  await page.close();
  await stub.clearRequests();
  await others[0]!.waitForTimeout(2000);
  expect(await statusRequests(stub)).toBeLessThanOrEqual(1);
  await context.clock.runFor('00:30');
  await expect.poll(() => statusRequests(stub)).toBeGreaterThanOrEqual(2);
  for (const tab of others) await settled(tab);
  await context.clock.runFor('00:30');
  await expect.poll(() => statusRequests(stub)).toBeGreaterThanOrEqual(4);
  expect(await statusRequests(stub)).toBeLessThanOrEqual(5);
});
