import { card, connectPrinter, expect, openPortal, test } from './support/fixtures.ts';
import { detailsOfCard } from './support/status.ts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('No printers yet')).toBeVisible();
});

test('connects a printer through the portal window and keeps it across a reload', async ({ page, stub }) => {
  await connectPrinter(page, 'Prusa MK4');
  await expect(page.getByRole('status').filter({ hasText: 'Connected: Prusa MK4.' })).toBeVisible();

  const [stored] = await stub.connections();
  const details = await detailsOfCard(page, 'Prusa MK4');
  await expect(details).toContainText(`App Connection host${new URL(stored!.url).host}`);
  await expect(details).toContainText('CredentialsBasic');

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

test("the portal shows the dashboard's own logo and name", async ({ page }) => {
  const popup = await openPortal(page);
  await expect(popup.getByText('Printer Dashboard (app id devtest) asks for remote access')).toBeVisible();
  const logo = popup.getByRole('img', { name: 'Printer Dashboard logo' });
  await expect(logo).toHaveAttribute('src', `${new URL(page.url()).origin}/logo-200.png`);
  // It loaded: a broken image has no natural size.
  await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(200);
  await expect(logo).toHaveJSProperty('width', 100);
  await popup.close();
});

test('the dashboard serves its favicon and web app manifest', async ({ page, request }) => {
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(new URL(manifestHref!, page.url()).href)).json();
  expect(manifest).toMatchObject({ name: 'Printer Dashboard', display: 'standalone', theme_color: expect.any(String) });
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const answer = await request.get(new URL(icon.src, page.url()).href);
    expect(answer.ok(), icon.src).toBe(true);
    expect(answer.headers()['content-type']).toContain(icon.type.split('+')[0]);
  }
  const favicon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect((await request.get(new URL(favicon!, page.url()).href)).ok()).toBe(true);
});
