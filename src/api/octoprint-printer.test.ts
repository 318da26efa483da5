import { describe, expect, it } from 'vitest';
import type { PrinterModel } from '../printer/model';
import { mapOctoPrint, type OctoPrintAnswers } from './octoprint-printer';

// Shapes from OctoPrint's REST API docs (job, printer, version).
const PRINTING_JOB = {
  job: {
    file: { name: 'benchy.gcode', display: 'Benchy (0.2 mm).gcode', origin: 'local', size: 1234567, date: 1700000000 },
    estimatedPrintTime: 6770,
    filament: { tool0: { length: 810.5, volume: 1.9 }, tool1: null },
  },
  progress: { completion: 42.4, filepos: 523456, printTime: 2870, printTimeLeft: 3900, printTimeLeftOrigin: 'estimate' },
  state: 'Printing',
};
const IDLE_JOB = {
  job: { file: { name: null, origin: null, size: null, date: null }, estimatedPrintTime: null, filament: null },
  progress: { completion: null, filepos: null, printTime: null, printTimeLeft: null, printTimeLeftOrigin: null },
  state: 'Operational',
};
const FLAGS = { operational: true, paused: false, printing: false, cancelling: false, pausing: false, sdReady: true, error: false, ready: true, closedOrError: false };
const printerBody = (text: string, flags: Partial<typeof FLAGS> = {}, tool0Target: number | null = 220) => ({
  temperature: { tool0: { actual: 214.9, target: tool0Target, offset: 0 }, bed: { actual: 59.8, target: 60.0, offset: 0 } },
  sd: { ready: true },
  state: { text, flags: { ...FLAGS, ...flags } },
});
const VERSION = { api: '0.1', server: '1.10.2', text: 'OctoPrint 1.10.2' };
const ok = (json: unknown) => ({ status: 200, json });

function printerOf(answers: OctoPrintAnswers): PrinterModel {
  const reading = mapOctoPrint(answers);
  if (reading.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(reading)}`);
  return reading.printer;
}

describe('mapOctoPrint', () => {
  it('maps a printing job with temperatures and the version', () => {
    const answers = { job: ok(PRINTING_JOB), printer: ok(printerBody('Printing', { printing: true, ready: false })), version: ok(VERSION) };
    expect(printerOf(answers)).toStrictEqual({
      source: 'octoprint',
      state: 'printing',
      progress: 42.4,
      elapsedSec: 2870,
      timeLeftSec: 3900,
      fileName: 'Benchy (0.2 mm).gcode',
      filamentMm: 810.5,
      temperatures: { hotend: { actual: 214.9, target: 220 }, bed: { actual: 59.8, target: 60 } },
      platformVersion: '1.10.2',
    });
  });

  it('maps an idle printer whose job fields are all null; a null target is absent', () => {
    const printer = printerOf({ job: ok(IDLE_JOB), printer: ok(printerBody('Operational', {}, null)) });
    expect(printer).toStrictEqual({
      source: 'octoprint',
      state: 'idle',
      temperatures: { hotend: { actual: 214.9 }, bed: { actual: 59.8, target: 60 } },
    });
  });

  it('works from /api/job alone: temperatures and version unknown', () => {
    expect(printerOf({ job: ok(PRINTING_JOB) })).toMatchObject({ state: 'printing', temperatures: {} });
    expect(printerOf({ job: ok(PRINTING_JOB), printer: { status: 500, json: null }, version: null })).not.toHaveProperty('platformVersion');
    expect(printerOf({ job: ok(PRINTING_JOB), printer: ok({ temperature: 'x' }) }).temperatures).toStrictEqual({});
  });

  it('reads OctoPrint\'s state words and flags', () => {
    const cases: [string, Partial<typeof FLAGS>, Partial<PrinterModel>][] = [
      ['Operational', {}, { state: 'idle' }],
      ['Printing', { printing: true }, { state: 'printing' }],
      ['Printing from SD', { printing: true }, { state: 'printing' }],
      ['Starting', {}, { state: 'printing', subState: 'Starting' }],
      ['Finishing', { printing: true }, { state: 'printing', subState: 'Finishing' }],
      ['Pausing', { pausing: true, paused: false }, { state: 'paused', subState: 'Pausing' }],
      ['Paused', { paused: true }, { state: 'paused' }],
      ['Resuming', { printing: true }, { state: 'resuming' }],
      ['Cancelling', { cancelling: true }, { state: 'cancelled', subState: 'Cancelling' }],
      ['Error: Thermal runaway', { error: true, closedOrError: true }, { state: 'error', errorText: 'Thermal runaway' }],
      ['Offline after error', { error: true, closedOrError: true, operational: false }, { state: 'error', errorText: 'Offline after error' }],
      ['Detecting serial connection', { operational: false, ready: false }, { state: 'unknown', rawState: 'Detecting serial connection' }],
    ];
    for (const [text, flags, expected] of cases) {
      const printer = printerOf({ job: ok({ ...IDLE_JOB, state: text }), printer: ok(printerBody(text, { ready: false, ...flags })) });
      expect(printer, text).toMatchObject(expected);
      // The job answer alone gives the same state.
      expect(printerOf({ job: ok({ ...IDLE_JOB, state: text }) }).state, `${text} (job only)`).toBe(expected.state);
    }
  });

  it('prefers the job\'s own error text', () => {
    const job = { ...IDLE_JOB, state: 'Error', error: 'Printer halted: kill() called' };
    expect(printerOf({ job: ok(job) })).toMatchObject({ state: 'error', errorText: 'Printer halted: kill() called' });
    expect(printerOf({ job: ok({ ...IDLE_JOB, state: 'Error' }) })).toStrictEqual({ source: 'octoprint', state: 'error', temperatures: {} });
  });

  it('reads a finished job (Operational at 100 %) as complete', () => {
    const done = { ...PRINTING_JOB, state: 'Operational', progress: { ...PRINTING_JOB.progress, completion: 100, printTimeLeft: 0 } };
    expect(printerOf({ job: ok(done) })).toMatchObject({ state: 'complete', progress: 100, timeLeftSec: 0 });
  });

  it('clamps completion and drops odd values', () => {
    const odd = { ...PRINTING_JOB, progress: { completion: 100.0001, printTime: '1', printTimeLeft: -1 }, job: { file: 'benchy' } };
    const printer = printerOf({ job: ok(odd) });
    expect(printer.progress).toBe(100);
    for (const key of ['elapsedSec', 'timeLeftSec', 'fileName', 'filamentMm']) expect(printer, key).not.toHaveProperty(key);
  });

  it('409 from /api/printer, and an Offline printer, mean the printer software is not connected (as 785)', () => {
    const problem = { kind: 'problem', problem: 'software-not-connected', code: 409 };
    const offlineJob = ok({ ...IDLE_JOB, state: 'Offline' });
    expect(mapOctoPrint({ job: offlineJob, printer: { status: 409, json: null } })).toStrictEqual(problem);
    expect(mapOctoPrint({ job: offlineJob })).toStrictEqual(problem);
    expect(mapOctoPrint({ job: ok(IDLE_JOB), printer: ok(printerBody('Closed', { operational: false, ready: false, closedOrError: true })) })).toStrictEqual(problem);
  });

  it('a job answer that is not one is a typed error, never a throw', () => {
    for (const json of [null, 'Printing', 3, [], {}, { state: '' }, { state: 7 }, { job: PRINTING_JOB.job }]) {
      expect(mapOctoPrint({ job: ok(json) }), JSON.stringify(json)).toStrictEqual({ kind: 'malformed', reason: 'The OctoPrint job answer is not readable.' });
    }
    expect(mapOctoPrint({ job: { status: 404, json: { error: 'Not found' } } })).toStrictEqual({ kind: 'malformed', reason: 'OctoPrint answered 404 to the job request.' });
  });
});
