import type { BrowserContext, Page } from '@playwright/test';
import { card, expect, test } from './support/fixtures.ts';
import { APP_ORIGIN } from './support/ports.ts';
import { connectPlatform, printTo } from './support/printers.ts';
import { statusOfCard } from './support/status.ts';

interface Shown {
  title: string;
  body?: string;
  tag?: string;
}

/**
 * Replaces the page's Notification with one that records what it would show (per page, in
 * `window.__shown`) and keeps the last one so a test can click it. The permission is the real one;
 * asking for it is counted (`window.__asked`) and, given `answer`, answered as the person would.
 */
function recordNotifications(answer: string | null): void {
  const Real = window.Notification;
  const shown: Shown[] = [];
  class Recorded {
    static get permission() {
      return Real.permission;
    }
    static requestPermission() {
      Object.assign(window, { __asked: ((window as unknown as { __asked?: number }).__asked ?? 0) + 1 });
      return answer ? Promise.resolve(answer as NotificationPermission) : Real.requestPermission();
    }
    onclick: (() => void) | null = null;
    constructor(title: string, options?: NotificationOptions) {
      shown.push({ title, body: options?.body, tag: options?.tag });
      Object.assign(window, { __last: this });
    }
    close() {}
  }
  Object.assign(window, { __shown: shown, Notification: Recorded });
}

const shownIn = (page: Page): Promise<Shown[]> => page.evaluate(() => (window as unknown as { __shown: Shown[] }).__shown);

async function allowNotifications(context: BrowserContext): Promise<void> {
  await context.grantPermissions(['notifications'], { origin: APP_ORIGIN });
  await context.addInitScript(recordNotifications, null);
}

test('off by default; Notify me asks the browser on click, and says so when the browser blocks it', async ({ page, context }) => {
  // Nothing granted yet; asked, the person chooses Block.
  await context.addInitScript(recordNotifications, 'denied');
  await page.goto('/');
  const toggle = page.getByRole('banner').getByRole('button', { name: /^Notify me/ });
  await expect(toggle).toHaveText('Notify me');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const asked = () => page.evaluate(() => (window as unknown as { __asked?: number }).__asked ?? 0);
  expect(await asked()).toBe(0);
  await toggle.click();
  expect(await asked()).toBe(1);
  await expect(toggle).toHaveText('Notify me: blocked by the browser');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('banner')).toContainText('Allow notifications for this site in the browser’s settings');
});

test('a print that completes is notified once with two tabs open, and the choice is remembered', async ({ page, context, stub }) => {
  await allowNotifications(context);
  await page.goto('/');
  const id = await connectPlatform(page, stub, 'Prusa MK4', 'octoprint');
  await printTo(stub, id, 50);
  await card(page, 'Prusa MK4').getByRole('button', { name: 'Check Prusa MK4 now' }).click();
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Printing 50 %');
  const toggle = page.getByRole('banner').getByRole('button', { name: 'Notify me' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  // A second tab: it remembers the choice, and sees the same print.
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByRole('banner').getByRole('button', { name: 'Notify me' })).toHaveAttribute('aria-pressed', 'true');
  await expect(statusOfCard(second, 'Prusa MK4')).toHaveText('Printing 50 %');

  await stub.advanceClock(3000);
  // Both tabs see the print complete.
  for (const tab of [page, second]) {
    await card(tab, 'Prusa MK4').getByRole('button', { name: 'Check Prusa MK4 now' }).click();
    await expect(statusOfCard(tab, 'Prusa MK4')).toHaveText('Complete');
  }
  await expect.poll(async () => (await shownIn(page)).length + (await shownIn(second)).length).toBe(1);
  await page.waitForTimeout(500);
  const shown = [...(await shownIn(page)), ...(await shownIn(second))];
  expect(shown).toEqual([{ title: 'Prusa MK4: print complete', body: 'benchy.gcode is done.', tag: expect.stringMatching(/\|print-complete\|/) }]);
});

test('clicking a notification brings the dashboard to the printer’s card', async ({ page, context, stub }) => {
  await allowNotifications(context);
  await page.goto('/');
  const id = await connectPlatform(page, stub, 'Prusa MK4', 'octoprint');
  await connectPlatform(page, stub, 'Voron 2.4', 'klipper');
  await printTo(stub, id, 50);
  await page.getByRole('banner').getByRole('button', { name: 'Notify me' }).click();
  await card(page, 'Prusa MK4').getByRole('button', { name: 'Check Prusa MK4 now' }).click();
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Printing 50 %');
  await stub.setPrinter(id, { state: 'error', errorText: 'Thermal runaway' });
  await card(page, 'Prusa MK4').getByRole('button', { name: 'Check Prusa MK4 now' }).click();
  await expect.poll(async () => (await shownIn(page)).map((n) => n.title)).toEqual(['Prusa MK4: print failed']);
  await page.getByRole('banner').getByRole('button', { name: 'Notify me' }).focus();
  await page.evaluate(() => (window as unknown as { __last: { onclick: () => void } }).__last.onclick());
  await expect(card(page, 'Prusa MK4')).toBeFocused();
  await expect(card(page, 'Prusa MK4')).toBeInViewport();
});
