import { describe, expect, it } from 'vitest';
import { PRINTER_STATES, type PrinterState } from '../printer/model';
import { actionAllowed, checkTemperatureLimits, type ControlAction } from './command-rules';

const STATES: PrinterState[] = [...PRINTER_STATES];
const ALL_FEATURES = 1 | 2 | 4 | 8 | 16;

/** The states in which each action is offered, with every feature present. */
const OFFERED: Record<ControlAction, PrinterState[]> = {
  pause: ['printing'],
  resume: ['paused'],
  cancel: ['warming up', 'printing', 'paused', 'resuming'],
  home: ['idle', 'complete', 'cancelled', 'error'],
  'set-light': STATES,
  'set-temp': STATES,
};

describe('actionAllowed', () => {
  for (const [action, offered] of Object.entries(OFFERED) as [ControlAction, PrinterState[]][]) {
    it(`offers ${action} while ${offered.join(', ')} only`, () => {
      const allowed = STATES.filter((state) => actionAllowed({ state, features: ALL_FEATURES }, action));
      expect(allowed).toEqual(offered);
    });
  }

  it.each<[ControlAction, number]>([
    ['set-light', 1],
    ['home', 4],
    ['set-temp', 16],
  ])('offers %s only with Features bit %i', (action, bit) => {
    expect(actionAllowed({ state: 'idle', features: bit }, action)).toBe(true);
    expect(actionAllowed({ state: 'idle', features: ALL_FEATURES & ~bit }, action)).toBe(false);
    expect(actionAllowed({ state: 'idle' }, action)).toBe(false);
  });

  it('offers pause, resume and cancel whatever the Features say', () => {
    expect(actionAllowed({ state: 'printing', features: 0 }, 'pause')).toBe(true);
    expect(actionAllowed({ state: 'paused' }, 'resume')).toBe(true);
    expect(actionAllowed({ state: 'paused' }, 'cancel')).toBe(true);
  });
});

describe('checkTemperatureLimits', () => {
  it.each([
    [{ bedC: 0 }, { bedC: 0 }],
    [{ bedC: 75, chamberC: 75, toolC: 260 }, { bedC: 75, chamberC: 75, toolC: 260 }],
    [{ toolC: 215.5, bedC: null }, { toolC: 215.5 }],
  ])('accepts %j', (input, temperatures) => {
    expect(checkTemperatureLimits(input)).toEqual({ ok: true, temperatures });
  });

  it.each([
    [{ bedC: 75.1 }, 'The bed can be set from 0 to 75 °C, not 75.1 °C.'],
    [{ chamberC: 76 }, 'The chamber can be set from 0 to 75 °C, not 76 °C.'],
    [{ toolC: 261 }, 'The hotend can be set from 0 to 260 °C, not 261 °C.'],
    [{ toolC: -5 }, 'The hotend can be set from 0 to 260 °C, not -5 °C.'],
    [{ bedC: Number.NaN }, 'The bed temperature must be a number.'],
    [{ toolC: Number.POSITIVE_INFINITY }, 'The hotend temperature must be a number.'],
    [{ bedC: '60' }, 'The bed temperature must be a number.'],
    [{}, 'Give at least one temperature to set.'],
    [{ bedC: 90, toolC: 300 }, 'The bed can be set from 0 to 75 °C, not 90 °C. The hotend can be set from 0 to 260 °C, not 300 °C.'],
    [{ bedC: 60, toolC: 300 }, 'The hotend can be set from 0 to 260 °C, not 300 °C.'],
  ])('refuses %j in words', (input, message) => {
    expect(checkTemperatureLimits(input)).toEqual({ ok: false, message });
  });
});
