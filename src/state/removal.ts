import { signal, type Signal } from '@preact/signals';
import { displayName, type Connection } from '../model';
import type { Connections } from './connections';

/** What the page says once a printer was removed: its card is gone, so the page says it instead. */
export interface RemovedNotice {
  name: string;
  /** The printer's page on OctoEverywhere, where its access can be revoked; null when unknown. */
  accessUrl: string | null;
}

export interface Removal {
  readonly notice: Signal<RemovedNotice | null>;
  /** Removes a printer from this browser and, once that is done, says so. */
  removePrinter(connection: Connection, accessUrl: string | null): Promise<void>;
  dismiss(): void;
}

export function createRemoval({ connections }: { connections: Connections }): Removal {
  const notice = signal<RemovedNotice | null>(null);
  return {
    notice,
    async removePrinter(connection, accessUrl) {
      if (await connections.remove(connection.id)) notice.value = { name: displayName(connection), accessUrl };
    },
    dismiss: () => (notice.value = null),
  };
}
