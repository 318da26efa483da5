import type { UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeConnection as connection } from '../../test/support/fixtures';
import { freshStore, testDatabaseName } from '../../test/support/store';
import { createAttempt, readAttempt } from './attempts';
import { replaceOldCard } from './edit';
import { finishAttempt, samePrinter } from './finish-attempt';
import { listConnections, saveConnection } from './connections';
import { rememberPrinterId } from './printer-id';

const nonce = (n: number) => n.toString(16).padStart(32, '0');

let store: UseStore;
let storeName = '';
beforeEach(() => {
  storeName = testDatabaseName();
  store = freshStore(storeName);
});
/** The same database as another page would open it: no key cached, read from storage. */
const fresh = () => freshStore(storeName);

async function cards(): Promise<[string, string | undefined][]> {
  return (await listConnections(store)).connections.map((c) => [c.id, c.label]);
}

describe('samePrinter', () => {
  it('compares printer ids when both are known, else names', () => {
    expect(samePrinter({ printerId: 'p1', printerName: 'A' }, { printerId: 'p1', printerName: 'B' })).toBe(true);
    expect(samePrinter({ printerId: 'p1', printerName: 'A' }, { printerId: 'p2', printerName: 'A' })).toBe(false);
    expect(samePrinter({ printerId: 'p1', printerName: 'A' }, { printerName: 'A' })).toBe(true);
    expect(samePrinter({ printerName: 'Prusa Mini' }, { printerName: 'Prusa MK4' })).toBe(false);
  });
});

describe('finishAttempt: replace or add', () => {
  it('Reconnect that picked another printer keeps the old card and says which', async () => {
    await saveConnection(connection('mini', { printerName: 'Prusa Mini', label: 'Garage' }), store);
    await createAttempt({ nonce: nonce(1), mode: 'popup', replaces: 'mini' }, 0, store);
    await finishAttempt(nonce(1), { outcome: 'connected', connection: connection('mk4', { printerName: 'Prusa MK4', connectedAt: 5000 }) }, 1, store);
    expect(await cards()).toEqual([['mini', 'Garage'], ['mk4', undefined]]);
    expect((await readAttempt(nonce(1), store))?.result).toMatchObject({ printerName: 'Prusa MK4', kept: { id: 'mini', name: 'Garage' } });
  });

  it('Reconnect of the same printer takes the old card\'s place and local name', async () => {
    await saveConnection(connection('first', { printerName: 'Voron', connectedAt: 100 }), store);
    await saveConnection(connection('mini', { printerName: 'Prusa Mini', label: 'Garage', connectedAt: 200 }), store);
    await saveConnection(connection('last', { printerName: 'Ender', connectedAt: 300 }), store);
    await createAttempt({ nonce: nonce(2), mode: 'popup', replaces: 'mini' }, 0, store);
    await finishAttempt(nonce(2), { outcome: 'connected', connection: connection('mini2', { printerName: 'Prusa Mini', connectedAt: 9000 }) }, 1, store);
    expect(await cards()).toEqual([['first', undefined], ['mini2', 'Garage'], ['last', undefined]]);
    const result = (await readAttempt(nonce(2), store))?.result;
    expect(result?.kept).toBeUndefined();
    expect(result?.duplicate).toBeUndefined();
  });

  it('a new Connect of a printer that has a card keeps both and names the old one', async () => {
    await saveConnection(connection('mk4', { printerName: 'Prusa MK4', label: 'Desk' }), store);
    await createAttempt({ nonce: nonce(3), mode: 'popup' }, 0, store);
    await finishAttempt(nonce(3), { outcome: 'connected', connection: connection('mk4b', { printerName: 'Prusa MK4', connectedAt: 5000 }) }, 1, store);
    expect(await cards()).toEqual([['mk4', 'Desk'], ['mk4b', undefined]]);
    expect((await readAttempt(nonce(3), store))?.result?.duplicate).toEqual({ id: 'mk4', name: 'Desk' });

    // Only the user's answer replaces it: the new card then takes the old one's place and name.
    await replaceOldCard('mk4', 'mk4b', 6000, store);
    const [only] = (await listConnections(store)).connections;
    expect(only).toMatchObject({ id: 'mk4b', label: 'Desk', connectedAt: 1000, updatedAt: 6000 });
  });

  it('a new Connect of another printer is simply added', async () => {
    await saveConnection(connection('mk4', { printerName: 'Prusa MK4' }), store);
    await createAttempt({ nonce: nonce(4), mode: 'popup' }, 0, store);
    await finishAttempt(nonce(4), { outcome: 'connected', connection: connection('voron', { printerName: 'Voron', connectedAt: 5000 }) }, 1, store);
    expect((await readAttempt(nonce(4), store))?.result?.duplicate).toBeUndefined();
    expect((await cards()).map(([id]) => id)).toEqual(['mk4', 'voron']);
  });
});

describe('finishAttempt: sealing inside its one transaction', () => {
  it('in a browser with no key yet makes one, and the dashboard reads the connection with it', async () => {
    await createAttempt({ nonce: nonce(5), mode: 'popup' }, 0, store);
    const voron = connection('voron', { printerName: 'Voron' });
    expect((await finishAttempt(nonce(5), { outcome: 'connected', connection: voron }, 1, store)).status).toBe('finished');
    expect(await listConnections(store)).toEqual({ connections: [voron], unreadable: [] });
  });

  it('two tabs storing at once in a browser with no key share one key: both connections read back', async () => {
    await createAttempt({ nonce: nonce(6), mode: 'popup' }, 0, store);
    await createAttempt({ nonce: nonce(7), mode: 'tab' }, 0, store);
    const [a, b] = [connection('a', { printerName: 'A' }), connection('b', { printerName: 'B' })];
    await Promise.all([
      finishAttempt(nonce(6), { outcome: 'connected', connection: a }, 1, store),
      finishAttempt(nonce(7), { outcome: 'connected', connection: b }, 1, freshStore(storeName)),
    ]);
    expect(await listConnections(store)).toEqual({ connections: [a, b], unreadable: [] });
  });

  it('with a key already stored, seals with that key', async () => {
    await saveConnection(connection('first', { printerName: 'First' }), store);
    await createAttempt({ nonce: nonce(8), mode: 'popup' }, 0, store);
    await finishAttempt(nonce(8), { outcome: 'connected', connection: connection('second', { printerName: 'Second', connectedAt: 2000 }) }, 1, store);
    expect((await listConnections(fresh())).connections.map((c) => c.id)).toEqual(['first', 'second']);
  });
});

describe('rememberPrinterId', () => {
  it('adds the printer id to a stored connection, and nothing to a removed one', async () => {
    await saveConnection(connection('a'), store);
    expect(await rememberPrinterId('a', 'PRN1', store)).toBe(true);
    expect(await rememberPrinterId('a', 'PRN1', store)).toBe(false);
    expect((await listConnections(store)).connections[0]).toMatchObject({ id: 'a', printerId: 'PRN1', secrets: connection('a').secrets });
    expect(await rememberPrinterId('gone', 'PRN2', store)).toBe(false);
    expect(await listConnections(store)).toMatchObject({ connections: [{ id: 'a' }], unreadable: [] });
  });
});
