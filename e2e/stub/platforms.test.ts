// The stub's printers, platform by platform, read through the app's own parsers (a contract test).
import { beforeEach, describe, expect, it } from 'vitest';
import { mapOctoPrint } from '../../src/api/octoprint-printer';
import { parsePluginStatus } from '../../src/api/plugin-status';
import type { StubConnection } from './client';
import { stubForTests } from './test-client';

const { control, connect, relay } = await stubForTests();
let connection: StubConnection;

const status = async (c = connection) => parsePluginStatus((await relay(c, '/octoeverywhere-command-api/status')).json);

async function octoprint(c = connection) {
  const [job, printer, version] = await Promise.all(['/api/job', '/api/printer', '/api/version'].map((p) => relay(c, p)));
  return mapOctoPrint({ job: job!, printer: printer!, version: version! });
}

beforeEach(async () => {
  connection = await connect({ octoPrintApiKeyAppName: 'Test' });
});

describe('stub printers', () => {
  it('OctoPrint (current plugin): the status answer is text/json, and both sources agree on a print', async () => {
    await control.startPrint(connection.id, { fileName: 'benchy.gcode', durationSec: 3600, warmup: false });
    await control.advanceClock(1512);
    const answer = await relay(connection, '/octoeverywhere-command-api/status');
    expect(answer.contentType).toBe('text/json');
    const plugin = parsePluginStatus(answer.json);
    expect(plugin).toMatchObject({ kind: 'ok', printer: { source: 'plugin', state: 'printing', progress: 42, timeLeftSec: 2088, fileName: 'benchy.gcode' } });
    expect(await octoprint()).toMatchObject({ kind: 'ok', printer: { source: 'octoprint', state: 'printing', progress: 42, timeLeftSec: 2088 } });
  });

  it('OctoPrint with an old plugin: 754 on every command path, the OctoPrint routes work', async () => {
    await control.setPrinter(connection.id, { platform: 'octoprint-old' });
    for (const path of ['status', 'ping', 'webcam/list']) {
      expect((await relay(connection, `/octoeverywhere-command-api/${path}`)).json).toMatchObject({ Status: 754 });
    }
    expect(await status()).toMatchObject({ kind: 'problem', problem: 'too-old', code: 754 });
    expect(await octoprint()).toMatchObject({ kind: 'ok', printer: { state: 'idle', platformVersion: '1.10.2' } });
  });

  it('Klipper: Plugin APIs with layers and lights; OctoPrint routes are 404', async () => {
    await control.setPrinter(connection.id, { platform: 'klipper' });
    await control.startPrint(connection.id, { fileName: 'cube.gcode', durationSec: 1000, layers: 200 });
    await control.advanceClock(400);
    const reading = await status();
    expect(reading).toMatchObject({ kind: 'ok', printer: { state: 'printing', totalLayers: 200, lights: [{ name: 'caselight', on: true }], features: 31 } });
    expect((await relay(connection, '/api/version')).status).toBe(404);
  });

  it('Bambu: Plugin APIs only, warming up with its temperatures', async () => {
    await control.setPrinter(connection.id, { platform: 'bambu' });
    await control.startPrint(connection.id, { fileName: 'plate_1.3mf', durationSec: 5400, bedC: 55 });
    await control.advanceClock(10);
    expect(await status()).toMatchObject({
      kind: 'ok',
      printer: { state: 'warming up', temperatures: { hotend: { actual: 51.5, target: 215 }, bed: { actual: 32, target: 55 } } },
    });
    for (const path of ['/api/job', '/api/version']) expect((await relay(connection, path)).status, path).toBe(404);
  });

  it('fates 785, 787, 789 and a cut-off body', async () => {
    const cases = [
      ['hostnotconnected', { kind: 'problem', problem: 'software-not-connected', code: 785 }],
      ['toomanyclients', { kind: 'problem', problem: 'busy', code: 787 }],
      ['noprintercredentials', { kind: 'problem', problem: 'cant-log-in', code: 789 }],
      ['malformed', { kind: 'malformed' }],
    ] as const;
    for (const [fate, expected] of cases) {
      await control.setConnection(connection.id, { fate });
      expect(await status(), fate).toMatchObject(expected);
    }
    await control.setConnection(connection.id, { fate: 'hostnotconnected' });
    expect(await octoprint()).toMatchObject({ kind: 'problem', problem: 'software-not-connected', code: 409 });
  });

  it('Gadget, webcams, and a control command through the command API', async () => {
    await control.startPrint(connection.id, { fileName: 'x.gcode', durationSec: 100, warmup: false });
    await control.setPrinter(connection.id, { gadget: { LastScore: 64, TimeSinceLastWarnSec: 5 }, webcams: null });
    const reading = await status();
    expect(reading.kind === 'ok' && reading.printer.gadget).toEqual({ lastScore: 64, scoreHistory: [64], secondsSinceLastScore: 0, intervalSec: 30, suppressed: false, secondsSinceLastWarn: 5 });
    expect(reading.kind === 'ok' && 'webcams' in reading.printer).toBe(false);
    expect((await relay(connection, '/octoeverywhere-command-api/pause', { method: 'POST', body: '{}' })).json).toEqual({ Status: 200, Result: {} });
    expect((await relay(connection, '/octoeverywhere-command-api/pause', { method: 'POST', body: '{}' })).json).toMatchObject({ Status: 786 });
    expect((await relay(connection, '/octoeverywhere-command-api/resume', { method: 'POST', body: 'not json' })).json).toMatchObject({ Status: 751 });
    expect(await status()).toMatchObject({ printer: { state: 'paused' } });
  });

  it('the request log shows the body each command was sent with', async () => {
    await control.clearRequests();
    await relay(connection, '/octoeverywhere-command-api/set-light', { method: 'POST', body: '{"Name":"Case","On":true}' });
    await relay(connection, '/octoeverywhere-command-api/status');
    const [post, get] = await control.requests();
    expect(post).toMatchObject({ method: 'POST', path: '/octoeverywhere-command-api/set-light', body: '{"Name":"Case","On":true}' });
    expect(get).not.toHaveProperty('body');
  });

  it('the command API needs the App Connection credentials but no OctoPrint key', async () => {
    const answer = await relay(connection, '/octoeverywhere-command-api/ping', { apiKey: false });
    expect(answer.json).toEqual({ Status: 200, Result: { Message: 'Pong' } });
    expect((await relay(connection, '/api/job', { apiKey: false })).status).toBe(403);
    expect((await relay({ ...connection, authBasicHttpPassword: 'wrong' }, '/octoeverywhere-command-api/status')).status).toBe(606);
  });

  it('rejects a bad printer patch or print with a message, and changes nothing', async () => {
    await expect(control.setPrinter(connection.id, { platform: 'prusa' as never })).rejects.toThrow(/bad value for printer.platform/);
    await expect(control.setPrinter(connection.id, { hotend: { heat: 1 } as never })).rejects.toThrow(/unknown key printer.hotend.heat/);
    await expect(control.startPrint(connection.id, { fileName: 'x' } as never)).rejects.toThrow(/missing key durationSec/);
    const [after] = await control.connections();
    expect(after?.printer).toEqual(connection.printer);
  });
});
