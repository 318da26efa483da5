import { card, expect, test } from './support/fixtures.ts';

test('a blocked popup says so, and "Continue in this tab" connects through this tab', async ({ page }) => {
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Connect a printer' }).click();
  await expect(page.getByRole('alert')).toContainText('The browser blocked the OctoEverywhere window. Allow pop-ups for this site');

  await page.getByRole('button', { name: 'Continue in this tab' }).click();
  await page.waitForURL(/\/appportal\/v1\//);
  await page.getByLabel('Voron 2.4').check();
  await page.getByRole('button', { name: 'Authorize' }).click();

  await page.waitForURL((url) => url.pathname === '/');
  await expect(page.getByRole('status').filter({ hasText: 'Connected: Voron 2.4.' })).toBeVisible();
  await expect(card(page, 'Voron 2.4')).toBeVisible();
  expect(page.url()).not.toContain('appapitoken');
});

test('an attempt with no answer times out after 20 minutes and says so', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Connect a printer' }).click();
  const popup = await popupOpened;
  await popup.waitForURL(/\/appportal\/v1\//);
  await page.clock.runFor('19:50');
  await expect(page.getByText('Waiting for the OctoEverywhere window')).toBeVisible();
  await page.clock.runFor('00:20');
  await expect(page.getByRole('alert')).toContainText('Timed out: No answer from OctoEverywhere after 20 minutes.');
  await expect.poll(() => popup.isClosed()).toBe(true);
});
