import { card, connectPrinter, expect, test } from './support/fixtures.ts';

test('Rename sets a local name, keeps the OctoEverywhere name visible, and reaches other tabs', async ({ page, context }) => {
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  const other = await context.newPage();
  await other.goto('/');
  await expect(card(other, 'Prusa MK4')).toBeVisible();

  await card(page, 'Prusa MK4').getByRole('button', { name: 'Rename Prusa MK4' }).click();
  const input = page.getByLabel('Name on this dashboard');
  await input.fill('Will not stick');
  await input.press('Escape');
  await expect(card(page, 'Prusa MK4')).toBeVisible();

  await card(page, 'Prusa MK4').getByRole('button', { name: 'Rename Prusa MK4' }).click();
  await page.getByLabel('Name on this dashboard').fill('Garage printer');
  await page.getByRole('button', { name: 'Save' }).click();
  const renamed = card(page, 'Garage printer');
  await expect(renamed).toContainText('OctoEverywhere name: Prusa MK4');
  await expect(card(other, 'Garage printer')).toBeVisible({ timeout: 1000 });
  await page.reload();
  await expect(card(page, 'Garage printer')).toBeVisible();
});

test('Remove asks first, Escape keeps the printer, and removal reaches other tabs', async ({ page, context }) => {
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  await connectPrinter(page, 'Voron 2.4');
  const other = await context.newPage();
  await other.goto('/');

  const remove = card(page, 'Prusa MK4').getByRole('button', { name: 'Remove Prusa MK4' });
  await remove.click();
  const dialog = page.getByRole('dialog', { name: 'Remove Prusa MK4?' });
  await expect(dialog).toContainText('They cannot be recovered');
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(remove).toBeFocused();
  await expect(card(page, 'Prusa MK4')).toBeVisible();

  await remove.click();
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(card(page, 'Prusa MK4')).toHaveCount(0);
  await expect(card(other, 'Prusa MK4')).toHaveCount(0, { timeout: 1000 });
  await expect(card(other, 'Voron 2.4')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('article')).toHaveCount(1);
});

test('Remove confirms it is done, says access stays granted on OctoEverywhere, and links there', async ({ page, stub }) => {
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  await card(page, 'Prusa MK4').getByRole('button', { name: 'Remove Prusa MK4' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove Prusa MK4?' });
  await expect(dialog).toContainText('stays granted on OctoEverywhere until you revoke it there');
  await dialog.getByRole('button', { name: 'Remove' }).click();

  const done = page.getByRole('status').filter({ hasText: 'Removed Prusa MK4 from this dashboard.' });
  await expect(done).toBeVisible();
  await expect(done).toContainText('Its access stays granted on OctoEverywhere until you revoke it there');
  const [stored] = await stub.connections();
  await expect(done.getByRole('link', { name: 'open Prusa MK4 on OctoEverywhere' })).toHaveAttribute('href', stored!.userPrinterAccessUrl);
  await done.getByRole('button', { name: 'Dismiss' }).click();
  await expect(done).toHaveCount(0);
});

test('"Connected: X" goes away once X is removed', async ({ page }) => {
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  const connected = page.getByRole('status').filter({ hasText: 'Connected: Prusa MK4.' });
  await expect(connected).toBeVisible();
  await card(page, 'Prusa MK4').getByRole('button', { name: 'Remove Prusa MK4' }).click();
  await page.getByRole('dialog', { name: 'Remove Prusa MK4?' }).getByRole('button', { name: 'Remove' }).click();
  await expect(card(page, 'Prusa MK4')).toHaveCount(0);
  await expect(connected).toHaveCount(0);
});
