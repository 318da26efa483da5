import * as z from 'zod/mini';
import type { Secrets } from '../model';

/**
 * The records this dashboard keeps in IndexedDB, versioned by `v` so that a later version can
 * migrate an older record on read instead of dropping it.
 */
export const CONNECTION_PREFIX = 'conn:';
export const ATTEMPT_PREFIX = 'attempt:';
export const connectionKey = (id: string): string => `${CONNECTION_PREFIX}${id}`;
export const attemptKey = (nonce: string): string => `${ATTEMPT_PREFIX}${nonce}`;

const text = z.string().check(z.minLength(1), z.maxLength(4096));
const optionalText = z.optional(z.string().check(z.maxLength(4096)));

const sealedSchema = z.object({
  iv: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
  data: z.custom<ArrayBuffer>((value) => value instanceof ArrayBuffer),
});

export const connectionRecordSchema = z.object({
  v: z.literal(1),
  id: text,
  url: text,
  printerName: text,
  label: optionalText,
  userPrinterAccessUrl: optionalText,
  printerLastKnownLocalIp: optionalText,
  printerId: optionalText,
  connectedAt: z.number(),
  updatedAt: z.number(),
  sealed: sealedSchema,
});
export type ConnectionRecord = z.infer<typeof connectionRecordSchema>;

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

export const attemptOutcomeSchema = z.enum(['connected', 'declined', 'rejected']);
export type AttemptOutcome = z.infer<typeof attemptOutcomeSchema>;

export const attemptRecordSchema = z.object({
  v: z.literal(1),
  nonce: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
  createdAt: z.number(),
  expiresAt: z.number(),
  /** `tab`: the dashboard itself went to the portal, and shows the result when it comes back. */
  mode: z.enum(['popup', 'tab']),
  /** Reconnect: the connection the new one replaces once stored. */
  replaces: optionalText,
  printerId: optionalText,
  result: z.optional(
    z.object({
      outcome: attemptOutcomeSchema,
      at: z.number(),
      connectionId: optionalText,
      printerName: optionalText,
      reason: optionalText,
    }),
  ),
});
export type AttemptRecord = z.infer<typeof attemptRecordSchema>;

/** Reads a stored connection record of any known version, or null if it is none. */
export function readConnectionRecord(raw: unknown): ConnectionRecord | null {
  const parsed = connectionRecordSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
