import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { card, connectPrinter, expect, test } from './support/fixtures.ts';
import { statusOfCard } from './support/status.ts';

/** Export backup… → Download backup, as a person would; the file's text. */
async function exportBackup(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export backup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a backup?' });
  await expect(dialog).toContainText('in plain text');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download backup' }).click();
  return readFile(await (await download).path(), 'utf8');
}

function importBackup(page: Page, text: string) {
  return page.getByLabel('Import backup…').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}

const planDialog = (page: Page) => page.getByRole('dialog', { name: 'Import this backup?' });
const summary = (page: Page) => page.getByRole('status').filter({ hasText: /^(Import finished|Nothing to import)/ });

test('export warns first, and the file restores every connection in a fresh browser', async ({ page, browser, stub }) => {
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  await connectPrinter(page, 'Voron 2.4');
  const text = await exportBackup(page);
  const file = JSON.parse(text);
  expect(file.format).toBe('oe-dashboard-backup');
  expect(file.connections).toHaveLength(2);
  const secrets = (await stub.connections()).map((c) => c.appApiToken);
  for (const token of secrets) expect(text).toContain(token);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await expect(other.getByText('No printers yet')).toBeVisible();
  await importBackup(other, text);
  const plan = planDialog(other);
  await expect(plan.getByRole('region', { name: 'Adds 2 printers' }).getByRole('listitem')).toHaveText(['Prusa MK4', 'Voron 2.4']);
  expect((await new AxeBuilder({ page: other }).analyze()).violations).toEqual([]);
  await plan.getByRole('button', { name: 'Import' }).click();
  await expect(summary(other)).toContainText('Import finished: 2 added, 0 updated, 0 skipped.');
  await expect(card(other, 'Prusa MK4')).toBeVisible();
  await expect(statusOfCard(other, 'Voron 2.4')).toHaveText('Idle');

  // Importing again changes nothing, and says so without asking.
  await importBackup(other, text);
  await expect(summary(other)).toContainText('Nothing to import: 0 added, 0 updated, 2 skipped.');
  await expect(planDialog(other)).toHaveCount(0);
  await fresh.close();
});

test('an import with bad entries shows each in its plan, and a file that is no backup changes nothing', async ({ page }) => {
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  const file = JSON.parse(await exportBackup(page));
  const [good] = file.connections;
  file.connections.push({ ...good, id: 'foreign', url: 'https://app-x.evil.example' });
  file.connections.push({ ...good, id: 'empty', secrets: { appApiToken: 'x' } });
  file.connections.push({ ...good, id: 'future', connectedAt: 1e20 });
  file.connections[0] = { ...good, label: 'Garage' };

  await importBackup(page, JSON.stringify(file));
  const plan = planDialog(page);
  await expect(plan.getByRole('region', { name: 'Updates 1 printer' })).toContainText('Garage: local name');
  await expect(plan.getByRole('region', { name: 'Skips 3 entries' }).getByRole('listitem')).toHaveCount(3);
  await expect(plan).toContainText('Entry 4 ("Prusa MK4"): its dates are missing or invalid.');
  await plan.getByRole('button', { name: 'Import' }).click();
  await expect(summary(page)).toContainText('0 added, 1 updated, 3 skipped');
  await expect(summary(page).getByRole('listitem')).toHaveCount(3);
  await expect(card(page, 'Garage')).toBeVisible();

  await importBackup(page, '{"hello": 1}');
  await expect(page.getByRole('alert').filter({ hasText: 'Import failed' })).toContainText('not a Printer Dashboard backup');
  await expect(page.getByRole('article')).toHaveCount(1);
});

test('an import replaces live credentials only after Import, and Undo import puts them back, after a reload too', async ({ page, stub }) => {
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');
  const [live] = await stub.connections();
  const file = JSON.parse(await exportBackup(page));
  const [entry] = file.connections;
  file.connections = [
    { ...entry, secrets: { ...entry.secrets, appApiToken: 'stale-token-from-an-old-backup' } },
    { ...entry, id: 'extra', printerName: 'Old Ender', url: entry.url.replace(/\/\/[^.]+\./, '//app-extra.'), secrets: { appApiToken: 'other', bearerToken: 'other' } },
  ];
  const text = JSON.stringify(file);

  // Cancel: nothing written.
  await importBackup(page, text);
  const plan = planDialog(page);
  await expect(plan.getByRole('region', { name: 'Updates 1 printer' })).toContainText('Prusa MK4: App API token');
  await expect(plan.getByRole('region', { name: 'Adds 1 printer' })).toContainText('Old Ender');
  await expect(plan).toContainText('Undo import');
  await plan.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import cancelled' })).toHaveText('Import cancelled: nothing was changed.');
  await expect(page.getByRole('article')).toHaveCount(1);

  // Import: the stale token replaces the live one, and the card says so.
  await importBackup(page, text);
  await planDialog(page).getByRole('button', { name: 'Import' }).click();
  await expect(summary(page)).toContainText('Import finished: 1 added, 1 updated, 0 skipped.');
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Revoked');
  await expect(card(page, 'Old Ender')).toBeVisible();

  // The undo is kept in IndexedDB: it survives a reload.
  await page.reload();
  await expect(page.getByText('Your last import')).toContainText('can still be undone');
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import undone' })).toHaveText('Import undone: 1 put back as before, 1 removed.');
  await expect(card(page, 'Old Ender')).toHaveCount(0);
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');
  await card(page, 'Prusa MK4').getByText('Show credentials').click();
  await card(page, 'Prusa MK4').getByRole('button', { name: 'Reveal App API token' }).click();
  await expect(card(page, 'Prusa MK4').locator('.secret-value').first()).toHaveText(live!.appApiToken);
  await expect(page.getByRole('button', { name: 'Undo import' })).toHaveCount(0);
});
