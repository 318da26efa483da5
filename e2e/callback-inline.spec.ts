import { connectPrinter, expect, test } from './support/fixtures.ts';

/**
 * The callback page carries its script inline, allowed by its hash in the page's CSP. Where a
 * host's own CSP header lacks that hash, the inline script is blocked and a small module from
 * 'self' loads the same code as a file: the connection is stored either way.
 */
const CALLBACK_CHUNK = /\/assets\/callback-(?!fallback-)[^/]+\.js$/;

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('No printers yet')).toBeVisible();
});

test('the callback page stores the connection with its inline script: its code is not fetched again', async ({ page }) => {
  const scripts: string[] = [];
  page.context().on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await connectPrinter(page, 'Prusa MK4');
  await expect(page.getByRole('status').filter({ hasText: 'Connected: Prusa MK4.' })).toBeVisible();
  expect(scripts.filter((path) => CALLBACK_CHUNK.test(path))).toEqual([]);
});

test('a host whose CSP header lacks the hash still gets the connection stored, through the fallback', async ({ page }) => {
  // The dashboard page's policy is the plain one: script-src 'self' and no hash.
  const plain = (await page.request.get('/')).headers()['content-security-policy'];
  expect(plain).toContain("script-src 'self';");
  const context = page.context();
  // Playwright routes no request that follows a redirect: the portal's 303 becomes a page that
  // navigates on, so the callback page's own request can be given the host's header.
  await context.route('**/appportal/v1/authorize', async (route) => {
    const location = (await route.fetch({ maxRedirects: 0 })).headers()['location']!;
    const url = location.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    await route.fulfill({ contentType: 'text/html', body: `<meta http-equiv="refresh" content="0;url=${url}">` });
  });
  await context.route(
    (url) => url.pathname.endsWith('/callback.html'),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': plain! } });
    },
  );
  const scripts: string[] = [];
  page.context().on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await connectPrinter(page, 'Prusa MK4');
  await expect(page.getByRole('status').filter({ hasText: 'Connected: Prusa MK4.' })).toBeVisible();
  expect(scripts.filter((path) => CALLBACK_CHUNK.test(path))).toHaveLength(1);
});
