import * as z from 'zod/mini';
import type { Secrets } from '../model';
import type { ConnectionRecord } from './records';

/**
 * The zod schemas the dashboard reads stored connections with. A record that fails is shown as
 * damaged and kept, never deleted by the dashboard: a newer version may know how to read it.
 */
const text = z.string().check(z.minLength(1), z.maxLength(4096));

/**
 * A point in time as epoch milliseconds that a Date can hold: a whole, non-negative number up to
 * 8.64e15 (the end of Date's range). Beyond it `new Date(ms).toISOString()` throws, and a card that
 * shows the date would fail. The one bound for stored records and backup entries alike.
 */
export const epochMs = z.int().check(z.gte(0), z.lte(8.64e15));
/** An absolute http(s) address: a record whose App Connection URL is anything else cannot be used. */
const address = text.check(
  z.refine((value: string) => {
    try {
      return ['https:', 'http:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'is not an address'),
);
const optionalText = z.optional(z.string().check(z.maxLength(4096)));

const sealedSchema = z.object({
  iv: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
  data: z.custom<ArrayBuffer>((value) => value instanceof ArrayBuffer),
});

const connectionRecordSchema = z.object({
  v: z.literal(1),
  id: text,
  url: address,
  printerName: text,
  label: optionalText,
  userPrinterAccessUrl: optionalText,
  printerLastKnownLocalIp: optionalText,
  printerId: optionalText,
  connectedAt: epochMs,
  updatedAt: epochMs,
  sealed: sealedSchema,
});

export const secretsSchema = z
  .object({
    appApiToken: text,
    basicUser: optionalText,
    basicPassword: optionalText,
    bearerToken: optionalText,
    octoPrintApiKey: optionalText,
  })
  .check(
    z.refine(
      (s: Secrets) => Boolean((s.basicUser && s.basicPassword) || s.bearerToken),
      'a connection needs Basic or Bearer credentials',
    ),
  );

/** Reads a stored connection record of any known version, or null if it is none. */
export function readConnectionRecord(raw: unknown): ConnectionRecord | null {
  const parsed = connectionRecordSchema.safeParse(raw);
  return parsed.success ? (parsed.data as ConnectionRecord) : null;
}
