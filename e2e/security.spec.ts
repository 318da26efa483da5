import type { Request } from '@playwright/test';
import { connectPrinter, expect, test } from './support/fixtures.ts';
import { APP_ORIGIN, STUB_ORIGIN, STUB_PORT } from './support/ports.ts';
import { statusOfCard } from './support/status.ts';

const APP_HOST = new URL(APP_ORIGIN).host;
const STUB_HOST = new URL(STUB_ORIGIN).host;
const RELAY_HOST = new RegExp(`^app-[0-9a-f]+\\.localhost:${STUB_PORT}$`);

test('a whole connect flow and its status checks request nothing from any other host', async ({ page, context, stub }) => {
  const hosts = new Set<string>();
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:') hosts.add(url.host);
  });
  await stub.settings({ credentials: 'both' });
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');
  for (const host of hosts) expect(host === APP_HOST || host === STUB_HOST || RELAY_HOST.test(host), host).toBe(true);
  expect([...hosts].some((host) => RELAY_HOST.test(host))).toBe(true);
});

test('secrets appear in no console line, URL, Referer or history; only in their own headers to their own host', async ({ page, context, stub }) => {
  const console: string[] = [];
  const requests: Request[] = [];
  const headersOf = new Map<Request, Promise<Record<string, string>>>();
  context.on('console', (message) => console.push(message.text()));
  context.on('request', (request) => {
    requests.push(request);
    // Read the headers now: a request of the popup cannot be asked once the popup has closed.
    headersOf.set(request, request.allHeaders().catch(() => request.headers()));
  });
  let popupUrls: string[] = [];
  page.on('popup', (popup) => {
    popupUrls = [];
    popup.on('framenavigated', (frame) => {
      if (frame === popup.mainFrame()) popupUrls.push(frame.url());
    });
  });
  await stub.settings({ credentials: 'both' });
  await page.goto('/');
  await connectPrinter(page, 'Prusa MK4');
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');
  await page.reload();
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');

  const [connection] = await stub.connections();
  const secrets = [connection!.appApiToken, connection!.authBasicHttpPassword!, connection!.authBearerToken!, connection!.octoPrintApiKey!];
  const leaks = (text: string | null | undefined) => secrets.filter((secret) => text?.includes(secret));

  expect(console.flatMap(leaks)).toEqual([]);
  // The one hand-over: the portal navigates to the callback page with the result in its URL.
  const handOver = requests.filter((r) => r.isNavigationRequest() && new URL(r.url()).pathname === '/callback.html' && leaks(r.url()).length > 0);
  expect(handOver).toHaveLength(1);
  for (const request of requests) {
    if (!handOver.includes(request)) expect(leaks(request.url()), request.url()).toEqual([]);
    const headers = await headersOf.get(request)!;
    expect(leaks(headers.referer), `Referer of ${request.url()}`).toEqual([]);
    const host = new URL(request.url()).host;
    for (const [name, value] of Object.entries(headers)) {
      if (leaks(value).length === 0) continue;
      if (name === 'authorization' || name === 'x-api-key') expect(host, `${name} sent to ${host}`).toMatch(RELAY_HOST);
      else if (name === 'apptoken') expect(host, `AppToken sent to ${host}`).toBe(STUB_HOST);
      else throw new Error(`a secret travelled in the ${name} header to ${host}`);
    }
  }
  // The callback page scrubbed its own URL: what the popup showed after the hand-over holds no secret.
  expect(popupUrls.at(-1) ?? '', 'popup URL after the hand-over').not.toContain('appapitoken');
  expect(page.url()).toBe(`${APP_ORIGIN}/`);
  const scrubbed = await context.newPage();
  await scrubbed.goto('/callback.html');
  expect(await scrubbed.evaluate(() => location.href)).toBe(`${APP_ORIGIN}/callback.html`);
  // Nothing the stub received carried a Referer with a secret.
  for (const logged of await stub.requests()) expect(leaks(logged.referer)).toEqual([]);
});

test('both pages carry a strict Content-Security-Policy that the browser enforces', async ({ page }) => {
  for (const path of ['/', '/callback.html']) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain(`connect-src 'self' ${STUB_ORIGIN} http://*.localhost:${STUB_PORT}`);
    const violation = await page.evaluate(async () => {
      const seen = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective)));
      fetch('http://127.0.0.1:9/elsewhere').catch(() => undefined);
      return Promise.race([seen, new Promise<string>((resolve) => setTimeout(() => resolve('none'), 2000))]);
    });
    expect(violation, path).toBe('connect-src');
  }
});
