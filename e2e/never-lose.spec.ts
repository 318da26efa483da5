import { card, connectPrinter, expect, openPortal, test } from './support/fixtures.ts';

test('the dashboard tab closed mid-flow: the callback stores the connection itself', async ({ page, context }) => {
  await page.goto('/');
  const popup = await openPortal(page);
  await page.close();
  await popup.getByLabel('Voron 2.4').check();
  await popup.getByRole('button', { name: 'Authorize' }).click();
  await expect(popup.getByText('Connected: Voron 2.4. You can close this window.')).toBeVisible();
  await expect(popup.getByRole('link', { name: 'Open the dashboard' })).toBeVisible();

  const later = await context.newPage();
  await later.goto('/');
  await expect(card(later, 'Voron 2.4')).toBeVisible();
});

test('COOP on the portal severs the opener: the broadcast still delivers the result', async ({ page, stub }) => {
  await stub.settings({ coop: true });
  await page.goto('/');
  const popup = await openPortal(page);
  // The severed window reads closed: from the page it looks closed, and the page says so.
  await expect(page.getByRole('status').filter({ hasText: 'Window closed' })).toBeVisible();
  await expect(page.getByText('security settings')).toHaveCount(0);
  await popup.getByRole('button', { name: 'Authorize' }).click();
  // The late result is stored and shown, now with the evidence that the link was cut.
  const connected = page.getByRole('status').filter({ hasText: 'Connected: Prusa MK4.' });
  await expect(connected).toBeVisible();
  await expect(connected).toContainText('its security settings had cut its link to this page');
  await expect(card(page, 'Prusa MK4')).toBeVisible();
});

test('a callback page that cannot close itself says what happened and links back', async ({ page, context }) => {
  await context.addInitScript(() => {
    if (location.pathname.endsWith('/callback.html')) window.close = () => undefined;
  });
  await page.goto('/');
  const popup = await openPortal(page);
  await popup.getByRole('button', { name: 'Authorize' }).click();
  await expect(card(page, 'Prusa MK4')).toBeVisible();
  await expect(popup.getByText('Connected: Prusa MK4. You can close this window.')).toBeVisible();
  await popup.getByRole('link', { name: 'Open the dashboard' }).click();
  await expect(card(popup, 'Prusa MK4')).toBeVisible();
});

test('a connection added in one tab appears in another within a second', async ({ page, context }) => {
  const other = await context.newPage();
  await other.goto('/');
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  await expect(card(other, 'Prusa MK4')).toBeVisible({ timeout: 1000 });
});

test('two tabs connecting at once never clobber each other', async ({ page, context }) => {
  const other = await context.newPage();
  await other.goto('/');
  await page.goto('/');
  const first = await openPortal(page);
  const second = await openPortal(other);
  await second.getByLabel('Voron 2.4').check();
  await second.getByRole('button', { name: 'Authorize' }).click();
  await first.getByLabel('Ender 3 V2').check();
  await first.getByRole('button', { name: 'Authorize' }).click();
  for (const tab of [page, other]) {
    await expect(card(tab, 'Voron 2.4')).toBeVisible();
    await expect(card(tab, 'Ender 3 V2')).toBeVisible();
  }
});

test('a replayed callback URL stores nothing the second time', async ({ page, context, stub }) => {
  let callbackUrl = '';
  context.on('request', (request) => {
    if (request.url().includes('/callback.html?')) callbackUrl = request.url();
  });
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  expect(callbackUrl).toContain('attempt=');

  await stub.setConnection((await stub.connections())[0]!.id, { printerName: 'Renamed' });
  const replay = await context.newPage();
  await replay.goto(callbackUrl);
  await expect(replay.getByText('already finished')).toBeVisible();
  await expect(replay.getByText('Nothing was stored.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('article')).toHaveCount(1);
});

test('IndexedDB unavailable: a clear banner, and Connect says it cannot start', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
  });
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: 'Storage problem' })).toContainText('not letting the dashboard use its storage');
  await page.getByRole('button', { name: 'Connect a printer' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Could not start connecting' })).toBeVisible();
});

test('a callback that cannot store shows the connection once, with Copy and Download', async ({ page, context, stub }) => {
  await context.addInitScript(() => {
    if (!location.pathname.endsWith('/callback.html')) return;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  const popup = await openPortal(page);
  await popup.getByRole('button', { name: 'Authorize' }).click();
  await expect(popup.getByRole('heading', { name: 'The connection could not be saved' })).toBeVisible();
  await expect(popup.getByText('storage for this site is full')).toBeVisible();
  await expect(popup.getByText('cannot be fetched again')).toBeVisible();
  const [stored] = await stub.connections();
  await expect(popup.getByLabel('Connection details')).toContainText(stored!.appApiToken);

  const download = popup.waitForEvent('download');
  await popup.getByRole('button', { name: 'Download (JSON)' }).click();
  const file = await download;
  const saved = JSON.parse(await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString()));
  expect(saved.format).toBe('oe-dashboard-backup');
  expect(saved.connections[0].secrets.appApiToken).toBe(stored!.appApiToken);
});

test('a callback that cannot store, and cannot load its views either, still shows the credentials in plain text', async ({ page, context, stub }) => {
  await context.addInitScript(() => {
    if (!location.pathname.endsWith('/callback.html')) return;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  // The views are a file of their own, loaded only when needed: here the network is gone by then.
  const views: string[] = [];
  await context.route(/\/assets\/result-page-[\w-]+\.js$/, (route) => {
    views.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  await page.goto('/');
  const popup = await openPortal(page);
  await popup.getByRole('button', { name: 'Authorize' }).click();
  await expect(popup.getByText('Not saved (QuotaExceededError')).toBeVisible();
  await expect(popup.getByText('cannot be fetched again')).toBeVisible();
  const [stored] = await stub.connections();
  await expect(popup.locator('#callback')).toContainText(stored!.appApiToken);
  expect(views).toHaveLength(1);
});
