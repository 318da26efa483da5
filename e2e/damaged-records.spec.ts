import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { card, connectPrinter, expect, test } from './support/fixtures.ts';
import { statusOfCard } from './support/status.ts';
import { changeStoredConnection, deleteStoredKey } from './support/stored.ts';

test('a stored date out of range (connectedAt 1e20) damages one card, not the list', async ({ page, stub }) => {
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  await connectPrinter(page, 'Voron 2.4');
  await changeStoredConnection(page, 'Voron 2.4', { connectedAt: 1e20 });
  await page.reload();

  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');
  const damaged = card(page, 'Voron 2.4');
  await expect(damaged).toContainText('This printer’s record is damaged');
  await expect(page.getByRole('heading', { name: 'Your printers (2)' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Its credentials still decrypt: Export this entry keeps them, after the usual warning.
  await damaged.getByRole('button', { name: 'Export this entry' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a backup?' });
  await expect(dialog).toContainText('credentials of one printer in plain text');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download backup' }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  const voron = (await stub.connections()).find((c) => c.printerName === 'Voron 2.4');
  expect(file.connections).toHaveLength(1);
  expect(file.connections[0]).toMatchObject({ printerName: 'Voron 2.4', secrets: { appApiToken: voron!.appApiToken } });

  await damaged.getByRole('button', { name: 'Remove Voron 2.4' }).click();
  await page.getByRole('dialog', { name: 'Remove Voron 2.4?' }).getByRole('button', { name: 'Remove' }).click();
  await expect(damaged).toHaveCount(0);
  await expect(page.getByRole('article')).toHaveCount(1);
});

test('a stored record whose address is not an address is damaged, with its entry to export; the others stay', async ({ page }) => {
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  await connectPrinter(page, 'Voron 2.4');
  // Its checks could not go anywhere: the record is shown as damaged, not used.
  await changeStoredConnection(page, 'Prusa MK4', { url: 'not an address' });
  await page.reload();

  await expect(card(page, 'Prusa MK4')).toContainText('This printer’s record is damaged');
  await expect(card(page, 'Prusa MK4').getByRole('button')).toHaveText(['Export this entry', 'Remove']);
  await expect(statusOfCard(page, 'Voron 2.4')).toHaveText('Idle');
});

test('a lost encryption key: said plainly, records kept, new ones still work, and a backup import restores them', async ({ page }) => {
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  await page.getByRole('button', { name: 'Export backup…' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const backup = await readFile(await (await download).path(), 'utf8');

  await deleteStoredKey(page, 'meta:sealing-key');
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'cannot be decrypted' })).toHaveText(
    /^1 connection cannot be decrypted in this browser: .*Importing a backup that holds it \(Import backup…, below\) restores it\.$/,
  );
  await expect(card(page, 'Prusa MK4')).toContainText('This printer’s credentials cannot be decrypted in this browser');

  // A new connection is stored under a new key beside the unreadable one.
  await connectPrinter(page, 'Voron 2.4');
  await expect(statusOfCard(page, 'Voron 2.4')).toHaveText('Idle');
  await page.reload();
  await expect(card(page, 'Prusa MK4')).toContainText('cannot be decrypted');

  await page.getByLabel('Import backup…').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  const plan = page.getByRole('dialog', { name: 'Import this backup?' });
  await expect(plan.getByRole('region', { name: 'Restores 1 printer this browser cannot read now' })).toContainText('Prusa MK4');
  await plan.getByRole('button', { name: 'Import' }).click();
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');
  await expect(page.getByRole('alert').filter({ hasText: 'cannot be decrypted' })).toHaveCount(0);
  await expect(page.getByRole('article')).toHaveCount(2);
});
