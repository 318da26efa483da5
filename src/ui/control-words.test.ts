import { describe, expect, it } from 'vitest';
import type { ControlRun } from '../state/controls';
import { busyWords, resultWords } from './control-words';

const run = (run: Partial<ControlRun> & Pick<ControlRun, 'result'>): ControlRun => ({ command: { command: 'pause' }, state: null, ...run });

describe('what came of a command, in words', () => {
  it.each<[string, ControlRun, string | null]>([
    ['still running', run({ result: null }), null],
    ['paused', run({ result: { kind: 'ok', result: null } }), 'Paused.'],
    ['cancelled', run({ command: { command: 'cancel' }, result: { kind: 'ok', result: null } }), 'Cancelled.'],
    ['a light', run({ command: { command: 'set-light', name: 'chamber', on: true }, result: { kind: 'ok', result: null } }), 'chamber light turned on.'],
    ['temperatures', run({ command: { command: 'set-temp', bedC: 60, toolC: 0 }, result: { kind: 'ok', result: null } }), 'Set: Bed 60 °C, Hotend 0 °C.'],
    ['786 with the state found', run({ state: 'idle', result: { kind: 'invalid-state', text: null } }), 'The printer is idle, so it can’t pause now.'],
    ['786, cancel, done printing', run({ command: { command: 'cancel' }, state: 'complete', result: { kind: 'invalid-state', text: null } }), 'The printer is done printing, so it can’t cancel a print now.'],
    ['786 without a state', run({ result: { kind: 'invalid-state', text: null } }), 'The printer’s state does not allow it to pause now.'],
    ['788', run({ command: { command: 'home' }, result: { kind: 'unsupported', text: 'Feature is not supported' } }), 'This printer can’t do that.'],
    ['plugin 400', run({ result: { kind: 'plugin-error', code: 400, text: 'Bed temperature cannot exceed 75.0°C' } }), 'The printer refused: “Bed temperature cannot exceed 75.0°C” (400).'],
    ['601', run({ result: { kind: 'service', outcome: { kind: 'printer-offline', code: 601 } } }), 'Printer offline: the printer is not connected to OctoEverywhere right now.'],
    ['604', run({ result: { kind: 'service', outcome: { kind: 'revoked', code: 604 } } }), 'Revoked: this App Connection was revoked or expired. Reconnect to use the printer here.'],
    ['600', run({ result: { kind: 'service', outcome: { kind: 'oe-error', code: 600, temporary: true } } }), 'OctoEverywhere error: it answered with an error (600).'],
    ['refused here', run({ result: { kind: 'refused', message: 'The bed can be set from 0 to 75 °C, not 80 °C.' } }), 'The bed can be set from 0 to 75 °C, not 80 °C.'],
  ])('%s', (_name, given, words) => {
    expect(resultWords(given)).toBe(words);
  });

  it('says what runs', () => {
    expect(busyWords({ command: 'resume' })).toBe('Resuming…');
    expect(busyWords({ command: 'set-light', name: 'caselight', on: false })).toBe('Turning off…');
  });
});
