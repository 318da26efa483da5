import * as z from 'zod/mini';
import type { Connection } from '../model';
import { secretsSchema } from '../store/schema';

/**
 * The backup file: every connection with its secrets in plain text. The dashboard exports it
 * (after a warning), imports it, and the callback page offers it when it cannot store.
 */
export const BACKUP_FORMAT = 'oe-dashboard-backup';

const optionalText = z.optional(z.string().check(z.maxLength(4096)));

export const backupConnectionSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9._~-]{1,200}$/)),
  url: z.string().check(z.minLength(1), z.maxLength(4096)),
  printerName: z.string().check(z.minLength(1), z.maxLength(4096)),
  label: optionalText,
  userPrinterAccessUrl: optionalText,
  printerLastKnownLocalIp: optionalText,
  printerId: optionalText,
  connectedAt: z.number(),
  updatedAt: z.optional(z.number()),
  secrets: secretsSchema,
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  connections: z.array(z.unknown()),
});

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
