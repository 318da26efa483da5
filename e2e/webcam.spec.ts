import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { LoggedRequest, StubControl } from './stub/client.ts';
import { card, expect, test } from './support/fixtures.ts';
import { PROXY_APP_ORIGIN } from './support/ports.ts';
import { connectPlatform } from './support/printers.ts';
import { setPageVisible, statusOfCard } from './support/status.ts';

const SNAPSHOT = '/octoeverywhere-command-api/webcam/snapshot';
const cam = { Name: 'Nozzle', FlipH: false, FlipV: false, Rotation: 0, Enabled: true };

/** The webcam picture on a printer's card. */
const pictureOf = (page: Page, name: string) => card(page, name).getByRole('img', { name: new RegExp(`^Webcam of ${name}, `) });

/** Snapshot requests the stub received, by connection id (the relay host names it). */
async function snapshotsFor(stub: StubControl, id: string): Promise<LoggedRequest[]> {
  return (await stub.requests()).filter((r) => r.method === 'GET' && r.host.startsWith(`app-${id}.`) && r.path.startsWith(SNAPSHOT));
}

/**
 * Moves the page's clock in 10 s steps, letting each step's requests answer: one jump of minutes
 * would pass a request's deadline (15–20 s) before the stub's answer could arrive.
 */
async function advance(page: Page, seconds: number): Promise<void> {
  for (let left = seconds; left > 0; left -= 10) {
    await page.clock.runFor(Math.min(10, left) * 1000);
    await page.waitForTimeout(100);
  }
}

/** The picture has arrived and decoded (a picture that failed to load has no natural width). */
async function expectDecoded(picture: ReturnType<typeof pictureOf>): Promise<string> {
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(160);
  return (await picture.getAttribute('src')) ?? '';
}

test('an online card shows its webcam snapshot, with the connection’s credentials, and refreshes it every 10 s', async ({ page, stub }) => {
  await page.clock.install();
  await page.goto('/');
  const id = await connectPlatform(page, stub, 'Bambu X1C', 'bambu');
  const picture = pictureOf(page, 'Bambu X1C');
  const first = await expectDecoded(picture);
  expect(first).toMatch(/^blob:/);
  const [request] = await snapshotsFor(stub, id);
  expect(request?.path).toBe(`${SNAPSHOT}?index=0`);
  expect(request?.headers.authorization).toMatch(/^Basic /);

  // The page's clock keeps running while the test works: an age may read a second more.
  await page.clock.runFor('00:05');
  await expect(picture).toHaveAttribute('alt', /^Webcam of Bambu X1C, [56] s ago$/);
  await expect(card(page, 'Bambu X1C')).toContainText(/Taken [56] s ago/);
  await page.clock.runFor('00:05');
  await expect.poll(() => picture.getAttribute('src')).not.toBe(first);
  await expectDecoded(picture);
  await expect(picture).toHaveAttribute('alt', /^Webcam of Bambu X1C, (just now|1 s ago)$/);
  // The picture before it was let go of (its object URL revoked).
  expect(await page.evaluate((url) => fetch(url).then(() => 'alive', () => 'revoked'), first)).toBe('revoked');
});

test('no snapshot requests for cards off screen, nor while the page is hidden', async ({ page, stub }) => {
  await page.setViewportSize({ width: 600, height: 500 });
  await page.clock.install();
  await page.goto('/');
  const names = ['Printer A', 'Printer B', 'Printer C', 'Printer D'];
  const ids: string[] = [];
  for (const name of names) ids.push(await connectPlatform(page, stub, name, 'klipper'));
  const first = (await page.getByRole('article').first().getByRole('heading', { level: 2 }).textContent()) ?? '';
  const last = (await page.getByRole('article').last().getByRole('heading', { level: 2 }).textContent()) ?? '';
  const idOf = (name: string) => ids[names.indexOf(name)]!;
  // One card fills the window: the others are below it.
  await card(page, first).scrollIntoViewIfNeeded();
  await expectDecoded(pictureOf(page, first));
  await stub.clearRequests();

  await advance(page, 60);
  await expect.poll(async () => (await snapshotsFor(stub, idOf(first))).length).toBeGreaterThanOrEqual(5);
  expect(await snapshotsFor(stub, idOf(last))).toEqual([]);

  await card(page, last).scrollIntoViewIfNeeded();
  await expectDecoded(pictureOf(page, last));
  expect((await snapshotsFor(stub, idOf(last))).length).toBeGreaterThan(0);

  await setPageVisible(page, false);
  await page.waitForTimeout(200);
  await stub.clearRequests();
  await page.clock.runFor('02:00');
  await page.waitForTimeout(300);
  expect((await stub.requests()).filter((r) => r.path.startsWith(SNAPSHOT))).toEqual([]);
  await setPageVisible(page, true);
  await expect.poll(async () => (await snapshotsFor(stub, idOf(last))).length).toBe(1);
});

test('609 pauses only the webcam: it says so, keeps the last picture, the status stays, and it comes back', async ({ page, stub }) => {
  await page.clock.install();
  await page.goto('/');
  const id = await connectPlatform(page, stub, 'Bambu X1C', 'bambu');
  const printer = card(page, 'Bambu X1C');
  const picture = pictureOf(page, 'Bambu X1C');
  const before = await expectDecoded(picture);

  await stub.setConnection(id, { webcam: { limitReached: true } });
  await page.clock.runFor('00:10');
  await expect(printer.getByRole('status').filter({ hasText: 'Webcam limit reached; back in a few minutes.' })).toBeVisible();
  await expect(picture).toHaveAttribute('src', before);
  await expect(printer).toContainText(/Taken 1[01] s ago/);
  await expect(statusOfCard(page, 'Bambu X1C')).toHaveText('Idle');
  await expect(statusOfCard(page, 'Bambu X1C')).toHaveAttribute('data-status', 'online');
  // Resting: no more snapshot requests for a while; the status checks go on.
  await stub.clearRequests();
  await advance(page, 60);
  await expect.poll(async () => (await stub.requests()).some((r) => r.path === '/octoeverywhere-command-api/status')).toBe(true);
  expect(await snapshotsFor(stub, id)).toEqual([]);

  await stub.setConnection(id, { webcam: { limitReached: false } });
  // Tried again 5 minutes after the 609.
  await advance(page, 250);
  await expect(printer.getByText('Webcam limit reached')).toHaveCount(0);
  await expect.poll(() => picture.getAttribute('src')).not.toBe(before);
  await expectDecoded(picture);
});

test('webcam settings: disabled webcams hidden, a picker from the default, the choice remembered, flips and rotation', async ({ page, stub }) => {
  await page.goto('/');
  const id = await connectPlatform(page, stub, 'Voron 2.4', 'klipper');
  await stub.setPrinter(id, {
    webcams: [{ ...cam, Name: 'Bed' }, { ...cam, Name: 'Old', Enabled: false }, { ...cam, Name: 'Nozzle', FlipH: true, Rotation: 90 }],
    defaultWebcam: 0,
  });
  await page.reload();
  const printer = card(page, 'Voron 2.4');
  const picker = printer.getByLabel('Webcam', { exact: true });
  await expect(picker).toHaveValue('0');
  await expect(picker.getByRole('option')).toHaveText(['Bed', 'Nozzle']);
  await expectDecoded(pictureOf(page, 'Voron 2.4'));
  await expect(pictureOf(page, 'Voron 2.4')).toHaveCSS('transform', 'none');

  await picker.selectOption('Nozzle');
  await expect.poll(async () => (await snapshotsFor(stub, id)).map((r) => r.path)).toContain(`${SNAPSHOT}?index=2`);
  await expectDecoded(pictureOf(page, 'Voron 2.4'));
  // rotate(90deg) scale(-1, 1): the picture mirrored, then turned a quarter clockwise.
  await expect(pictureOf(page, 'Voron 2.4')).toHaveCSS('transform', 'matrix(0, -1, -1, 0, 0, 0)');

  await page.reload();
  await expect(card(page, 'Voron 2.4').getByLabel('Webcam', { exact: true })).toHaveValue('2');
});

test('Live view shows the stream’s frames with a countdown, stops at the account’s limit, by keyboard', async ({ page, stub }) => {
  await page.goto('/');
  const id = await connectPlatform(page, stub, 'Bambu X1C', 'bambu');
  await stub.setConnection(id, { webcam: { maxStreamSec: 3, fps: 20 } });
  // The info API (and its limit) is asked on a page's first check.
  await page.reload();
  const button = card(page, 'Bambu X1C').getByRole('button', { name: 'Live view of Bambu X1C', exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Live view: Bambu X1C' });
  await expect(dialog).toBeVisible();
  const frame = dialog.getByRole('img', { name: 'Live view of Bambu X1C’s webcam' });
  const firstFrame = await expectDecoded(frame);
  await expect.poll(() => frame.getAttribute('src')).not.toBe(firstFrame);
  await expect(dialog).toContainText(/Stops in 0:0[1-3]/);
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();

  await expect(dialog.getByRole('status')).toHaveText('Stopped after 3 s: your OctoEverywhere account\'s limit for one live view.', { timeout: 6000 });
  await expect(dialog).not.toContainText('Stops in');
  const stream = (await stub.requests()).filter((r) => r.method === 'GET' && r.path === '/octoeverywhere-command-api/webcam/stream?index=0');
  expect(stream).toHaveLength(1);

  // Start again is reachable by keyboard, and so is Close; focus returns to the button.
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Start again' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('Live view stops when the page is hidden and when it is closed', async ({ page, stub }) => {
  await page.goto('/');
  await connectPlatform(page, stub, 'Bambu X1C', 'bambu');
  await card(page, 'Bambu X1C').getByRole('button', { name: 'Live view of Bambu X1C', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Live view: Bambu X1C' });
  await expectDecoded(dialog.getByRole('img'));
  await setPageVisible(page, false);
  await expect(dialog.getByRole('status')).toHaveText('Stopped while the page was hidden.');
  const still = await dialog.getByRole('img').getAttribute('src');
  await page.waitForTimeout(300);
  await expect(dialog.getByRole('img')).toHaveAttribute('src', still!);

  await setPageVisible(page, true);
  await dialog.getByRole('button', { name: 'Start again' }).click();
  await expect.poll(() => dialog.getByRole('img').getAttribute('src')).not.toBe(still);
  await expect(dialog.getByRole('status')).toHaveText('Live');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  // The frame shown last was let go of.
  expect(await page.evaluate((url) => fetch(url!).then(() => 'alive', () => 'revoked'), still)).toBe('revoked');
});

test('Live view on a webcam at its limit says so and offers no restart', async ({ page, stub }) => {
  await page.goto('/');
  const id = await connectPlatform(page, stub, 'Bambu X1C', 'bambu');
  await expectDecoded(pictureOf(page, 'Bambu X1C'));
  await stub.setConnection(id, { webcam: { limitReached: true } });
  await card(page, 'Bambu X1C').getByRole('button', { name: 'Live view of Bambu X1C', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Live view: Bambu X1C' });
  await expect(dialog.getByRole('status')).toHaveText('Webcam limit reached; back in a few minutes.');
  await expect(dialog.getByRole('button', { name: 'Start again' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(card(page, 'Bambu X1C').getByRole('status').filter({ hasText: 'Webcam limit reached' })).toBeVisible();
  await expect(statusOfCard(page, 'Bambu X1C')).toHaveText('Idle');
});

test('through the same-origin proxy: snapshots, and the stream arrives frame by frame', async ({ page, stub }) => {
  await stub.settings({ cors: false });
  await page.goto(`${PROXY_APP_ORIGIN}/`);
  await connectPlatform(page, stub, 'Bambu X1C', 'bambu');
  await expectDecoded(pictureOf(page, 'Bambu X1C'));
  await card(page, 'Bambu X1C').getByRole('button', { name: 'Live view of Bambu X1C', exact: true }).click();
  const frame = page.getByRole('dialog').getByRole('img');
  const seen = new Set<string>();
  // A buffering proxy would hold the never-ending stream back: frames arrive one after another.
  await expect.poll(async () => seen.add((await frame.getAttribute('src')) ?? '').size, { timeout: 5000 }).toBeGreaterThan(5);
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('Live');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a card with a webcam, and Live view, have no accessibility violations (${colorScheme})`, async ({ page, stub }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    const id = await connectPlatform(page, stub, 'Voron 2.4', 'klipper');
    await stub.setPrinter(id, { webcams: [cam, { ...cam, Name: 'Bed' }] });
    const limited = await connectPlatform(page, stub, 'Bambu X1C', 'bambu');
    await stub.setConnection(limited, { webcam: { limitReached: true } });
    await page.reload();
    await expectDecoded(pictureOf(page, 'Voron 2.4'));
    await expect(card(page, 'Bambu X1C')).toContainText('Webcam limit reached');
    const cards = await new AxeBuilder({ page }).include('main').analyze();
    expect(cards.violations).toEqual([]);

    await card(page, 'Voron 2.4').getByRole('button', { name: 'Live view of Voron 2.4', exact: true }).click();
    await expectDecoded(page.getByRole('dialog').getByRole('img'));
    const dialog = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(dialog.violations).toEqual([]);
  });
}
