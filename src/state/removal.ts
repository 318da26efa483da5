import { signal } from '@preact/signals';
import { displayName, type Connection } from '../model';
import { removeConnection } from './connections';

/** What the page says once a printer was removed: its card is gone, so the page says it instead. */
export interface RemovedNotice {
  name: string;
  /** The printer's page on OctoEverywhere, where its access can be revoked; null when unknown. */
  accessUrl: string | null;
}

export const removedNotice = signal<RemovedNotice | null>(null);

/** Removes a printer from this browser and, once that is done, says so. */
export async function removePrinter(connection: Connection, accessUrl: string | null): Promise<void> {
  if (await removeConnection(connection.id)) removedNotice.value = { name: displayName(connection), accessUrl };
}

export function dismissRemovedNotice(): void {
  removedNotice.value = null;
}
