/**
 * What a printer is doing, in one shape for every platform (Plugin APIs, or OctoPrint's own routes
 * as the fallback). Plain data: no Preact, no fetch. A field the source did not give (or gave as a
 * placeholder) is absent, never zero: "an omitted measurement does not mean zero".
 */

export const PRINTER_STATES = ['idle', 'warming up', 'printing', 'paused', 'resuming', 'complete', 'cancelled', 'error', 'unknown'] as const;
export type PrinterState = (typeof PRINTER_STATES)[number];

/** One heater in °C. A target of 0 means the heater is off. */
export interface Heater {
  actual?: number;
  target?: number;
}

export interface Temperatures {
  hotend?: Heater;
  bed?: Heater;
  chamber?: Heater;
}

export interface Light {
  name: string;
  on?: boolean;
}

/** Gadget, OctoEverywhere's AI failure detection, as the plugin reports it for the current print. */
export interface Gadget {
  /** The most recent score; absent before Gadget scored this print. */
  lastScore?: number;
  /** Most recent first. */
  scoreHistory: number[];
  secondsSinceLastScore?: number;
  intervalSec?: number;
  /** Gadget was told not to watch this print. */
  suppressed: boolean;
  /** Absent when Gadget has not warned about this print. */
  secondsSinceLastWarn?: number;
  /** Absent when Gadget has not paused this print. */
  secondsSinceLastPause?: number;
}

export interface Webcam {
  /** Position in the plugin's list: the `index` of the webcam snapshot and stream routes. */
  index: number;
  name?: string;
  flipH: boolean;
  flipV: boolean;
  /** Degrees clockwise. */
  rotation: 0 | 90 | 180 | 270;
  enabled: boolean;
}

export interface Webcams {
  defaultIndex: number;
  list: Webcam[];
}

/** Which source answered: the Plugin APIs, or OctoPrint's routes for a plugin too old to have them. */
export type PrinterSource = 'plugin' | 'octoprint';

export interface PrinterModel {
  source: PrinterSource;
  state: PrinterState;
  /** The platform's own word when `state` is 'unknown' (or a detail the mapping dropped). */
  rawState?: string;
  /** User-facing detail of the state, e.g. a calibration step or a pause reason. */
  subState?: string;
  errorText?: string;
  /** Percent, 0–100. */
  progress?: number;
  elapsedSec?: number;
  timeLeftSec?: number;
  fileName?: string;
  currentLayer?: number;
  totalLayers?: number;
  filamentMm?: number;
  filamentMg?: number;
  temperatures: Temperatures;
  lights?: Light[];
  gadget?: Gadget;
  /** OctoEverywhere's id of the most recent print: changes when a new print starts. */
  printId?: string;
  webcams?: Webcams;
  /** Bitmask of optional controls; see the helpers below. */
  features?: number;
  platformVersion?: string;
}

/** The Plugin API feature flags (docs: "Feature Flags"). */
export const FEATURE = { lights: 1, axisMovement: 2, homing: 4, extrusion: 8, temperature: 16 } as const;

const has = (model: Pick<PrinterModel, 'features'>, flag: number): boolean => ((model.features ?? 0) & flag) !== 0;
export const canControlLights = (m: Pick<PrinterModel, 'features'>): boolean => has(m, FEATURE.lights);
export const canMoveAxes = (m: Pick<PrinterModel, 'features'>): boolean => has(m, FEATURE.axisMovement);
export const canHome = (m: Pick<PrinterModel, 'features'>): boolean => has(m, FEATURE.homing);
export const canExtrude = (m: Pick<PrinterModel, 'features'>): boolean => has(m, FEATURE.extrusion);
export const canSetTemperature = (m: Pick<PrinterModel, 'features'>): boolean => has(m, FEATURE.temperature);

/** States in which a print is under way (started and not finished). */
export function isPrintActive(state: PrinterState): boolean {
  return state === 'warming up' || state === 'printing' || state === 'paused' || state === 'resuming';
}

/** A copy without the keys whose value is undefined: absent means absent, also for toStrictEqual. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const finite = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/**
 * One heater from a reading and a target, either possibly missing. Platforms that lack a heater
 * (or a sensor) send 0.0 for it: a reading of exactly 0 °C is taken as "not reported", and a
 * heater with neither a reading nor a target is absent.
 */
export function heater(actual: number | null | undefined, target: number | null | undefined): Heater | undefined {
  const a = finite(actual) && actual !== 0 ? actual : undefined;
  const t = finite(target) && target >= 0 ? target : undefined;
  if (a === undefined && !t) return undefined;
  return compact({ actual: a, target: t });
}

/** Percent clamped to 0–100 (floats overshoot by rounding); absent when not a number. */
export function percent(value: number | null | undefined): number | undefined {
  return finite(value) ? Math.min(100, Math.max(0, value)) : undefined;
}

/** Whole seconds ≥ 0; absent when missing, negative, or beyond int32 (plugins cap bogus estimates there). */
export function seconds(value: number | null | undefined): number | undefined {
  return finite(value) && value >= 0 && value < 2_147_483_000 ? Math.round(value) : undefined;
}

/** A positive count or measure; 0 is how platforms say "unknown" for these. */
export function positive(value: number | null | undefined): number | undefined {
  return finite(value) && value > 0 ? value : undefined;
}

/** Trimmed text, absent when empty. */
export function text(value: string | null | undefined): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return trimmed === '' ? undefined : trimmed;
}
