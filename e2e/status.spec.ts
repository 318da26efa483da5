import type { Fate } from './stub/client.ts';
import { card, connectPrinter, expect, test } from './support/fixtures.ts';
import { detailsOfCard, setPageVisible, statusOfCard } from './support/status.ts';
import { STUB_ORIGIN } from './support/ports.ts';

/**
 * The words each fate of the connection brings to its card, one row a case. `from`: a fate the
 * card shows first, so the row's own answer is seen to replace it.
 */
const FATES: Array<{ fate: Fate; words: string; from?: Fate }> = [
  { fate: 'offline', words: 'Printer offline' },
  { fate: 'nosupporterperks', words: 'Supporter Perks required' },
  { fate: 'badcredentials', words: 'Credentials rejected' },
  { fate: 'servererror', words: 'OctoEverywhere error' },
  { fate: 'failing', words: 'OctoEverywhere error' },
  { fate: 'online', words: 'Idle', from: 'failing' },
  { fate: 'hostnotconnected', words: 'Printer software not connected' },
  { fate: 'noprintercredentials', words: 'Can’t log in to the printer' },
  { fate: 'toomanyclients', words: 'Printer busy' },
  { fate: 'revoked', words: 'Revoked' },
  { fate: 'notfound', words: 'Revoked' },
];

for (const { fate, words, from } of FATES) {
  test(`fate ${fate}: the card says "${words}" after Check now`, async ({ page, stub }) => {
    await page.goto('/');
    await connectPrinter(page, 'Prusa MK4');
    await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');
    const [connection] = await stub.connections();
    const checkNow = card(page, 'Prusa MK4').getByRole('button', { name: 'Check Prusa MK4 now' });
    if (from) {
      await stub.setConnection(connection!.id, { fate: from });
      await checkNow.click();
      await expect(statusOfCard(page, 'Prusa MK4')).not.toHaveText('Idle');
    }
    await stub.setConnection(connection!.id, { fate });
    await checkNow.click();
    await expect(statusOfCard(page, 'Prusa MK4')).toHaveText(words);
    if (words === 'Revoked') {
      // Checks have stopped: no Check now, only Reconnect.
      await expect(checkNow).toHaveCount(0);
      await expect(card(page, 'Prusa MK4').getByRole('button', { name: 'Reconnect Prusa MK4' })).toBeVisible();
    } else {
      await expect(checkNow).toBeEnabled();
    }
  });
}

test('Check now shows that it is checking, beside the last result, until the answer', async ({ page, stub }) => {
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  const printer = card(page, 'Prusa MK4');
  const checkNow = printer.getByRole('button', { name: 'Check Prusa MK4 now' });
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');
  await expect(checkNow).toBeEnabled();
  const [connection] = await stub.connections();
  await stub.setConnection(connection!.id, { delayMs: 1500, fate: 'offline' });
  await checkNow.click();
  await expect(printer.getByText('Checking…')).toBeVisible();
  await expect(checkNow).toBeDisabled();
  await expect(checkNow).toBeFocused();
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Printer offline');
  await expect(printer.getByText('Checking…')).toHaveCount(0);
  await expect(checkNow).toBeEnabled();
});

test('"checked … ago" ticks with the clock', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  const checked = card(page, 'Prusa MK4').locator('.checked');
  await expect(checked).toHaveText(/^checked (just now|[1-3] s ago)$/);
  await page.clock.runFor('00:12');
  await expect(checked).toHaveText(/^checked 1[2-5] s ago$/);
});

test('Checking… until the first answer; then Online with the printer\'s details', async ({ page, stub }) => {
  await stub.settings({ responseShape: 'wrapped' });
  await page.goto('/');
  await connectPrinter(page, 'Voron 2.4');
  const [connection] = await stub.connections();
  await stub.setConnection(connection!.id, { delayMs: 700, printerName: 'Voron (renamed on OE)' });
  await page.reload();
  await expect(statusOfCard(page, 'Voron 2.4')).toHaveText('Checking…');
  const printer = card(page, 'Voron (renamed on OE)');
  await expect(printer.locator('.status')).toHaveText('Idle');
  await printer.getByText('Details').click();
  await expect(printer).toContainText('Name on OctoEverywhere');
  await expect(printer).toContainText('Upload limit');
  const link = printer.getByRole('link', { name: 'Open on OctoEverywhere' });
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

test('what the printer is doing shows on an online card', async ({ page, stub }) => {
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  const [connection] = await stub.connections();
  await stub.setConnection(connection!.id, { octoprint: { state: 'Printing', completion: 42.4, fileName: 'benchy.gcode', printTimeLeft: 3900 } });
  await card(page, 'Prusa MK4').getByRole('button', { name: 'Check Prusa MK4 now' }).click();
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Printing 42 %');
  await expect(card(page, 'Prusa MK4').locator('.file')).toHaveText('benchy.gcode');
  await expect(card(page, 'Prusa MK4').locator('.times')).toContainText('1 h 5 min left · done');
});

test('the Plugin APIs need no OctoPrint key; the OctoPrint fallback without one is Online and says a key is needed', async ({ page, stub }) => {
  await stub.settings({ octoPrintApiKey: false, printers: [{ id: 'prn-mk4', name: 'Prusa MK4' }, { id: 'prn-old', name: 'Old OctoPrint', platform: 'octoprint-old' }] });
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');
  await connectPrinter(page, 'Old OctoPrint');
  await expect(statusOfCard(page, 'Old OctoPrint')).toHaveText('Online');
  await expect(card(page, 'Old OctoPrint')).toContainText('OctoPrint needs an API key');
});

test('605 keeps the connection, links to Supporter Perks with the app id, and survives a reload', async ({ page, stub }) => {
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  const [connection] = await stub.connections();
  await stub.setConnection(connection!.id, { fate: 'nosupporterperks' });
  await page.reload();
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Supporter Perks required');
  const link = card(page, 'Prusa MK4').getByRole('link', { name: 'About Supporter Perks' });
  await expect(link).toHaveAttribute('href', `${STUB_ORIGIN}/appportal/v1/nosupporterperks?appid=devtest`);
  await stub.setConnection(connection!.id, { fate: 'online' });
  await card(page, 'Prusa MK4').getByRole('button', { name: 'Check Prusa MK4 now' }).click();
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');
});

test('606 deletes nothing, offers Reconnect, and the new connection takes the old card\'s place', async ({ page, stub }) => {
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  const [old] = await stub.connections();
  await stub.setConnection(old!.id, { fate: 'badcredentials' });
  await page.reload();
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Credentials rejected');
  await page.reload();
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Credentials rejected');

  const popupOpened = page.waitForEvent('popup');
  await card(page, 'Prusa MK4').getByRole('button', { name: 'Reconnect Prusa MK4' }).click();
  const popup = await popupOpened;
  await popup.getByRole('button', { name: 'Authorize' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Connected: Prusa MK4.' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');
  await expect(await detailsOfCard(page, 'Prusa MK4')).not.toContainText(new URL(old!.url).host);
});

test('revoked stops polling', async ({ page, stub }) => {
  await page.clock.install();
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');
  const [connection] = await stub.connections();
  await stub.setConnection(connection!.id, { fate: 'revoked' });
  await card(page, 'Prusa MK4').getByRole('button', { name: 'Check Prusa MK4 now' }).click();
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Revoked');
  await stub.clearRequests();
  await page.clock.runFor('30:00');
  await page.waitForTimeout(300);
  expect(await stub.requests()).toEqual([]);
});

test('no requests while the page is hidden; a check at once when it is visible again', async ({ page, stub }) => {
  await page.clock.install();
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');
  await setPageVisible(page, false);
  await stub.clearRequests();
  await page.clock.runFor('10:00');
  await page.waitForTimeout(300);
  expect(await stub.requests()).toEqual([]);

  await setPageVisible(page, true);
  await expect.poll(async () => (await stub.requests()).filter((r) => r.path === '/octoeverywhere-command-api/status').length).toBeGreaterThan(0);
});

test('polls on the interval while visible: one status request per connection per 30 s, the info API once', async ({ page, stub }) => {
  await page.clock.install();
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');
  await stub.clearRequests();
  for (let i = 0; i < 4; i += 1) {
    await page.clock.runFor('00:30');
    await page.waitForTimeout(200);
  }
  // CORS preflights (OPTIONS) are the browser's; count the requests themselves.
  const gets = (await stub.requests()).filter((r) => r.method === 'GET');
  const statuses = gets.filter((r) => r.path === '/octoeverywhere-command-api/status');
  expect(statuses.length).toBeGreaterThanOrEqual(3);
  expect(statuses.length).toBeLessThanOrEqual(4);
  // The info API was asked on the first check; the next time is 10 minutes later.
  expect(gets.filter((r) => r.path === '/api/appconnection/info')).toEqual([]);
});
