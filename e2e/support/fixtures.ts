import { test as base, expect, type Page } from '@playwright/test';
import { stubControl, type StubControl } from '../stub/client.ts';
import { STUB_ORIGIN } from './ports.ts';

interface Fixtures {
  /** The stub OctoEverywhere, reset to its defaults before every test. */
  stub: StubControl;
}

export const test = base.extend<Fixtures>({
  // Automatic: a test that never names the stub still starts from its defaults, not from
  // whatever the test before it left (a portal set to authorize at once, say).
  stub: [
    async ({}, use) => {
      const stub = stubControl(STUB_ORIGIN);
      await stub.reset();
      await use(stub);
    },
    { auto: true },
  ],
});

export { expect };

/** The card of one connected printer, by the name it shows. */
export function card(page: Page, name: string) {
  return page.getByRole('article', { name, exact: true });
}

/** Clicks Connect and returns the portal window once the stub's portal page is in it. */
export async function openPortal(page: Page): Promise<Page> {
  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Connect a printer' }).click();
  const popup = await popupOpened;
  await popup.waitForURL(/\/appportal\/v1\//);
  return popup;
}

/**
 * Connects one printer through the portal window, as a person would: Connect, pick the printer,
 * Authorize; the window closes by itself and the card appears.
 */
export async function connectPrinter(page: Page, printer: string): Promise<void> {
  const popup = await openPortal(page);
  await popup.getByLabel(printer).check();
  // Listen before clicking: the window may close before the click's promise settles.
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Authorize' }).click();
  await closed;
  await expect(card(page, printer)).toBeVisible();
}
