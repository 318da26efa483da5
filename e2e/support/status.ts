import type { Locator, Page } from '@playwright/test';
import { card } from './fixtures.ts';

/** The status words shown on a printer's card. */
export function statusOfCard(page: Page, name: string): Locator {
  return card(page, name).locator('.status');
}

/** Makes the page hidden (or visible again) as a switched-away tab is. */
export async function setPageVisible(page: Page, visible: boolean): Promise<void> {
  await page.evaluate((isVisible) => {
    Object.defineProperty(document, 'visibilityState', { value: isVisible ? 'visible' : 'hidden', configurable: true });
    Object.defineProperty(document, 'hidden', { value: !isVisible, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, visible);
}

/** Opens a printer's Details (where its host, dates and credential kinds are) and returns them. */
export async function detailsOfCard(page: Page, name: string): Promise<Locator> {
  const details = card(page, name).locator('details.details');
  if (!(await details.evaluate((element: HTMLDetailsElement) => element.open))) await details.locator('summary').click();
  return details;
}
