import { defaultGetStore } from './database';
import { updateConnectionRecord } from './edit';
import { StoreError } from './errors';

/**
 * Remembers the OctoEverywhere printer id a connection's plugin reported, so Reconnect can ask the
 * portal for that printer. The secrets are untouched; a connection removed meanwhile stays removed.
 * Returns whether anything changed.
 */
export async function rememberPrinterId(id: string, printerId: string, customStore = defaultGetStore()): Promise<boolean> {
  let changed = false;
  try {
    await updateConnectionRecord(
      id,
      (record) => {
        changed = record.printerId !== printerId;
        return { ...record, printerId };
      },
      customStore,
    );
  } catch (error) {
    if (error instanceof StoreError && error.kind === 'corrupt') return false;
    throw error;
  }
  return changed;
}
