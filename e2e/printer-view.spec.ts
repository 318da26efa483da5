import AxeBuilder from '@axe-core/playwright';
import { card, expect, test } from './support/fixtures.ts';
import { connectPlatform, printTo } from './support/printers.ts';
import { statusOfCard } from './support/status.ts';

test('a Bambu printer shows its print: state, progress bar, time left, finish clock and temperatures', async ({ page, stub }) => {
  await page.goto('/');
  const id = await connectPlatform(page, stub, 'Bambu X1C', 'bambu');
  await printTo(stub, id, 42);
  const printer = card(page, 'Bambu X1C');
  await printer.getByRole('button', { name: 'Check Bambu X1C now' }).click();
  await expect(statusOfCard(page, 'Bambu X1C')).toHaveText('Printing 42 %');
  const bar = printer.getByRole('progressbar', { name: 'Print progress' });
  await expect(bar).toHaveAttribute('aria-valuenow', '42');
  await expect(bar).toHaveAttribute('aria-valuetext', '42 %, 58 min left');
  // A clock time: today's, or tomorrow's when the print ends after midnight.
  await expect(printer).toContainText(/58 min left · done (tomorrow )?at \d/);
  await expect(printer).toContainText('42 min elapsed · Layer 84 of 200');
  await expect(printer.locator('.file')).toHaveText('benchy.gcode');
  await expect(printer.getByRole('list', { name: 'Temperatures' })).toContainText('Hotend 215/215 °C');
  await expect(printer.getByRole('list', { name: 'Temperatures' })).toContainText('Bed 60/60 °C');
});

test('an OctoPrint with a plugin too old for the Plugin APIs shows the same through OctoPrint’s routes', async ({ page, stub }) => {
  await page.goto('/');
  const id = await connectPlatform(page, stub, 'Old OctoPrint', 'octoprint-old');
  await expect(statusOfCard(page, 'Old OctoPrint')).toHaveText('Idle');
  // Once per page load, a working OctoPrint connection is asked which OctoEverywhere printer it is.
  await expect.poll(async () => (await stub.requests()).some((r) => r.path === '/api/plugin/octoeverywhere')).toBe(true);
  await printTo(stub, id, 42);
  await stub.clearRequests();
  const printer = card(page, 'Old OctoPrint');
  await printer.getByRole('button', { name: 'Check Old OctoPrint now' }).click();
  await expect(statusOfCard(page, 'Old OctoPrint')).toHaveText('Printing 42 %');
  await expect(printer.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '42');
  await expect(printer).toContainText('58 min left');
  await expect(printer.getByRole('list', { name: 'Temperatures' })).toContainText('Hotend 215/215 °C');
  // The fallback is remembered: this check went straight to OctoPrint's routes.
  const paths = (await stub.requests()).filter((r) => r.method === 'GET').map((r) => r.path);
  expect(paths).toEqual(expect.arrayContaining(['/api/version', '/api/job', '/api/printer']));
  expect(paths).not.toContain('/octoeverywhere-command-api/status');
  await printer.getByText('Details').click();
  await expect(printer).toContainText('OctoPrint’s own API (the plugin is too old for the Plugin APIs)');
});

const PROBLEMS = [
  { fate: 'hostnotconnected', words: 'Printer software not connected', explains: 'its plugin cannot reach OctoPrint, Klipper or the printer’s firmware' },
  { fate: 'noprintercredentials', words: 'Can’t log in to the printer', explains: 'OctoEverywhere can’t log in to the printer' },
  { fate: 'toomanyclients', words: 'Printer busy', explains: 'too many apps connected' },
] as const;

for (const { fate, words, explains } of PROBLEMS) {
  test(`the plugin’s ${fate} reads “${words}”`, async ({ page, stub }) => {
    await page.goto('/');
    const id = await connectPlatform(page, stub, 'Voron 2.4', 'klipper');
    await stub.setConnection(id, { fate });
    await card(page, 'Voron 2.4').getByRole('button', { name: 'Check Voron 2.4 now' }).click();
    await expect(statusOfCard(page, 'Voron 2.4')).toHaveText(words);
    await expect(card(page, 'Voron 2.4')).toContainText(explains);
  });
}

test('the summary line, the sort order and the compact list follow the printers', async ({ page, stub }) => {
  await page.goto('/');
  const idle = await connectPlatform(page, stub, 'Anycubic Idle', 'klipper');
  const soon = await connectPlatform(page, stub, 'Bambu Soon', 'bambu');
  const later = await connectPlatform(page, stub, 'Creality Later', 'octoprint');
  const broken = await connectPlatform(page, stub, 'Delta Broken', 'klipper');
  // The stub's clock moves every printer: start both, then let 90 minutes pass.
  await stub.startPrint(soon, { fileName: 'soon.3mf', durationSec: 6000, warmup: false });
  await stub.startPrint(later, { fileName: 'later.gcode', durationSec: 54000, warmup: false });
  await stub.advanceClock(5400);
  await stub.setConnection(broken, { fate: 'hostnotconnected' });
  void idle;
  await page.reload();
  await expect(page.locator('.summary')).toHaveText('2 printing · 1 needs attention · 1 idle');
  const names = page.getByRole('article').getByRole('heading', { level: 2 });
  await expect(names).toHaveText(['Delta Broken', 'Bambu Soon', 'Creality Later', 'Anycubic Idle']);
  await expect(page).toHaveTitle('90 % · 10 % · Printer Dashboard');
  await expect(statusOfCard(page, 'Creality Later')).toHaveText('Printing 10 %');

  await page.getByLabel('Sort').selectOption('By name');
  await expect(names).toHaveText(['Anycubic Idle', 'Bambu Soon', 'Creality Later', 'Delta Broken']);
  await page.getByRole('button', { name: 'List' }).click();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(2)).toContainText('Bambu Soon');
  await expect(rows.nth(2)).toContainText('Printing 90 %');
  await expect(rows.nth(2)).toContainText('10 min left');

  // Both choices are remembered.
  await page.reload();
  await expect(page.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Sort')).toHaveValue('name');
});

/** CORS preflights (OPTIONS) are the browser's own, and webcam pictures have their own rule (webcam.spec.ts). */
const sentByCheck = (r: { method: string; path: string }) => r.method === 'GET' && !r.path.startsWith('/octoeverywhere-command-api/webcam/');

test('one status request per connection per interval: at most 1.1 on average over 10 intervals', async ({ page, stub }) => {
  await page.clock.install();
  await page.goto('/');
  const ids = [await connectPlatform(page, stub, 'Bambu A', 'bambu'), await connectPlatform(page, stub, 'Voron B', 'klipper'), await connectPlatform(page, stub, 'Prusa C', 'octoprint')];
  await expect(page.locator('.status')).toHaveText(['Idle', 'Idle', 'Idle']);
  await stub.clearRequests();
  for (let i = 0; i < 10; i += 1) {
    await page.clock.runFor('00:30');
    // Each interval's checks have answered before the clock moves on.
    await expect.poll(async () => (await stub.requests()).filter(sentByCheck).length).toBeGreaterThanOrEqual(ids.length * (i + 1));
    // …and the page has read the answers: the next jump of the clock would pass their deadline.
    await expect(page.getByText('Checking…')).toHaveCount(0);
  }
  await page.waitForTimeout(300);
  const sent = (await stub.requests()).filter(sentByCheck);
  const perConnectionPerInterval = sent.length / ids.length / 10;
  console.log(`status requests: ${sent.length} for ${ids.length} connections over 10 intervals = ${perConnectionPerInterval.toFixed(2)} per connection per interval`);
  expect(perConnectionPerInterval).toBeLessThanOrEqual(1.1);
  // …and every connection was checked in (nearly) every interval.
  expect(sent.filter((r) => r.path === '/octoeverywhere-command-api/status').length).toBeGreaterThanOrEqual(ids.length * 9);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`printing, idle and error cards have no accessibility violations (${colorScheme})`, async ({ page, stub }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    const printing = await connectPlatform(page, stub, 'Bambu X1C', 'bambu');
    await connectPlatform(page, stub, 'Voron 2.4', 'klipper');
    const failing = await connectPlatform(page, stub, 'Prusa MK4', 'octoprint');
    await printTo(stub, printing, 42);
    await stub.setPrinter(failing, { state: 'error', errorText: 'Thermal runaway' });
    await page.reload();
    await expect(statusOfCard(page, 'Bambu X1C')).toHaveText('Printing 42 %');
    await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Error: Thermal runaway');
    await expect(statusOfCard(page, 'Voron 2.4')).toHaveText('Idle');
    if (process.env.SCREENSHOTS) {
      for (const [width, height, label] of [[1280, 900, 'desktop'], [390, 844, 'phone']] as const) {
        await page.setViewportSize({ width, height });
        await page.screenshot({ path: `test-results/screens/list-${label}-${colorScheme}.png`, fullPage: true });
      }
    }
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}

test('many printers: the compact list by default, drawing only the rows on screen; "Find a printer" finds any of them', async ({ page, stub }) => {
  // 26 connects through the portal, each a window: more time than one test usually needs.
  test.slow();
  await stub.settings({ portalOutcome: 'authorize' });
  await page.goto('/');
  // 26 connections through the portal's immediate answer: above the list view's threshold (25).
  for (let i = 0; i < 26; i += 1) {
    await stub.settings({ printers: [{ id: `prn-${i}`, name: `Printer ${String(i).padStart(2, '0')}` }] });
    await page.getByRole('button', { name: 'Connect a printer' }).click();
    // The portal answers at once; the window may be gone before anyone could wait for it.
    await expect(page.getByRole('heading', { name: `Your printers (${i + 1})` })).toBeVisible();
  }
  await page.reload();
  const table = page.getByRole('table');
  await expect(table).toHaveAttribute('aria-rowcount', '27');
  await expect(page.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
  // A short window: only the rows on screen and a few beyond are drawn.
  await page.setViewportSize({ width: 1000, height: 500 });
  await expect.poll(() => table.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(26);
  await page.getByRole('searchbox', { name: 'Find a printer' }).fill('printer 25');
  await expect(table.locator('tbody tr[aria-rowindex]')).toHaveCount(1);
  await table.getByRole('button', { name: 'Printer 25' }).click();
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(card(page, 'Printer 25')).toBeVisible();
});
