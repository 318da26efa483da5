// The Plugin API's control commands on the simulated printer: state rules (786), features (788), limits (400).
import { failure as fail, success, type Args, type CommandAnswer } from './command-answer';
import { isActive } from './printer-sim';
import type { SimPrinter } from './types';

const ok = (): CommandAnswer => success();

/** Feature flags, as in the status answer's `Features`. */
const LIGHTS = 1;
const AXES = 2;
const HOMING = 4;
const EXTRUSION = 8;
const TEMPERATURE = 16;
/** The plugin's own safety limits. */
const MAX_C = { BedC: 75, ChamberC: 75, ToolC: 260 } as const;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const unsupported = (): CommandAnswer => fail(788, 'Feature is not supported on this platform.');

function setTemp(p: SimPrinter, args: Args): CommandAnswer {
  const wanted = (['BedC', 'ChamberC', 'ToolC'] as const).filter((k) => args[k] !== undefined && args[k] !== null);
  for (const k of wanted) if (!isNumber(args[k])) return fail(400, `Invalid ${k} type`);
  if (wanted.every((k) => !args[k])) return fail(400, 'At least one heater must be specified');
  for (const k of wanted) {
    if ((args[k] as number) > MAX_C[k]) return fail(400, `${k === 'ToolC' ? 'Tool' : k === 'BedC' ? 'Bed' : 'Chamber'} temperature cannot exceed ${MAX_C[k]}.0°C`);
  }
  if (wanted.includes('ChamberC') && !p.chamber) return fail(400, 'This printer has no chamber heater');
  if (wanted.includes('BedC')) p.bed.target = args.BedC as number;
  if (wanted.includes('ToolC')) p.hotend.target = args.ToolC as number;
  if (wanted.includes('ChamberC') && p.chamber) p.chamber.target = args.ChamberC as number;
  return ok();
}

function setLight(p: SimPrinter, args: Args): CommandAnswer {
  if (typeof args.Name !== 'string') return fail(400, 'No light name passed');
  if (typeof args.On !== 'boolean') return fail(400, 'No light on/off state passed');
  const light = p.lights?.find((l) => l.Name === args.Name);
  if (!light) return fail(400, `Unknown light ${args.Name}`);
  light.On = args.On;
  return ok();
}

/** The answer to a control command, or null when `command` is none of them. */
export function runControlCommand(p: SimPrinter, command: string, args: Args): CommandAnswer | null {
  const has = (flag: number): boolean => (p.features & flag) !== 0;
  switch (command) {
    case 'pause':
      if (p.state !== 'printing' && p.state !== 'warmingup') return fail(786, 'The printer is not printing.');
      p.state = 'paused';
      return ok();
    case 'resume':
      if (p.state !== 'paused') return fail(786, 'The printer is not paused.');
      p.state = 'resuming';
      return ok();
    case 'cancel':
      if (!isActive(p.state)) return fail(786, 'Nothing is printing.');
      Object.assign(p, { state: 'cancelled', subState: null, timeLeftSec: null });
      p.hotend.target = 0;
      p.bed.target = 0;
      return ok();
    case 'set-light':
      return has(LIGHTS) ? setLight(p, args) : unsupported();
    case 'set-temp':
      return has(TEMPERATURE) ? setTemp(p, args) : unsupported();
    case 'move-axis':
      if (!has(AXES)) return unsupported();
      if (!['X', 'Y', 'Z'].includes(String(args.Axis)) || !isNumber(args.DistanceMm)) return fail(400, 'Axis must be X, Y or Z and DistanceMm a number');
      return isActive(p.state) ? fail(786, 'The printer is printing.') : ok();
    case 'home':
      if (!has(HOMING)) return unsupported();
      return isActive(p.state) ? fail(786, 'The printer is printing.') : ok();
    case 'extrude':
      if (!has(EXTRUSION)) return unsupported();
      if (!Number.isInteger(args.Extruder) || !isNumber(args.DistanceMm)) return fail(400, 'Extruder must be an integer and DistanceMm a number');
      return isActive(p.state) ? fail(786, 'The printer is printing.') : ok();
    default:
      return null;
  }
}
