import type { Page } from '@playwright/test';
import type { StubControl } from './stub/client.ts';
import { card, connectPrinter, expect, openPortal, test } from './support/fixtures.ts';
import { statusOfCard } from './support/status.ts';

/** Waits until the dashboard has asked this printer's plugin which OctoEverywhere printer it is. */
async function printerIdLearned(stub: StubControl, printerName: string): Promise<void> {
  const connection = (await stub.connections()).find((c) => c.printerName === printerName)!;
  const host = new URL(connection.url).host;
  await expect
    .poll(async () => (await stub.requests()).some((r) => r.host === host && r.path === '/api/plugin/octoeverywhere' && r.status === 200))
    .toBe(true);
}

/** The cards' names in order, waited for: right after a reload the list may not be read yet. */
async function expectCards(page: Page, names: string[]): Promise<void> {
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(names);
}

async function rename(page: Page, from: string, to: string): Promise<void> {
  await card(page, from).getByRole('button', { name: `Rename ${from}` }).click();
  await page.getByLabel('Name on this dashboard').fill(to);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(card(page, to)).toBeVisible();
}

test('Reconnect asks the portal for the same printer; the card keeps its place and local name', async ({ page, stub }) => {
  await page.goto('/');
  for (const name of ['Prusa MK4', 'Ender 3 V2', 'Voron 2.4']) await connectPrinter(page, name);
  await printerIdLearned(stub, 'Ender 3 V2');
  await rename(page, 'Ender 3 V2', 'Garage');
  const old = (await stub.connections()).find((c) => c.printerName === 'Ender 3 V2')!;
  await stub.setConnection(old.id, { fate: 'badcredentials' });
  await page.reload();
  await expect(statusOfCard(page, 'Garage')).toHaveText('Credentials rejected');

  const popupOpened = page.waitForEvent('popup');
  await card(page, 'Garage').getByRole('button', { name: 'Reconnect Garage' }).click();
  const popup = await popupOpened;
  await popup.waitForURL(/\/appportal\/v1\//);
  expect(new URL(popup.url()).searchParams.get('printerId')).toBe('prn-ender');
  await expect(popup.getByLabel('Ender 3 V2')).toBeChecked();
  await popup.getByRole('button', { name: 'Authorize' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Connected: Ender 3 V2.' })).toBeVisible();
  await expect(statusOfCard(page, 'Garage')).toHaveText('Online');
  await expectCards(page, ['Prusa MK4', 'Garage', 'Voron 2.4']);
  await expect(card(page, 'Garage')).not.toContainText(new URL(old.url).host);
});

test('Reconnect that picks another printer keeps the old card, and says so', async ({ page, stub }) => {
  // Without an OctoPrint key the plugin cannot say which printer it is: the portal suggests the first one.
  await stub.settings({
    octoPrintApiKey: false,
    printers: [
      { id: 'prn-mk4', name: 'Prusa MK4' },
      { id: 'prn-mini', name: 'Prusa Mini' },
    ],
  });
  await page.goto('/');
  await connectPrinter(page, 'Prusa Mini');
  const mini = (await stub.connections())[0]!;
  await stub.setConnection(mini.id, { fate: 'revoked' });
  await page.reload();
  await expect(statusOfCard(page, 'Prusa Mini')).toHaveText('Revoked');

  const popupOpened = page.waitForEvent('popup');
  await card(page, 'Prusa Mini').getByRole('button', { name: 'Reconnect Prusa Mini' }).click();
  const popup = await popupOpened;
  await popup.getByRole('button', { name: 'Authorize' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'You picked Prusa MK4; Prusa Mini was kept.' })).toBeVisible();
  await expectCards(page, ['Prusa Mini', 'Prusa MK4']);
  await page.reload();
  await expectCards(page, ['Prusa Mini', 'Prusa MK4']);
});

test('connecting a printer that already has a card asks; "Keep both" keeps both', async ({ page }) => {
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  await rename(page, 'Prusa MK4', 'Desk');
  const popup = await openPortal(page);
  await popup.getByRole('button', { name: 'Authorize' }).click();
  const question = page.getByRole('status').filter({ hasText: 'Desk already had a card here' });
  await expect(question).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(2);
  await question.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Both cards were kept.' })).toBeVisible();
  await page.reload();
  await expectCards(page, ['Desk', 'Prusa MK4']);
});

test('connecting a printer that already has a card: "Replace the old card" replaces it, keeping its name', async ({ page, stub }) => {
  await page.goto('/');
  await connectPrinter(page, 'Voron 2.4');
  await connectPrinter(page, 'Prusa MK4');
  await rename(page, 'Prusa MK4', 'Desk');
  const popup = await openPortal(page);
  await popup.getByRole('button', { name: 'Authorize' }).click();
  const question = page.getByRole('status').filter({ hasText: 'Desk already had a card here' });
  await question.getByRole('button', { name: 'Replace the old card' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The old card (Desk) was replaced.' })).toBeVisible();
  await expectCards(page, ['Voron 2.4', 'Desk']);
  const newest = (await stub.connections()).at(-1)!;
  await expect(card(page, 'Desk')).toContainText(new URL(newest.url).host);
  await page.reload();
  await expectCards(page, ['Voron 2.4', 'Desk']);
});
