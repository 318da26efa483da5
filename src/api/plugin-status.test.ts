import { describe, expect, it } from 'vitest';
import type { PrinterModel } from '../printer/model';
import { classifyPluginCode, parsePluginStatus } from './plugin-status';
import { BAMBU_WARMING, DOCS_EXAMPLE, OCTOPRINT_IDLE, PRUSA_PAUSED } from '../../test/support/plugin-status-answers';

function printerOf(json: unknown): PrinterModel {
  const reading = parsePluginStatus(json);
  if (reading.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(reading)}`);
  return reading.printer;
}

const withJob = (job: Record<string, unknown>, rest: Record<string, unknown> = {}) => ({ Status: 200, Result: { JobStatus: job, ...rest } });

describe('parsePluginStatus: the documented example', () => {
  it('maps every field', () => {
    expect(printerOf(DOCS_EXAMPLE)).toStrictEqual({
      source: 'plugin',
      state: 'printing',
      progress: 42.5,
      elapsedSec: 3600,
      timeLeftSec: 4800,
      fileName: 'example-print',
      currentLayer: 62,
      totalLayers: 145,
      filamentMm: 12345,
      filamentMg: 9876,
      temperatures: {
        hotend: { actual: 219.8, target: 220 },
        bed: { actual: 60.1, target: 60 },
        chamber: { actual: 38.2, target: 40 },
      },
      lights: [{ name: 'chamber', on: true }],
      gadget: { lastScore: 7.5, scoreHistory: [7.5, 8], secondsSinceLastScore: 35, intervalSec: 40, suppressed: false },
      printId: 'a-print-id',
      webcams: { defaultIndex: 0, list: [] },
      features: 31,
      platformVersion: '1.0.0',
    });
  });

  it('reads the "Result:" key spelling of one published example, and keys in other cases', () => {
    const { Result, ...rest } = DOCS_EXAMPLE;
    expect(printerOf({ ...rest, 'Result:': Result })).toStrictEqual(printerOf(DOCS_EXAMPLE));
    expect(printerOf({ status: 200, result: Result })).toStrictEqual(printerOf(DOCS_EXAMPLE));
  });
});

describe('parsePluginStatus: platforms', () => {
  it('OctoPrint idle: a Gadget that never scored has no score, and zeros that mean "none" are absent', () => {
    const printer = printerOf(OCTOPRINT_IDLE);
    expect(printer).toMatchObject({ state: 'idle', progress: 0, elapsedSec: 0, features: 30, platformVersion: '1.10.2' });
    for (const key of ['timeLeftSec', 'fileName', 'currentLayer', 'totalLayers', 'filamentMm', 'printId', 'lights', 'subState', 'errorText']) {
      expect(printer, key).not.toHaveProperty(key);
    }
    expect(printer.gadget).toStrictEqual({ scoreHistory: [], intervalSec: 30, suppressed: false });
    expect(printer.temperatures).toStrictEqual({ hotend: { actual: 24.1, target: 0 }, bed: { actual: 23.4, target: 0 } });
  });

  it('OctoPrint idle: webcams keep their index, flips, rotation and enabled flag', () => {
    expect(printerOf(OCTOPRINT_IDLE).webcams).toStrictEqual({
      defaultIndex: 1,
      list: [
        { index: 0, name: 'Nozzle cam', flipH: true, flipV: false, rotation: 90, enabled: true },
        { index: 1, name: 'Room', flipH: false, flipV: true, rotation: 0, enabled: false },
      ],
    });
  });

  it('Bambu warming up: OctoEverywhereStatus null, ListWebcams {}, a capped time left and "0.0.0" read as unknown', () => {
    const printer = printerOf(BAMBU_WARMING);
    expect(printer).toMatchObject({ state: 'warming up', subState: 'Heatbed preheating', fileName: 'Benchy.3mf', features: 17 });
    for (const key of ['gadget', 'webcams', 'timeLeftSec', 'platformVersion', 'currentLayer', 'totalLayers', 'printId']) {
      expect(printer, key).not.toHaveProperty(key);
    }
    expect(printer.lights).toStrictEqual([{ name: 'chamber', on: false }]);
    expect(printer.temperatures).toStrictEqual({ hotend: { actual: 140.2, target: 220 }, bed: { actual: 41.5, target: 55 } });
  });

  it('PrusaLink paused: a 0.0 bed reading and zero filament are "not reported", Features 0 is "no controls"', () => {
    const printer = printerOf(PRUSA_PAUSED);
    expect(printer).toMatchObject({ state: 'paused', subState: 'Filament runout', progress: 61.25, timeLeftSec: 3300, features: 0 });
    expect(printer.temperatures).toStrictEqual({ hotend: { actual: 170, target: 170 } });
    expect(printer).not.toHaveProperty('filamentMm');
    expect(printer).not.toHaveProperty('filamentMg');
    expect(printer).not.toHaveProperty('lights');
  });
});

describe('parsePluginStatus: states and odd fields', () => {
  it('knows every documented state, in any case, and keeps an unknown one as rawState', () => {
    const states: [string, PrinterModel['state']][] = [
      ['idle', 'idle'],
      ['warmingup', 'warming up'],
      ['WarmingUp', 'warming up'],
      ['printing', 'printing'],
      ['paused', 'paused'],
      ['resuming', 'resuming'],
      ['complete', 'complete'],
      ['cancelled', 'cancelled'],
      ['error', 'error'],
    ];
    for (const [raw, state] of states) expect(printerOf(withJob({ State: raw })).state, raw).toBe(state);
    expect(printerOf(withJob({ State: 'calibrating' }))).toMatchObject({ state: 'unknown', rawState: 'calibrating' });
    expect(printerOf(withJob({ State: null }))).toStrictEqual({ source: 'plugin', state: 'unknown', temperatures: {} });
    expect(printerOf(withJob({}))).toStrictEqual({ source: 'plugin', state: 'unknown', temperatures: {} });
  });

  it('keeps the error text of an error state', () => {
    expect(printerOf(withJob({ State: 'error', Error: ' Nozzle clog detected ' }))).toMatchObject({ state: 'error', errorText: 'Nozzle clog detected' });
  });

  it('reads a field of the wrong type as absent, without losing the others', () => {
    const job = { State: 'printing', CurrentPrint: { Progress: '42', DurationSec: 60, TimeLeftSec: -5, FileName: 7, Temps: 'hot' } };
    const printer = printerOf(withJob(job, { Features: 'all', PlatformVersion: 3, ListWebcams: { Webcams: 'none' } }));
    expect(printer).toStrictEqual({ source: 'plugin', state: 'printing', elapsedSec: 60, temperatures: {} });
  });

  it('clamps progress, drops bad lights and webcams, and normalises rotation and the default index', () => {
    const job = { State: 'printing', CurrentPrint: { Progress: 100.004 }, Lights: [{ Name: 'led' }, { On: true }, null, { Name: '', On: true }] };
    const webcams = { DefaultIndex: 5, Webcams: [{ Name: 'A', Rotation: -90 }, 'junk', { Rotation: 45, Enabled: null }] };
    const printer = printerOf(withJob(job, { ListWebcams: webcams }));
    expect(printer.progress).toBe(100);
    expect(printer.lights).toStrictEqual([{ name: 'led' }]);
    expect(printer.webcams).toStrictEqual({
      defaultIndex: 0,
      list: [
        { index: 0, name: 'A', flipH: false, flipV: false, rotation: 270, enabled: true },
        { index: 2, flipH: false, flipV: false, rotation: 0, enabled: true },
      ],
    });
  });

  it('reads Gadget warnings and pauses, and suppression', () => {
    const oe = { Gadget: { LastScore: 80, ScoreHistory: [80, 20], TimeSinceLastScoreSec: 5, IsSuppressed: true, TimeSinceLastWarnSec: 120, TimeSinceLastPauseSec: 30 } };
    expect(printerOf(withJob({ State: 'paused' }, { OctoEverywhereStatus: oe })).gadget).toStrictEqual({
      lastScore: 80,
      scoreHistory: [80, 20],
      secondsSinceLastScore: 5,
      suppressed: true,
      secondsSinceLastWarn: 120,
      secondsSinceLastPause: 30,
    });
  });
});

describe('parsePluginStatus: plugin codes', () => {
  const codes: [number, string][] = [
    [750, 'temporary'],
    [751, 'temporary'],
    [752, 'temporary'],
    [753, 'temporary'],
    [754, 'too-old'],
    [785, 'software-not-connected'],
    [786, 'invalid-state'],
    [787, 'busy'],
    [788, 'unsupported'],
    [789, 'cant-log-in'],
    [400, 'temporary'],
    [500, 'temporary'],
    [799, 'temporary'],
  ];

  it('turns every code into its problem, with the code and the plugin\'s text', () => {
    for (const [code, problem] of codes) {
      expect(classifyPluginCode(code), String(code)).toBe(problem);
      expect(parsePluginStatus({ Status: code, Error: 'Host not connected' })).toStrictEqual({ kind: 'problem', problem, code, text: 'Host not connected' });
    }
  });

  it('leaves the text out when the plugin sent none', () => {
    expect(parsePluginStatus({ Status: 785 })).toStrictEqual({ kind: 'problem', problem: 'software-not-connected', code: 785 });
    expect(parsePluginStatus({ Status: '787', Error: '  ' })).toStrictEqual({ kind: 'problem', problem: 'busy', code: 787 });
  });
});

describe('parsePluginStatus: malformed answers', () => {
  it('is a typed error, never a throw', () => {
    const bad: unknown[] = [null, undefined, 'Pong', 42, [], {}, { Status: 'ok' }, { Status: 200 }, { Status: 200, Result: null }, { Status: 200, Result: [] }, { Status: 200, Result: {} }, { Status: 200, Result: { JobStatus: null } }, { Message: 'Pong' }];
    for (const json of bad) {
      const reading = parsePluginStatus(json);
      expect(reading.kind, JSON.stringify(json)).toBe('malformed');
      if (reading.kind === 'malformed') expect(reading.reason).toMatch(/^The printer status answer /);
    }
  });

  it('accepts a Result without a Status', () => {
    expect(parsePluginStatus({ Result: DOCS_EXAMPLE.Result }).kind).toBe('ok');
  });
});
