import { describe, expect, it } from 'vitest';
import type { Config } from '../config';
import { fakeConnection } from '../../test/support/fixtures';
import { fetchPrinterId, readPrinterId } from './plugin-info';

const config: Config = { origin: 'https://octoeverywhere.com', appId: 'devtest', appName: 'Dash', proxyPath: null, pollIntervalMs: 30000 };
const connection = fakeConnection('abc');

function deps(answer: (url: string, init: RequestInit) => Promise<Response>) {
  return { fetch: answer as typeof fetch, signal: new AbortController().signal, dashboardOrigin: 'https://dash.example' };
}

describe('readPrinterId', () => {
  it('reads PrinterId, whatever its key\'s case', () => {
    expect(readPrinterId({ PluginVersion: '3.1.0', PrinterId: 'ABC123xyz' })).toBe('ABC123xyz');
    expect(readPrinterId({ printerid: 'prn-mk4' })).toBe('prn-mk4');
  });

  it('refuses anything that is not a plain id', () => {
    for (const body of [null, 'x', {}, { PrinterId: '' }, { PrinterId: 42 }, { PrinterId: 'a&returnUrl=evil' }, { PrinterId: 'x'.repeat(129) }]) {
      expect(readPrinterId(body)).toBeNull();
    }
  });
});

describe('fetchPrinterId', () => {
  it('asks the plugin through the App Connection URL with the connection\'s credentials', async () => {
    const calls: { url: string; headers: Headers }[] = [];
    const id = await fetchPrinterId(
      connection,
      config,
      deps(async (url, init) => {
        calls.push({ url, headers: new Headers(init.headers) });
        return new Response(JSON.stringify({ PluginVersion: '3.1.0', PrinterId: 'PRN1' }));
      }),
    );
    expect(id).toBe('PRN1');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('https://app-abc.octoeverywhere.com/api/plugin/octoeverywhere');
    expect(calls[0]!.headers.get('Authorization')).toMatch(/^Basic /);
    expect(calls[0]!.headers.get('X-Api-Key')).toBe('SECRET-KEY-abc');
    expect(calls[0]!.headers.get('AppToken')).toBeNull();
  });

  it('is null when the plugin cannot say: an error status, or no answer', async () => {
    expect(await fetchPrinterId(connection, config, deps(async () => new Response('{"error":"Forbidden"}', { status: 403 })))).toBeNull();
    expect(await fetchPrinterId(connection, config, deps(() => Promise.reject(new TypeError('Failed to fetch'))))).toBeNull();
  });
});
