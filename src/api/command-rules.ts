import { canControlLights, canHome, canSetTemperature, isPrintActive, type PrinterModel } from '../printer/model';

/**
 * What a card may offer before anything is sent: which controls the printer's state and its
 * `Features` allow, and the service's temperature limits, refused in words.
 */

export type ControlAction = 'pause' | 'resume' | 'cancel' | 'home' | 'set-light' | 'set-temp';

/**
 * Whether to offer `action` for a printer in `state` with these `Features`:
 * - Pause while printing only. Not while warming up: most firmware runs the heat-up as one
 *   blocking command and pauses only after it, which reads as "nothing happened"; Cancel is offered.
 * - Resume while paused.
 * - Cancel while a print is under way: warming up, printing, paused or resuming.
 * - Home only when the printer says it can (bit 4) and no print is under way; not in an
 *   unknown state, which could be a print.
 * - Lights (bit 1) and temperatures (bit 16) whenever the printer says it can, print or not.
 * The plugin still has the last word: 786 when the state changed in between.
 */
export function actionAllowed(printer: Pick<PrinterModel, 'state' | 'features'>, action: ControlAction): boolean {
  const { state } = printer;
  switch (action) {
    case 'pause':
      return state === 'printing';
    case 'resume':
      return state === 'paused';
    case 'cancel':
      return isPrintActive(state);
    case 'home':
      return canHome(printer) && !isPrintActive(state) && state !== 'unknown';
    case 'set-light':
      return canControlLights(printer);
    case 'set-temp':
      return canSetTemperature(printer);
  }
}

/** The service's safety limits for `set-temp`, in °C; 0 turns a heater off. */
export const TEMPERATURE_LIMITS = { bedC: 75, chamberC: 75, toolC: 260 } as const;

type Heater = keyof typeof TEMPERATURE_LIMITS;
const HEATER_WORDS: Record<Heater, string> = { bedC: 'bed', chamberC: 'chamber', toolC: 'hotend' };

/** Values as a form may hand them over: undefined or null means "leave that heater alone". */
export type TemperatureInput = Partial<Record<Heater, unknown>>;

export type TemperatureCheck = { ok: true; temperatures: Partial<Record<Heater, number>> } | { ok: false; message: string };

/** Refuses, in words, a value that is not a number or lies outside 0 to the limit; and an empty request. */
export function checkTemperatureLimits(input: TemperatureInput): TemperatureCheck {
  const problems: string[] = [];
  const temperatures: Partial<Record<Heater, number>> = {};
  for (const heater of Object.keys(TEMPERATURE_LIMITS) as Heater[]) {
    const value = input[heater];
    if (value === undefined || value === null) continue;
    const limit = TEMPERATURE_LIMITS[heater];
    const words = HEATER_WORDS[heater];
    if (typeof value !== 'number' || !Number.isFinite(value)) problems.push(`The ${words} temperature must be a number.`);
    else if (value < 0 || value > limit) problems.push(`The ${words} can be set from 0 to ${limit} °C, not ${value} °C.`);
    else temperatures[heater] = value;
  }
  if (problems.length > 0) return { ok: false, message: problems.join(' ') };
  if (Object.keys(temperatures).length === 0) return { ok: false, message: 'Give at least one temperature to set.' };
  return { ok: true, temperatures };
}
