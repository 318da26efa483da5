import { describe, expect, it } from 'vitest';
import { supporterPerksUrl } from './config';
import { loadConfig } from './config-schema';

describe('loadConfig', () => {
  it('defaults to the production origin and the public test app id', () => {
    const result = loadConfig({});
    expect(result).toEqual({
      ok: true,
      config: { origin: 'https://octoeverywhere.com', appId: 'devtest', appName: 'Printer Dashboard', proxyPath: null, pollIntervalMs: 30000, webcamRefreshMs: 10000 },
    });
  });

  it('normalises the origin and accepts http only on loopback', () => {
    expect(loadConfig({ VITE_OE_ORIGIN: 'https://OctoEverywhere.com/' })).toMatchObject({ ok: true, config: { origin: 'https://octoeverywhere.com' } });
    expect(loadConfig({ VITE_OE_ORIGIN: 'http://localhost:4300' })).toMatchObject({ ok: true, config: { origin: 'http://localhost:4300' } });
    const plain = loadConfig({ VITE_OE_ORIGIN: 'http://octoeverywhere.com' });
    expect(plain).toMatchObject({ ok: false, problems: [{ variable: 'VITE_OE_ORIGIN' }] });
  });

  it.each([
    ['not a url', 'is not an absolute URL'],
    ['https://octoeverywhere.com/path', 'no path'],
    ['https://user:pw@octoeverywhere.com', 'user name'],
    ['ftp://octoeverywhere.com', 'https'],
  ])('names the variable and the problem for origin %s', (origin, words) => {
    const result = loadConfig({ VITE_OE_ORIGIN: origin });
    if (result.ok) throw new Error('accepted');
    expect(result.problems[0]?.variable).toBe('VITE_OE_ORIGIN');
    expect(result.problems[0]?.message).toContain(words);
  });

  it('reports every bad variable at once', () => {
    const result = loadConfig({ VITE_OE_APP_ID: 'has space', VITE_OE_PROXY_PATH: 'oe/', VITE_OE_POLL_INTERVAL_MS: '10' });
    if (result.ok) throw new Error('accepted');
    expect(result.problems.map((p) => p.variable)).toEqual(['VITE_OE_APP_ID', 'VITE_OE_PROXY_PATH', 'VITE_OE_POLL_INTERVAL_MS']);
  });

  it('takes a webcam refresh interval of at least a second', () => {
    expect(loadConfig({ VITE_WEBCAM_REFRESH_MS: '2500' })).toMatchObject({ ok: true, config: { webcamRefreshMs: 2500 } });
    for (const [value, words] of [['999', 'at least 1000 ms'], ['10s', 'whole number of milliseconds'], ['-5000', 'whole number']] as const) {
      const result = loadConfig({ VITE_WEBCAM_REFRESH_MS: value });
      if (result.ok) throw new Error(`accepted ${value}`);
      expect(result.problems).toEqual([{ variable: 'VITE_WEBCAM_REFRESH_MS', message: expect.stringContaining(words) }]);
    }
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ VITE_OE_ORIGIN: '', VITE_OE_APP_ID: '  ' })).toMatchObject({ ok: true, config: { appId: 'devtest' } });
  });

  it('derives the supporter perks link with the app id', () => {
    const result = loadConfig({ VITE_OE_APP_ID: 'my-app' });
    if (!result.ok) throw new Error('rejected');
    expect(supporterPerksUrl(result.config)).toBe('https://octoeverywhere.com/appportal/v1/nosupporterperks?appid=my-app');
  });

  it('takes an app logo URL only as absolute https, or http on localhost', () => {
    expect(loadConfig({ VITE_APP_LOGO_URL: 'https://cdn.example/logo.png' })).toMatchObject({ ok: true, config: { appLogoUrl: 'https://cdn.example/logo.png' } });
    expect(loadConfig({ VITE_APP_LOGO_URL: 'http://localhost:4173/logo-200.png' })).toMatchObject({ ok: true });
    for (const [logo, words] of [['http://cdn.example/logo.png', 'https'], ['logo.png', 'absolute'], ['https://u:p@cdn.example/l.png', 'user name']] as const) {
      const result = loadConfig({ VITE_APP_LOGO_URL: logo });
      if (result.ok) throw new Error(`accepted ${logo}`);
      expect(result.problems[0]).toMatchObject({ variable: 'VITE_APP_LOGO_URL' });
      expect(result.problems[0]?.message).toContain(words);
    }
  });
});
