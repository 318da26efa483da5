import type { Connection } from '../model';
import { broadcast } from '../portal/messages';
import { rememberPrinterId } from '../store/printer-id';
import type { Connections } from './connections';

export interface PrinterIds {
  /** Asks `connection`'s plugin for its printer id, once per page load, unless the record has one. */
  learn(connection: Connection, ask: (connection: Connection) => Promise<string | null>): void;
}

/**
 * Learns each connection's OctoEverywhere printer id from its plugin, once per page load, the
 * first time it is seen online without one, and keeps it on the record: Reconnect then asks the
 * portal for that very printer. One question at a time, outside the status checks' budget; the
 * list is re-read once a run of answers is stored, not after each.
 */
export function createPrinterIds({ connections }: { connections: Connections }): PrinterIds {
  const asked = new Set<string>();
  let queue: Promise<void> = Promise.resolve();
  let pending = 0;
  let changed = false;
  return {
    learn(connection, ask) {
      if (connection.printerId || asked.has(connection.id)) return;
      asked.add(connection.id);
      pending += 1;
      queue = queue.then(async () => {
        try {
          const printerId = await ask(connection);
          if (printerId && (await rememberPrinterId(connection.id, printerId))) changed = true;
        } catch {
          // Unknown stays unknown: Reconnect then lets the portal suggest a printer, as before.
        }
        pending -= 1;
        if (pending === 0 && changed) {
          changed = false;
          broadcast({ type: 'oe-connections-changed' });
          await connections.reload();
        }
      });
    },
  };
}
