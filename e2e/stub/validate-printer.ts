// Checks for the simulated printer's control bodies: an unknown key or a bad value is an error (400).
import { isObject } from './http-util';
import { PLATFORMS, PRINTER_SIM_STATES, type PrinterPatch, type StartPrint } from './printer-types';

export type Check = (v: unknown) => boolean;

export const isBool: Check = (v) => typeof v === 'boolean';
export const isString: Check = (v) => typeof v === 'string';
export const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
export const orNull = (check: Check): Check => (v) => v === null || check(v);
export const oneOf = (...values: readonly string[]): Check => (v) => typeof v === 'string' && values.includes(v);
const atLeast = (min: number): Check => (v) => isNumber(v) && (v as number) >= min;
const count: Check = (v) => Number.isInteger(v) && (v as number) >= 0;
const percent: Check = (v) => isNumber(v) && (v as number) >= 0 && (v as number) <= 100;

/** The first problem in `body` against `checks`, or null. */
export function firstError(body: Record<string, unknown>, checks: Record<string, Check>, prefix = ''): string | null {
  for (const [key, value] of Object.entries(body)) {
    const check = checks[key];
    if (!check) return `unknown key ${prefix}${key}`;
    if (!check(value)) return `bad value for ${prefix}${key}: ${JSON.stringify(value)}`;
  }
  return null;
}

/** A check for an object whose keys follow `checks` (all of them when `complete`). */
function shape(checks: Record<string, Check>, complete = false): Check {
  return (v) => isObject(v) && firstError(v, checks) === null && (!complete || Object.keys(checks).every((k) => k in v));
}

const HEATER = { actual: isNumber, target: atLeast(0) };
const LIGHT = { Name: isString, On: isBool };
const WEBCAM = { Name: isString, FlipH: isBool, FlipV: isBool, Rotation: isNumber, Enabled: isBool };
const listOf = (check: Check): Check => (v) => Array.isArray(v) && v.every(check);

export const GADGET_FIELDS: Record<string, Check> = {
  LastScore: isNumber,
  ScoreHistory: listOf(isNumber),
  TimeSinceLastScoreSec: atLeast(0),
  IntervalSec: atLeast(0),
  IsSuppressed: isBool,
  TimeSinceLastWarnSec: orNull(atLeast(0)),
  TimeSinceLastPauseSec: orNull(atLeast(0)),
};

export const PRINTER_FIELDS: Record<string, Check> = {
  platform: oneOf(...PLATFORMS),
  state: oneOf(...PRINTER_SIM_STATES),
  subState: orNull(isString),
  errorText: orNull(isString),
  fileName: orNull(isString),
  progress: orNull(percent),
  elapsedSec: orNull(atLeast(0)),
  timeLeftSec: orNull(atLeast(0)),
  totalLayers: orNull(count),
  filamentMm: orNull(atLeast(0)),
  filamentMg: orNull(atLeast(0)),
  hotend: shape(HEATER),
  bed: shape(HEATER),
  chamber: orNull(shape(HEATER)),
  lights: orNull(listOf(shape(LIGHT, true))),
  webcams: orNull(listOf(shape(WEBCAM, true))),
  defaultWebcam: count,
  gadget: orNull(shape(GADGET_FIELDS)),
  printId: isString,
  features: count,
  platformVersion: isString,
};

const START_FIELDS: Record<string, Check> = {
  fileName: isString,
  durationSec: atLeast(1),
  layers: orNull(count),
  filamentMm: orNull(atLeast(0)),
  hotendC: atLeast(0),
  bedC: atLeast(0),
  warmup: isBool,
};

/** The patch, or a message saying what is wrong with it (nested keys named `printer.<key>`). */
export function validatePrinterPatch(body: Record<string, unknown>): PrinterPatch | string {
  for (const [key, checks] of [['gadget', GADGET_FIELDS], ['hotend', HEATER], ['bed', HEATER], ['chamber', HEATER]] as const) {
    const nested = body[key];
    if (isObject(nested)) {
      const error = firstError(nested, checks, `printer.${key}.`);
      if (error) return error;
    }
  }
  return firstError(body, PRINTER_FIELDS, 'printer.') ?? (body as PrinterPatch);
}

export function validateStartPrint(body: Record<string, unknown>): StartPrint | string {
  const missing = ['fileName', 'durationSec'].find((k) => !(k in body));
  if (missing) return `missing key ${missing}`;
  return firstError(body, START_FIELDS) ?? (body as unknown as StartPrint);
}
