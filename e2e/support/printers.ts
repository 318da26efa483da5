import type { Page } from '@playwright/test';
import type { StubControl } from '../stub/client.ts';
import type { Platform } from '../stub/printer-types.ts';
import { connectPrinter } from './fixtures.ts';

/** Connects one printer of the given platform through the portal; returns its stub connection id. */
export async function connectPlatform(page: Page, stub: StubControl, name: string, platform: Platform): Promise<string> {
  const settings = await stub.getSettings();
  const others = settings.printers.filter((p) => p.name !== name);
  await stub.settings({ printers: [...others, { id: `prn-${name.toLowerCase().replace(/\W+/g, '-')}`, name, platform }] });
  await connectPrinter(page, name);
  const connection = (await stub.connections()).find((c) => c.printerName === name);
  if (!connection) throw new Error(`the stub has no connection for ${name}`);
  return connection.id;
}

/** Starts a print and moves the stub's clock (every printer's) until it is `percent` done. */
export async function printTo(stub: StubControl, id: string, percent: number, job = { fileName: 'benchy.gcode', durationSec: 6000, layers: 200 }): Promise<void> {
  await stub.startPrint(id, { ...job, warmup: false });
  await stub.advanceClock((job.durationSec * percent) / 100);
}
