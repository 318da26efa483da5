import { card, connectPrinter, expect, test } from './support/fixtures.ts';
import { PROXY_APP_ORIGIN } from './support/ports.ts';
import { statusOfCard } from './support/status.ts';

test('without CORS answers, direct mode says Can\'t reach OctoEverywhere and explains once', async ({ page, stub }) => {
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  await connectPrinter(page, 'Voron 2.4');
  await stub.settings({ cors: false });
  await page.reload();
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Can’t reach OctoEverywhere');
  await expect(statusOfCard(page, 'Voron 2.4')).toHaveText('Can’t reach OctoEverywhere');
  const help = page.getByRole('alert').filter({ hasText: 'CORS' });
  await expect(help).toHaveCount(1);
  await expect(help).toContainText('VITE_OE_PROXY_PATH=/oe');
});

test('through the same-origin proxy, statuses work with CORS answers turned off', async ({ page, stub }) => {
  await stub.settings({ cors: false });
  await page.goto(`${PROXY_APP_ORIGIN}/`);
  await connectPrinter(page, 'Prusa MK4');
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Online');
  const [connection] = await stub.connections();
  await stub.setConnection(connection!.id, { fate: 'badcredentials' });
  await card(page, 'Prusa MK4').getByRole('button', { name: 'Check Prusa MK4 now' }).click();
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Credentials rejected');
  const viaProxy = (await stub.requests()).filter((r) => r.path.startsWith('/api/'));
  expect(viaProxy.every((r) => r.origin === null)).toBe(true);
});
