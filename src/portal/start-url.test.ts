import { describe, expect, it } from 'vitest';
import type { Config } from '../config';
import { buildReturnUrl, buildStartUrl } from './start-url';

const config: Config = { origin: 'https://octoeverywhere.com', appId: 'devtest', appName: 'Printer Dashboard', proxyPath: null, pollIntervalMs: 30000 };

describe('buildStartUrl', () => {
  it('starts the portal with the app id, an encoded returnUrl and an OctoPrint key request', () => {
    const returnUrl = buildReturnUrl('https://dash.example/app/', 'ab'.repeat(16));
    const url = new URL(buildStartUrl(config, { returnUrl }));
    expect(url.origin + url.pathname).toBe('https://octoeverywhere.com/appportal/v1/');
    expect(url.searchParams.get('appid')).toBe('devtest');
    expect(url.searchParams.get('returnUrl')).toBe(`https://dash.example/app/callback.html?attempt=${'ab'.repeat(16)}`);
    expect(url.searchParams.get('octoPrintApiKeyAppName')).toBe('Printer Dashboard');
    expect(url.searchParams.has('printerId')).toBe(false);
    // The dashboard's own logo, found beside the callback page wherever the dashboard is hosted.
    expect(url.searchParams.get('appLogoUrl')).toBe('https://dash.example/app/logo-200.png');
    expect(buildStartUrl(config, { returnUrl })).toContain('returnUrl=https%3A%2F%2Fdash.example%2Fapp%2Fcallback.html%3Fattempt%3D');
  });

  it('adds printerId and appLogoUrl, and can skip the OctoPrint key', () => {
    const url = new URL(
      buildStartUrl(config, { returnUrl: 'https://d.example/callback.html', printerId: 'P 1&2', appLogoUrl: 'https://d.example/logo.png', octoPrintApiKeyAppName: null }),
    );
    expect(url.searchParams.get('printerId')).toBe('P 1&2');
    expect(url.searchParams.get('appLogoUrl')).toBe('https://d.example/logo.png');
    expect(url.searchParams.has('octoPrintApiKeyAppName')).toBe(false);
  });

  it('sends the configured logo instead of its own when there is one', () => {
    const url = new URL(buildStartUrl({ ...config, appLogoUrl: 'https://cdn.example/mark.png' }, { returnUrl: 'https://d.example/callback.html' }));
    expect(url.searchParams.get('appLogoUrl')).toBe('https://cdn.example/mark.png');
  });

  it('refuses an OctoPrint key app name outside 2–60 characters', () => {
    expect(() => buildStartUrl(config, { returnUrl: 'https://d.example/', octoPrintApiKeyAppName: 'x' })).toThrow(RangeError);
    expect(() => buildStartUrl(config, { returnUrl: 'https://d.example/', octoPrintApiKeyAppName: 'x'.repeat(61) })).toThrow(RangeError);
  });
});
