import { describe, expect, it } from 'vitest';
import type { Config } from '../config';
import { appApiUrl, relayUrl } from './endpoints';

const base: Config = { origin: 'https://octoeverywhere.com', appId: 'devtest', appName: 'Dash', proxyPath: null, pollIntervalMs: 30000 };
const proxied: Config = { ...base, proxyPath: '/oe' };
const dash = 'https://dash.example.org';
const conn = 'https://app-abc123.octoeverywhere.com';

describe('appApiUrl', () => {
  it('calls the origin directly without a proxy path', () => {
    expect(appApiUrl(base, '/api/appconnection/info', dash)).toBe('https://octoeverywhere.com/api/appconnection/info');
  });
  it('goes through the dashboard origin with a proxy path', () => {
    expect(appApiUrl(proxied, '/api/appconnection/info', dash)).toBe('https://dash.example.org/oe/api/appconnection/info');
  });
});

describe('relayUrl', () => {
  it('appends the path to the connection URL directly', () => {
    expect(relayUrl(base, conn, '/api/version', dash)).toBe('https://app-abc123.octoeverywhere.com/api/version');
    expect(relayUrl(base, `${conn}/`, '/api/job', dash)).toBe('https://app-abc123.octoeverywhere.com/api/job');
  });
  it('puts the relay host (with its port) into the proxy path', () => {
    expect(relayUrl(proxied, conn, '/api/version', dash)).toBe('https://dash.example.org/oe/relay/app-abc123.octoeverywhere.com/api/version');
    expect(relayUrl(proxied, 'http://app-x.localhost:4301', '/api/job', 'http://localhost:5173')).toBe(
      'http://localhost:5173/oe/relay/app-x.localhost:4301/api/job',
    );
  });
});
