import type { Connection, Secrets } from '../model';

/**
 * The backup file: every connection with its secrets in plain text. The dashboard exports it
 * (after a warning), imports it, and the callback page offers it when it cannot store.
 */
export const BACKUP_FORMAT = 'oe-dashboard-backup';

/** Every field of `Secrets` a backup entry carries, in the order the import plan names them. */
export const SECRET_KEYS = ['appApiToken', 'basicUser', 'basicPassword', 'bearerToken', 'octoPrintApiKey'] as const satisfies readonly (keyof Secrets)[];

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
