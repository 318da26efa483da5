import * as z from 'zod/mini';
import type { Config } from '../config';
import type { Connection, ConnectionInfo } from '../model';
import { printerLink } from '../links';
import { answerOf, type NoAnswer } from './answers';
import { getAppApi, type ConnectionRequestDeps } from './connection-requests';
import { classifyStatus, type CodeMeaning } from './status-codes';

export type { ConnectionInfo };

/**
 * `GET /api/appconnection/info`. The docs show a flat body; real responses wrap it as
 * `{Status, Error, IsUserError, Result}`. Both are accepted, unknown fields are ignored, and any
 * field but `IsOnline` may be missing, null or of the wrong type: it then reads as null.
 */

const text = z.catch(z.nullable(z.string()), null);
const count = z.catch(z.nullable(z.number().check(z.nonnegative())), null);

const limitsSchema = z.looseObject({
  MaxDownloadFileSizeBytes: count,
  MaxUploadFileSizeBytes: count,
  MaxSingleWebcamStreamLengthSeconds: count,
  // Wrapped responses only; read but not used yet.
  MaxTotalWebcamStreamTimePerTimeWindowSeconds: count,
  WebcamStreamTimeWindow: z.catch(z.unknown(), null),
});

const bodySchema = z.looseObject({
  PrinterName: text,
  PrinterLocalIp: text,
  IsOnline: z.boolean(),
  LastDisconnectTimeUtc: text,
  LastConnectionTimeUtc: text,
  UserFacingPrinterUrl: text,
  PrinterLimits: z.catch(z.nullable(limitsSchema), null),
});

const wrapperSchema = z.looseObject({
  Status: z.catch(z.nullable(z.number()), null),
  Result: z.catch(z.nullable(z.unknown()), null),
});

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A wrapper is told apart from a flat body by its `Status` or `Result` key. */
function asWrapper(json: unknown): { status: number | null; result: unknown } | null {
  if (!isObject(json) || !('Status' in json || 'Result' in json) || 'IsOnline' in json) return null;
  const parsed = wrapperSchema.safeParse(json);
  return parsed.success ? { status: parsed.data.Status, result: parsed.data.Result } : null;
}

/**
 * The status code that counts: a wrapper can say 6xx inside an HTTP 200, and then its own
 * `Status` decides. Anything else keeps the HTTP status.
 */
export function infoStatus(httpStatus: number, json: unknown): number {
  if (httpStatus !== 200) return httpStatus;
  const wrapper = asWrapper(json);
  return wrapper?.status != null && Number.isInteger(wrapper.status) ? wrapper.status : httpStatus;
}

const nonEmpty = (value: string | null): string | null => (value && value.trim() !== '' ? value.trim() : null);

/**
 * The info, or null when the body has no usable `IsOnline` or the wrapper reports an error.
 * `origin` is the configured OctoEverywhere origin: the printer's page link must be on it.
 */
export function parseInfo(json: unknown, origin: string): ConnectionInfo | null {
  const wrapper = asWrapper(json);
  if (wrapper && wrapper.status !== null && wrapper.status !== 200) return null;
  const parsed = bodySchema.safeParse(wrapper ? wrapper.result : json);
  if (!parsed.success) return null;
  const body = parsed.data;
  const limits = body.PrinterLimits;
  return {
    printerName: nonEmpty(body.PrinterName),
    localIp: nonEmpty(body.PrinterLocalIp),
    isOnline: body.IsOnline,
    lastConnected: nonEmpty(body.LastConnectionTimeUtc),
    lastDisconnected: nonEmpty(body.LastDisconnectTimeUtc),
    userFacingUrl: printerLink(body.UserFacingPrinterUrl, origin) ?? null,
    limits: {
      maxDownloadBytes: limits?.MaxDownloadFileSizeBytes ?? null,
      maxUploadBytes: limits?.MaxUploadFileSizeBytes ?? null,
      maxWebcamStreamSeconds: limits?.MaxSingleWebcamStreamLengthSeconds ?? null,
    },
  };
}

export const INFO_PATH = '/api/appconnection/info';

/** What the info API said: the outcome of its status code, and the info when it sent some. */
export interface InfoAnswer {
  kind: 'info';
  outcome: CodeMeaning;
  /** Null on an error, or on a 200 whose body is unreadable (the relay then decides). */
  info: ConnectionInfo | null;
}

/** `GET /api/appconnection/info` with the connection's AppToken. */
export async function requestInfo(connection: Connection, config: Config, deps: ConnectionRequestDeps): Promise<InfoAnswer | NoAnswer> {
  return answerOf(async () => {
    const answer = await getAppApi(connection, config, INFO_PATH, deps);
    const outcome = classifyStatus(infoStatus(answer.status, answer.json));
    return { kind: 'info' as const, outcome, info: outcome.kind === 'ok' ? parseInfo(answer.json, config.origin) : null };
  });
}
