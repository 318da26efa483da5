// Checks control-endpoint patches key by key: an unknown key or a bad value is an error (400).
import { PLATFORMS } from './printer-types';
import { FATES, type ConnectionPatch, type SettingsPatch } from './types';
import { isObject } from './http-util';
import { firstError, isBool, isNumber, isString, oneOf, orNull, validatePrinterPatch, type Check } from './validate-printer';

const isPrinters: Check = (v) => {
  if (!Array.isArray(v) || v.length === 0) return false;
  const keys = (p: Record<string, unknown>) => Object.keys(p).every((k) => k === 'id' || k === 'name' || k === 'platform');
  const platform = oneOf(...PLATFORMS);
  const ok = v.every((p) => isObject(p) && typeof p.id === 'string' && p.id !== '' && typeof p.name === 'string' && keys(p) && (p.platform === undefined || platform(p.platform)));
  return ok && new Set(v.map((p: { id: string }) => p.id)).size === v.length;
};

const SETTINGS: Record<string, Check> = {
  portalOutcome: oneOf('interactive', 'authorize', 'decline'),
  keySpelling: oneOf('lower', 'camel'),
  appendMode: oneOf('query', 'question', 'fragment'),
  urlOverride: orNull(isString),
  extraParams: (v) => isObject(v) && Object.values(v).every(isString),
  coop: isBool,
  cors: isBool,
  credentials: oneOf('basic', 'bearer', 'both', 'none'),
  octoPrintApiKey: isBool,
  responseShape: oneOf('flat', 'wrapped'),
  printers: isPrinters,
};

const GADGET: Record<string, Check> = {
  State: (v) => Number.isInteger(v),
  Status: isString,
  StatusColor: isString,
  Rating: isNumber,
};

const OCTOPRINT: Record<string, Check> = {
  state: oneOf('Operational', 'Printing', 'Paused', 'Error', 'Disconnected'),
  tool0: isNumber,
  bed: isNumber,
  completion: orNull(isNumber),
  fileName: orNull(isString),
  printTimeLeft: orNull(isNumber),
};

const WEBCAM: Record<string, Check> = {
  limitReached: isBool,
  fps: (v) => isNumber(v) && (v as number) >= 1 && (v as number) <= 60,
  contentLength: isBool,
  maxStreamSec: orNull((v) => Number.isInteger(v) && (v as number) >= 0),
};

const CONNECTION: Record<string, Check> = {
  fate: oneOf(...FATES),
  delayMs: (v) => isNumber(v) && (v as number) >= 0 && (v as number) <= 600_000,
  printerName: isString,
  gadget: (v) => isObject(v) && firstError(v, GADGET, 'gadget.') === null,
  octoprint: (v) => isObject(v) && firstError(v, OCTOPRINT, 'octoprint.') === null,
  printer: (v) => isObject(v) && typeof validatePrinterPatch(v) !== 'string',
  webcam: (v) => isObject(v) && firstError(v, WEBCAM, 'webcam.') === null,
};

/** The patch, or a message saying what is wrong with it. */
export function validateSettingsPatch(body: Record<string, unknown>): SettingsPatch | string {
  return firstError(body, SETTINGS) ?? (body as SettingsPatch);
}

export function validateConnectionPatch(body: Record<string, unknown>): ConnectionPatch | string {
  for (const [key, checks] of [['gadget', GADGET], ['octoprint', OCTOPRINT], ['webcam', WEBCAM]] as const) {
    const nested = body[key];
    if (isObject(nested)) {
      const error = firstError(nested, checks, `${key}.`);
      if (error) return error;
    }
  }
  if (isObject(body.printer)) {
    const printer = validatePrinterPatch(body.printer);
    if (typeof printer === 'string') return printer;
  }
  return firstError(body, CONNECTION) ?? (body as ConnectionPatch);
}
