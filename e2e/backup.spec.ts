import { readFile } from 'node:fs/promises';
import { card, connectPrinter, expect, test } from './support/fixtures.ts';

test('export warns first, and the file restores every connection in a fresh browser', async ({ page, browser, stub }) => {
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  await connectPrinter(page, 'Voron 2.4');

  await page.getByRole('button', { name: 'Export backup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a backup?' });
  await expect(dialog).toContainText('in plain text');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download backup' }).click();
  const path = await (await download).path();
  const text = await readFile(path, 'utf8');
  const file = JSON.parse(text);
  expect(file.format).toBe('oe-dashboard-backup');
  expect(file.connections).toHaveLength(2);
  const secrets = (await stub.connections()).map((c) => c.appApiToken);
  for (const token of secrets) expect(text).toContain(token);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await expect(other.getByText('No printers yet')).toBeVisible();
  await other.getByLabel('Import backup…').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(other.getByRole('status').filter({ hasText: 'Import finished' })).toHaveText('Import finished: 2 added, 0 updated, 0 skipped.');
  await expect(card(other, 'Prusa MK4')).toBeVisible();
  await expect(card(other, 'Voron 2.4').locator('.status')).toHaveText('Online');

  // Importing again changes nothing, and says so.
  await other.getByLabel('Import backup…').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(other.getByRole('status').filter({ hasText: 'Import finished' })).toContainText('0 added, 0 updated, 2 skipped');
  await fresh.close();
});

test('an import with bad entries reports each, and a file that is no backup changes nothing', async ({ page }) => {
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  await page.getByRole('button', { name: 'Export backup…' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  const [good] = file.connections;
  file.connections.push({ ...good, id: 'foreign', url: 'https://app-x.evil.example' });
  file.connections.push({ ...good, id: 'empty', secrets: { appApiToken: 'x' } });
  file.connections[0] = { ...good, label: 'Garage' };

  await page.getByLabel('Import backup…').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const summary = page.getByRole('status').filter({ hasText: 'Import finished' });
  await expect(summary).toContainText('0 added, 1 updated, 2 skipped');
  await expect(summary.getByRole('listitem')).toHaveCount(2);
  await expect(card(page, 'Garage')).toBeVisible();

  await page.getByLabel('Import backup…').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(page.getByRole('alert').filter({ hasText: 'Import failed' })).toContainText('not a Printer Dashboard backup');
  await expect(page.getByRole('article')).toHaveCount(1);
});
