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
  // How to build and host is the README's business, not the reader's.
  await expect(help).not.toContainText('VITE_OE_PROXY_PATH');
});

test('one slow printer says so on its own card; no page-wide alarm while others answer', async ({ page, stub }) => {
  await page.clock.install();
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  await connectPrinter(page, 'Voron 2.4');
  await expect(statusOfCard(page, 'Voron 2.4')).toHaveText('Idle');
  const voron = (await stub.connections()).find((c) => c.printerName === 'Voron 2.4')!;
  await stub.setConnection(voron.id, { delayMs: 60_000 });
  await page.reload();
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');
  // Past the check's own deadline (20 s) for the slow one.
  await page.clock.runFor('00:25');
  await expect(statusOfCard(page, 'Voron 2.4')).toHaveText('Can’t reach OctoEverywhere');
  await expect(card(page, 'Voron 2.4')).toContainText('No answer from OctoEverywhere about this printer in time.');
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('CORS')).toHaveCount(0);
});

test('through the same-origin proxy, statuses work with CORS answers turned off', async ({ page, stub }) => {
  await stub.settings({ cors: false });
  await page.goto(`${PROXY_APP_ORIGIN}/`);
  await connectPrinter(page, 'Prusa MK4');
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');
  const [connection] = await stub.connections();
  await stub.setConnection(connection!.id, { fate: 'badcredentials' });
  await card(page, 'Prusa MK4').getByRole('button', { name: 'Check Prusa MK4 now' }).click();
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Credentials rejected');
  const viaProxy = (await stub.requests()).filter((r) => r.path.startsWith('/api/'));
  expect(viaProxy.every((r) => r.origin === null)).toBe(true);
});
