import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { StubControl } from './stub/client.ts';
import type { Platform } from './stub/printer-types.ts';
import { card, expect, test } from './support/fixtures.ts';
import { connectPlatform, printTo } from './support/printers.ts';
import { statusOfCard } from './support/status.ts';

/** Connects a printer and starts a print, shown on its card at 42 %. */
async function printing(page: Page, stub: StubControl, name: string, platform: Platform): Promise<string> {
  await page.goto('/');
  const id = await connectPlatform(page, stub, name, platform);
  await printTo(stub, id, 42);
  await card(page, name).getByRole('button', { name: `Check ${name} now` }).click();
  await expect(statusOfCard(page, name)).toHaveText('Printing 42 %');
  return id;
}

/** The commands the dashboard posted to a printer's command API, by command. */
async function posted(stub: StubControl, command: string) {
  return (await stub.requests()).filter((r) => r.method === 'POST' && r.path === `/octoeverywhere-command-api/${command}`);
}

const result = (page: Page, name: string) => card(page, name).locator('.control-result');

test('pause → Paused, then resume → Printing; each shows that it runs, then its result', async ({ page, stub }) => {
  const id = await printing(page, stub, 'Prusa MK4', 'octoprint');
  const printer = card(page, 'Prusa MK4');
  await expect(printer.getByRole('button', { name: 'Resume Prusa MK4' })).toHaveCount(0);
  // A slow answer: the button says it runs and refuses a second press meanwhile.
  await stub.setConnection(id, { delayMs: 800 });
  await printer.getByRole('button', { name: 'Pause Prusa MK4' }).click();
  const busy = printer.getByRole('button', { name: 'Pausing…' });
  await expect(busy).toHaveAttribute('aria-disabled', 'true');
  await expect(busy).toHaveAttribute('aria-busy', 'true');
  await expect(result(page, 'Prusa MK4')).toHaveText('Paused.');
  // The printer was checked again at once: the badge follows without waiting for the interval.
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Paused');
  await stub.setConnection(id, { delayMs: 0 });
  await expect(printer.getByRole('button', { name: 'Pause Prusa MK4' })).toHaveCount(0);

  await printer.getByRole('button', { name: 'Resume Prusa MK4' }).click();
  await expect(result(page, 'Prusa MK4')).toHaveText('Resumed.');
  await stub.advanceClock(1);
  await printer.getByRole('button', { name: 'Check Prusa MK4 now' }).click();
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Printing 42 %');
  expect((await posted(stub, 'pause')).map((r) => r.body)).toEqual(['{}']);
});

test('a double click sends one command', async ({ page, stub }) => {
  const id = await printing(page, stub, 'Prusa MK4', 'octoprint');
  await stub.setConnection(id, { delayMs: 300 });
  await card(page, 'Prusa MK4').getByRole('button', { name: 'Pause Prusa MK4' }).dblclick();
  await expect(result(page, 'Prusa MK4')).toHaveText('Paused.');
  await page.waitForTimeout(400);
  expect(await posted(stub, 'pause')).toHaveLength(1);
});

test('cancel asks first, naming the printer and the file, focus on “Keep printing”; then Cancelled', async ({ page, stub }) => {
  await printing(page, stub, 'Prusa MK4', 'octoprint');
  const printer = card(page, 'Prusa MK4');
  const cancel = printer.getByRole('button', { name: 'Cancel print Prusa MK4' });
  await cancel.click();
  const dialog = page.getByRole('dialog', { name: 'Cancel the print on Prusa MK4?' });
  await expect(dialog).toContainText('benchy.gcode stops now. A cancelled print cannot be resumed');
  await expect(dialog.getByRole('button', { name: 'Keep printing' })).toBeFocused();
  // Keeping it sends nothing, and focus returns to Cancel.
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(cancel).toBeFocused();
  expect(await posted(stub, 'cancel')).toHaveLength(0);

  await cancel.click();
  await dialog.getByRole('button', { name: 'Cancel print' }).click();
  await expect(result(page, 'Prusa MK4')).toHaveText('Cancelled.');
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Cancelled');
  expect(await posted(stub, 'cancel')).toHaveLength(1);
});

test('786: the printer had already paused; the card says so after checking it again', async ({ page, stub }) => {
  const id = await printing(page, stub, 'Prusa MK4', 'octoprint');
  // Paused from elsewhere; the card still shows Printing.
  await stub.setPrinter(id, { state: 'paused' });
  await card(page, 'Prusa MK4').getByRole('button', { name: 'Pause Prusa MK4' }).click();
  await expect(result(page, 'Prusa MK4')).toHaveText('The printer is paused, so it can’t pause now.');
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Paused');
});

test('temperatures: out of range is refused in words without a request; in range is sent', async ({ page, stub }) => {
  await page.goto('/');
  await connectPlatform(page, stub, 'Prusa MK4', 'octoprint');
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');
  const printer = card(page, 'Prusa MK4');
  await printer.getByText('Set temperatures').click();
  await printer.getByLabel('Bed °C').fill('120');
  await stub.clearRequests();
  await printer.getByRole('button', { name: 'Set', exact: true }).click();
  await expect(result(page, 'Prusa MK4')).toHaveText('The bed can be set from 0 to 75 °C, not 120 °C.');
  await page.waitForTimeout(200);
  expect(await posted(stub, 'set-temp')).toHaveLength(0);

  await printer.getByLabel('Bed °C').fill('60');
  await printer.getByLabel('Hotend °C').fill('215');
  await printer.getByRole('button', { name: 'Set', exact: true }).click();
  await expect(result(page, 'Prusa MK4')).toHaveText('Set: Bed 60 °C, Hotend 215 °C.');
  expect((await posted(stub, 'set-temp')).map((r) => JSON.parse(r.body ?? ''))).toEqual([{ BedC: 60, ToolC: 215 }]);
  await expect(printer.getByRole('list', { name: 'Temperatures' })).toContainText('/60 °C');
});

test('lights: one switch per light where the platform has them, none where it has none', async ({ page, stub }) => {
  await page.goto('/');
  await connectPlatform(page, stub, 'Voron 2.4', 'klipper');
  await connectPlatform(page, stub, 'Prusa MK4', 'octoprint');
  await expect(statusOfCard(page, 'Voron 2.4')).toHaveText('Idle');
  await expect(statusOfCard(page, 'Prusa MK4')).toHaveText('Idle');
  await expect(card(page, 'Prusa MK4').getByRole('switch')).toHaveCount(0);
  const light = card(page, 'Voron 2.4').getByRole('switch', { name: 'caselight' });
  await expect(light).toHaveAttribute('aria-checked', 'true');
  await light.click();
  await expect(result(page, 'Voron 2.4')).toHaveText('caselight turned off.');
  await expect(light).toHaveAttribute('aria-checked', 'false');
  expect((await posted(stub, 'set-light')).map((r) => r.body)).toEqual(['{"Name":"caselight","On":false}']);
});

test('Home only while not printing, and only after asking', async ({ page, stub }) => {
  await page.goto('/');
  const id = await connectPlatform(page, stub, 'Voron 2.4', 'klipper');
  await expect(statusOfCard(page, 'Voron 2.4')).toHaveText('Idle');
  const printer = card(page, 'Voron 2.4');
  await printer.getByRole('button', { name: 'Home Voron 2.4' }).click();
  const dialog = page.getByRole('dialog', { name: 'Home Voron 2.4?' });
  await expect(dialog.getByRole('button', { name: 'Don’t home' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Home', exact: true }).click();
  await expect(result(page, 'Voron 2.4')).toHaveText('Homing started.');
  expect(await posted(stub, 'home')).toHaveLength(1);

  await printTo(stub, id, 10);
  await printer.getByRole('button', { name: 'Check Voron 2.4 now' }).click();
  await expect(statusOfCard(page, 'Voron 2.4')).toHaveText('Printing 10 %');
  await expect(printer.getByRole('button', { name: 'Home Voron 2.4' })).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a card with controls has no accessibility violations (${colorScheme})`, async ({ page, stub }) => {
    await page.emulateMedia({ colorScheme });
    await printing(page, stub, 'Voron 2.4', 'klipper');
    const printer = card(page, 'Voron 2.4');
    await printer.getByText('Set temperatures').click();
    await printer.getByLabel('Bed °C').fill('99');
    await printer.getByRole('button', { name: 'Set', exact: true }).click();
    await expect(result(page, 'Voron 2.4')).toContainText('75 °C');
    await printer.getByRole('button', { name: 'Pause Voron 2.4' }).click();
    await expect(result(page, 'Voron 2.4')).toHaveText('Paused.');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
    await printer.getByRole('button', { name: 'Cancel print Voron 2.4' }).click();
    const dialog = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(dialog.violations).toEqual([]);
  });
}
