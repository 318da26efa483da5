import { describe, expect, it } from 'vitest';
import type { Config } from '../config';
import { fakeConnection } from '../../test/support/fixtures';
import { sendCommand, type ControlCommand } from './commands';

const RELAY = 'https://app-abc.octoeverywhere.com';
const direct: Config = { origin: 'https://octoeverywhere.com', appId: 'devtest', appName: 'Dash', proxyPath: null, pollIntervalMs: 30000 };
const connection = fakeConnection('abc', { url: RELAY });

interface Call {
  url: string;
  method: string | undefined;
  headers: Headers;
  body: unknown;
}

/** The Response constructor refuses 6xx; a network response may carry one. */
function reply(status: number, body: unknown = { Status: 200 }, type = 'text/json'): Response {
  const r = new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200, headers: { 'Content-Type': type } });
  Object.defineProperty(r, 'status', { value: status });
  return r;
}

function run(command: ControlCommand, answer: () => Promise<Response> = async () => reply(200), options: { config?: Config; signal?: AbortSignal; conn?: typeof connection } = {}) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    calls.push({ url: String(input), method: init?.method, headers: new Headers(init?.headers), body: JSON.parse(String(init?.body)) });
    return answer();
  };
  const result = sendCommand(options.conn ?? connection, options.config ?? direct, command, {
    fetch,
    signal: options.signal ?? new AbortController().signal,
    dashboardOrigin: 'https://dash.example.org',
    timeoutMs: 50,
  });
  return { result, calls };
}

describe('sendCommand: the request', () => {
  it.each<[ControlCommand, string, unknown]>([
    [{ command: 'pause' }, 'pause', {}],
    [{ command: 'resume' }, 'resume', {}],
    [{ command: 'cancel' }, 'cancel', {}],
    [{ command: 'home' }, 'home', {}],
    [{ command: 'set-light', name: 'Chamber', on: true }, 'set-light', { Name: 'Chamber', On: true }],
    [{ command: 'set-temp', bedC: 60, toolC: 215, toolNumber: 1 }, 'set-temp', { BedC: 60, ToolC: 215, ToolNumber: 1 }],
    [{ command: 'set-temp', chamberC: 0 }, 'set-temp', { ChamberC: 0 }],
  ])('%j posts to …/%s with body %j', async (command, path, body) => {
    const { result, calls } = run(command);
    await expect(result).resolves.toEqual({ kind: 'ok', result: null });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ url: `${RELAY}/octoeverywhere-command-api/${path}`, method: 'POST', body });
  });

  it('sends the relay credentials and JSON, never the AppToken', async () => {
    const { result, calls } = run({ command: 'pause' });
    await result;
    const headers = calls[0]!.headers;
    expect(headers.get('Authorization')).toBe(`Basic ${btoa('user-abc:SECRET-PASSWORD-abc')}`);
    expect(headers.get('X-Api-Key')).toBe('SECRET-KEY-abc');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(headers.get('AppToken')).toBeNull();
    expect(calls[0]!.url).not.toContain('SECRET');
  });

  it('sends a Bearer token, and no X-Api-Key without an OctoPrint key', async () => {
    const conn = fakeConnection('abc', { url: RELAY, secrets: { appApiToken: 'T', bearerToken: 'BEARER' } });
    const { result, calls } = run({ command: 'resume' }, undefined, { conn });
    await result;
    expect(calls[0]!.headers.get('Authorization')).toBe('Bearer BEARER');
    expect(calls[0]!.headers.has('X-Api-Key')).toBe(false);
  });

  it('goes through the proxy path in proxy mode', async () => {
    const { result, calls } = run({ command: 'cancel' }, undefined, { config: { ...direct, proxyPath: '/oe' } });
    await result;
    expect(calls[0]!.url).toBe('https://dash.example.org/oe/relay/app-abc.octoeverywhere.com/octoeverywhere-command-api/cancel');
  });

  it.each<[ControlCommand, string]>([
    [{ command: 'set-temp', bedC: 80 }, 'The bed can be set from 0 to 75 °C, not 80 °C.'],
    [{ command: 'set-temp', toolC: 300 }, 'The hotend can be set from 0 to 260 °C, not 300 °C.'],
    [{ command: 'set-temp' }, 'Give at least one temperature to set.'],
    [{ command: 'set-temp', toolC: 200, toolNumber: -1 }, 'The tool number must be a whole number, 0 or more.'],
  ])('refuses %j without a request', async (command, message) => {
    const { result, calls } = run(command);
    await expect(result).resolves.toEqual({ kind: 'refused', message });
    expect(calls).toHaveLength(0);
  });
});

describe('sendCommand: the answer', () => {
  it.each<[string, Response, unknown]>([
    ['Status 200 with a Result', reply(200, { Status: 200, Result: { Done: true } }), { kind: 'ok', result: { Done: true } }],
    ['the "Result:" spelling', reply(200, { Status: 200, 'Result:': { Done: 1 } }), { kind: 'ok', result: { Done: 1 } }],
    ['a Result without Status', reply(200, { Result: {} }, 'application/json'), { kind: 'ok', result: {} }],
    ['a numeric string Status', reply(200, { Status: '786', Error: 'Not printing' }), { kind: 'invalid-state', text: 'Not printing' }],
    ['786', reply(200, { Status: 786, Error: 'Invalid state' }), { kind: 'invalid-state', text: 'Invalid state' }],
    ['788', reply(200, { Status: 788 }), { kind: 'unsupported', text: null }],
    ['400 for set-temp over a limit', reply(200, { Status: 400, Error: ' Bed temp over 75 ' }), { kind: 'plugin-error', code: 400, text: 'Bed temp over 75' }],
    ['785', reply(200, { Status: 785, Error: 'Host not connected' }), { kind: 'plugin-error', code: 785, text: 'Host not connected' }],
    ['754', reply(200, { Status: 754, Error: '' }), { kind: 'plugin-error', code: 754, text: null }],
    ['a 6xx inside the envelope', reply(200, { Status: 601 }), { kind: 'service', outcome: { kind: 'printer-offline', code: 601 } }],
    ['HTTP 604', reply(604, { Status: 604, Error: 'Revoked' }), { kind: 'service', outcome: { kind: 'revoked', code: 604 } }],
    ['HTTP 609', reply(609, ''), { kind: 'service', outcome: { kind: 'limit', code: 609, temporary: true } }],
    ['HTTP 400 carrying the plugin’s envelope', reply(400, { Status: 400, Error: 'Too hot' }), { kind: 'plugin-error', code: 400, text: 'Too hot' }],
    ['a gateway’s plain 502', reply(502, 'Bad Gateway', 'text/plain'), { kind: 'service', outcome: { kind: 'oe-error', code: 502, temporary: true } }],
    ['HTTP 404 (a plugin without the route)', reply(404, 'Not found', 'text/html'), { kind: 'service', outcome: { kind: 'oe-error', code: 404, temporary: false } }],
    ['a 200 that is not JSON', reply(200, '<html>', 'text/html'), { kind: 'unreadable' }],
    ['a 200 without the envelope', reply(200, { Message: 'Pong' }), { kind: 'unreadable' }],
    ['a 200 with an empty body', reply(200, ''), { kind: 'unreadable' }],
  ])('%s', async (_name, response, expected) => {
    await expect(run({ command: 'pause' }, async () => response).result).resolves.toEqual(expected);
  });

  it('reads a failed fetch as unreachable', async () => {
    await expect(run({ command: 'pause' }, () => Promise.reject(new TypeError('Failed to fetch'))).result).resolves.toEqual({ kind: 'unreachable', detail: 'network' });
  });

  it('gives up after the deadline', async () => {
    // Never answers, but honours its signal as the platform's fetch does.
    const fetch: typeof globalThis.fetch = (_input, init) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const result = sendCommand(connection, direct, { command: 'pause' }, { fetch, signal: new AbortController().signal, dashboardOrigin: 'x', timeoutMs: 20 });
    await expect(result).resolves.toEqual({ kind: 'unreachable', detail: 'timeout' });
  });

  it('rejects with the caller’s reason when the caller aborts', async () => {
    const controller = new AbortController();
    const reason = new Error('card went away');
    controller.abort(reason);
    await expect(run({ command: 'pause' }, () => Promise.reject(new DOMException('aborted', 'AbortError')), { signal: controller.signal }).result).rejects.toBe(reason);
  });
});
