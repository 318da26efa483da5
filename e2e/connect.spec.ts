import { card, connectPrinter, expect, test } from './support/fixtures.ts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('No printers yet')).toBeVisible();
});

test('connects a printer through the portal window and keeps it across a reload', async ({ page, stub }) => {
  await connectPrinter(page, 'Prusa MK4');
  await expect(page.getByRole('status').filter({ hasText: 'Connected: Prusa MK4.' })).toBeVisible();

  const [stored] = await stub.connections();
  const printer = card(page, 'Prusa MK4');
  await expect(printer).toContainText(new URL(stored!.url).host);
  await expect(printer).toContainText('Basic');

  await page.reload();
  await expect(card(page, 'Prusa MK4')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your printers (1)' })).toBeVisible();
});

test('two printers make two cards', async ({ page }) => {
  await connectPrinter(page, 'Prusa MK4');
  await connectPrinter(page, 'Voron 2.4');
  await page.reload();
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(card(page, 'Voron 2.4')).toBeVisible();
});
