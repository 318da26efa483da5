import { card, expect, openPortal, test } from './support/fixtures.ts';
import type { Page } from '@playwright/test';
import type { SettingsPatch } from './stub/client.ts';
import { STUB_PORT } from './support/ports.ts';
import { detailsOfCard } from './support/status.ts';

async function expectNoPrinters(page: Page) {
  await page.reload();
  await expect(page.getByText('No printers yet')).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('No printers yet')).toBeVisible();
});

test('declining in the portal says so and stores nothing', async ({ page }) => {
  const popup = await openPortal(page);
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Decline' }).click();
  await closed;
  await expect(page.getByRole('alert')).toContainText('Not connected: the connection was declined in OctoEverywhere.');
  await expectNoPrinters(page);
});

test('closing the portal window at once says "Window closed" at once, and Connect works again', async ({ page }) => {
  const popup = await openPortal(page);
  await expect(page.getByText('Waiting for the OctoEverywhere window')).toBeVisible();
  await popup.close();
  const closed = page.getByRole('status').filter({ hasText: 'Window closed' });
  await expect(closed).toBeVisible({ timeout: 1000 });
  await expect(closed).toContainText('Nothing was stored.');
  await expect(page.getByText('security settings')).toHaveCount(0);

  const again = await openPortal(page);
  await again.getByLabel('Ender 3 V2').check();
  await again.getByRole('button', { name: 'Authorize' }).click();
  await expect(card(page, 'Ender 3 V2')).toBeVisible();
});

test('Connect right after the window closed opens a new window in the same click', async ({ page }) => {
  let popups = 0;
  page.on('popup', () => (popups += 1));
  const popup = await openPortal(page);
  await popup.close();
  // No waiting for the page to notice: the click itself must not be a no-op.
  const again = await openPortal(page);
  expect(popups).toBe(2);
  await expect(page.getByText('Waiting for the OctoEverywhere window')).toBeVisible();
  await again.getByRole('button', { name: 'Authorize' }).click();
  await expect(card(page, 'Prusa MK4')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Connected: Prusa MK4.' })).toBeVisible();
});

test('Cancel closes the portal window and ends the attempt', async ({ page }) => {
  const popup = await openPortal(page);
  const closed = popup.waitForEvent('close');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await closed;
  await expect(page.getByRole('alert')).toContainText('Cancelled.');
});

test('a second click while waiting opens no second window', async ({ page }) => {
  let popups = 0;
  page.on('popup', () => (popups += 1));
  const popup = await openPortal(page);
  await page.getByRole('button', { name: 'Connect a printer' }).click();
  await page.getByRole('button', { name: 'Show window' }).click();
  await page.waitForTimeout(300);
  expect(popups).toBe(1);
  await popup.getByRole('button', { name: 'Authorize' }).click();
  await expect(card(page, 'Prusa MK4')).toBeVisible();
  expect(popups).toBe(1);
});

/** Portal answers the dashboard refuses: one row a case, each stores nothing and says why. */
const REFUSED: Array<{ answer: string; settings: SettingsPatch; says: string }> = [
  { answer: 'without credentials', settings: { credentials: 'none' }, says: 'carries no App Connection credentials' },
  { answer: 'with a foreign App Connection URL', settings: { urlOverride: `http://app-x.localhost.evil.net:${STUB_PORT}` }, says: 'is not on the OctoEverywhere domain' },
  { answer: 'with a repeated key', settings: { extraParams: { ID: 'second-id' } }, says: 'repeats the field "id"' },
];

for (const { answer, settings, says } of REFUSED) {
  test(`a portal answer ${answer} is refused and nothing is stored`, async ({ page, stub }) => {
    await stub.settings(settings);
    const popup = await openPortal(page);
    await popup.getByRole('button', { name: 'Authorize' }).click();
    await expect(page.getByRole('alert')).toContainText(says);
    await expectNoPrinters(page);
  });
}

for (const variant of [
  { keySpelling: 'camel', credentials: 'bearer', appendMode: 'fragment', shows: 'Bearer' },
  { keySpelling: 'lower', credentials: 'both', appendMode: 'question', shows: 'Basic and Bearer' },
] as const) {
  test(`accepts ${variant.keySpelling} keys, ${variant.credentials} credentials, appended as ${variant.appendMode}`, async ({ page, stub }) => {
    const { shows, ...settings } = variant;
    await stub.settings(settings);
    const popup = await openPortal(page);
    await popup.getByRole('button', { name: 'Authorize' }).click();
    await expect(await detailsOfCard(page, 'Prusa MK4')).toContainText(`Credentials${shows}`);
  });
}

test('the callback page visited without an attempt stores nothing and says why', async ({ page, stub }) => {
  await stub.settings({ portalOutcome: 'authorize' });
  const forged = new URLSearchParams({
    attempt: 'f'.repeat(32),
    success: 'true',
    id: 'forged',
    url: `http://app-forged.localhost:${STUB_PORT}`,
    appapitoken: 'token',
    authbearertoken: 'bearer',
    printername: 'Forged printer',
  });
  await page.goto(`/callback.html?${forged}`);
  await expect(page.getByRole('heading', { name: 'Nothing to do here' })).toBeVisible();
  // Shown at once, not after the page's first moment hidden (callback.css), so its heading takes the focus.
  await expect(page.getByRole('heading', { name: 'Nothing to do here' })).toBeFocused();
  await expect(page.getByText('Nothing was stored.')).toBeVisible();
  expect(page.url()).not.toContain('bearer');

  await page.goto('/callback.html');
  await expect(page.getByText('opened without a connect attempt')).toBeVisible();

  await page.getByRole('link', { name: 'Open the dashboard' }).click();
  await expect(page.getByText('No printers yet')).toBeVisible();
});

test('printer names containing markup render as text', async ({ page, stub }) => {
  const name = '<img src=x onerror="window.__pwned=1">Evil <b>Printer</b>';
  await stub.settings({ printers: [{ id: 'prn-evil', name }] });
  const popup = await openPortal(page);
  await popup.getByRole('button', { name: 'Authorize' }).click();
  const evil = card(page, name);
  await expect(evil.getByRole('heading', { level: 2 })).toHaveText(name);
  await expect(evil.locator('img, b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('secrets are masked, with Reveal and Copy', async ({ page, stub, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const popup = await openPortal(page);
  await popup.getByRole('button', { name: 'Authorize' }).click();
  const printer = card(page, 'Prusa MK4');
  const [stored] = await stub.connections();
  const password = stored!.authBasicHttpPassword!;

  await printer.getByText('Show credentials').click();
  await expect(printer).not.toContainText(password);
  await printer.getByRole('button', { name: 'Reveal Basic password' }).click();
  await expect(printer).toContainText(password);
  await printer.getByRole('button', { name: 'Hide Basic password' }).click();
  await expect(printer).not.toContainText(password);

  await printer.getByRole('button', { name: 'Copy App API token' }).click();
  await expect(printer.getByText('Copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(stored!.appApiToken);
});
