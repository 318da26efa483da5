import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { connectPrinter, expect, test } from './support/fixtures.ts';

/** Makes the browser's answer to persist() `grant`, and counts the calls. */
async function fakePersistence(page: Page, grant: boolean): Promise<void> {
  await page.addInitScript((grant) => {
    let persisted = false;
    const calls = { persist: 0 };
    Object.assign(window, { persistCalls: calls });
    Object.defineProperty(navigator.storage, 'persisted', { value: async () => persisted });
    Object.defineProperty(navigator.storage, 'persist', {
      value: async () => {
        calls.persist++;
        persisted = grant;
        return grant;
      },
    });
  }, grant);
}

const persistCalls = (page: Page) => page.evaluate(() => (window as unknown as { persistCalls: { persist: number } }).persistCalls.persist);
const advice = (page: Page) => page.getByRole('complementary').filter({ hasText: 'Keep a backup.' });

test('not persistent: asks after the first connection, recommends a backup once, and remembers Don’t show again', async ({ page }) => {
  await fakePersistence(page, false);
  await page.goto('/');
  await expect(page.getByText('Storage is not persistent')).toBeVisible();
  // Nothing to lose yet: nothing asked, nothing recommended.
  expect(await persistCalls(page)).toBe(0);
  await expect(advice(page)).toHaveCount(0);

  await connectPrinter(page, 'Prusa MK4');
  await expect(advice(page)).toBeVisible();
  expect(await persistCalls(page)).toBe(1);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await advice(page).getByRole('button', { name: 'Export a backup…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export a backup?' })).toContainText('in plain text');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await advice(page).getByRole('button', { name: 'Don’t show again' }).click();
  await expect(advice(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('Storage is not persistent')).toBeVisible();
  await expect(advice(page)).toHaveCount(0);
});

test('persistent once granted: said in the Backup section, and no advice shown', async ({ page }) => {
  await fakePersistence(page, true);
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  await expect(page.getByText('Storage is persistent')).toBeVisible();
  await expect(advice(page)).toHaveCount(0);
});
