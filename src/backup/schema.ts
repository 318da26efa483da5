import * as z from 'zod/mini';
import { epochMs, secretsSchema } from '../store/schema';
import { BACKUP_FORMAT } from './format';

/** The zod schemas a backup file is read with; the dashboard loads them only to import. */
const optionalText = z.optional(z.string().check(z.maxLength(4096)));

export const backupConnectionSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9._~-]{1,200}$/)),
  url: z.string().check(z.minLength(1), z.maxLength(4096)),
  printerName: z.string().check(z.minLength(1), z.maxLength(4096)),
  label: optionalText,
  userPrinterAccessUrl: optionalText,
  printerLastKnownLocalIp: optionalText,
  printerId: optionalText,
  connectedAt: epochMs,
  updatedAt: z.optional(epochMs),
  secrets: secretsSchema,
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  connections: z.array(z.unknown()),
});

