import AxeBuilder from '@axe-core/playwright';
import { connectPrinter, expect, test } from './support/fixtures.ts';

test('the empty dashboard has no accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('No printers yet')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

test('the dashboard with printers has no accessibility violations', async ({ page, stub }) => {
  await stub.settings({ credentials: 'both' });
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  await connectPrinter(page, 'Voron 2.4');
  await page.getByText('Show credentials').first().click();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});
