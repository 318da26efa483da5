import AxeBuilder from '@axe-core/playwright';
import { card, expect, test } from './support/fixtures.ts';
import { connectPlatform, printTo } from './support/printers.ts';
import { detailsOfCard, statusOfCard } from './support/status.ts';
import { STUB_ORIGIN } from './support/ports.ts';

const LIVE_PATH = '/api/live/createfromappconnection';

test('a Live Link is created, copied, and listed in Details with its expiry after a reload', async ({ page, context, stub }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const id = await connectPlatform(page, stub, 'Prusa MK4', 'octoprint');
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');
  await stub.clearRequests();
  await card(page, 'Prusa MK4').getByRole('button', { name: 'Share live view of Prusa MK4…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share a live view of Prusa MK4' });
  // Nothing prints: the link cannot be offered to end with the print.
  await expect(dialog.getByLabel('End when this print completes')).toHaveCount(0);
  await expect(dialog.getByLabel('24 hours')).toBeChecked();
  await dialog.getByLabel('7 days').check();
  await dialog.getByRole('button', { name: 'Create link' }).click();

  const link = dialog.getByRole('link');
  await expect(link).toHaveText(new RegExp(`^${STUB_ORIGIN}/l/[0-9a-f]+$`));
  const shortUrl = (await link.textContent()) ?? '';
  // Focus moves from the form that went away to what comes next.
  await expect(dialog.getByRole('button', { name: 'Copy' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shortUrl);

  const [sent] = (await stub.requests()).filter((r) => r.path === LIVE_PATH && r.method === 'POST');
  const connection = (await stub.connections()).find((c) => c.id === id);
  expect(JSON.parse(sent?.body ?? '')).toEqual({ AppToken: connection?.appApiToken, ExpirationHours: 168, EndWhenCurrentPrintIsComplete: false });

  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.reload();
  const details = await detailsOfCard(page, 'Prusa MK4');
  const listed = details.getByRole('region', { name: 'Live links' }).getByRole('listitem');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText(shortUrl);
  await expect(listed).toContainText('until');
});

test('613: the print ended before the link was made, and the dialog says why', async ({ page, stub }) => {
  await page.goto('/');
  const id = await connectPlatform(page, stub, 'Prusa MK4', 'octoprint');
  await printTo(stub, id, 50);
  const printer = card(page, 'Prusa MK4');
  await printer.getByRole('button', { name: 'Check Prusa MK4 now' }).click();
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Printing 50 %');
  await printer.getByRole('button', { name: 'Share live view of Prusa MK4…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share a live view of Prusa MK4' });
  await dialog.getByLabel('End when this print completes').check();
  // The print finishes before Create is pressed; the card has not been checked since.
  await stub.advanceClock(6000);
  await dialog.getByRole('button', { name: 'Create link' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Nothing is printing, so the link can’t end with the print.');
  await expect(dialog.getByRole('link')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Live Link dialog has no accessibility violations (${colorScheme})`, async ({ page, stub }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    const id = await connectPlatform(page, stub, 'Voron 2.4', 'klipper');
    await printTo(stub, id, 20);
    await card(page, 'Voron 2.4').getByRole('button', { name: 'Check Voron 2.4 now' }).click();
    await expect(statusOfCard(page, 'Voron 2.4')).toHaveText('Printing 20 %');
    await card(page, 'Voron 2.4').getByRole('button', { name: 'Share live view of Voron 2.4…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('End when this print completes')).toBeVisible();
    expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations).toEqual([]);
    await dialog.getByRole('button', { name: 'Create link' }).click();
    await expect(dialog.getByRole('link')).toBeVisible();
    expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations).toEqual([]);
  });
}
