import type { Connection } from '../model';

/**
 * The backup file: every connection with its secrets in plain text. The dashboard exports it
 * (after a warning), imports it, and the callback page offers it when it cannot store.
 */
export const BACKUP_FORMAT = 'oe-dashboard-backup';

export function toBackup(connections: Connection[], now = new Date()): string {
  return JSON.stringify(
    { format: BACKUP_FORMAT, version: 1, exportedAt: now.toISOString(), connections },
    null,
    2,
  );
}

export function backupFileName(now = new Date()): string {
  return `printer-connections-${now.toISOString().slice(0, 10)}.json`;
}
