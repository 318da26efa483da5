import { describe, expect, it } from 'vitest';
import type { Config } from '../src/config';
import { contentSecurityPolicy, securityHeaders } from './security-headers';

const config: Config = { origin: 'https://octoeverywhere.com', appId: 'devtest', appName: 'Dash', proxyPath: null, pollIntervalMs: 30000 };

describe('securityHeaders', () => {
  it('forbids framing in the header, where frame-ancestors works, and leaves it out of the meta tag', () => {
    expect(securityHeaders(config)['Content-Security-Policy']).toBe(`${contentSecurityPolicy(config)}; frame-ancestors 'none'`);
    expect(contentSecurityPolicy(config)).not.toContain('frame-ancestors');
  });

  it('sends no sniffing and no Referer', () => {
    expect(securityHeaders(config)).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
  });

  it('limits connect-src to this origin in proxy mode, and adds the OctoEverywhere hosts when direct', () => {
    expect(contentSecurityPolicy({ ...config, proxyPath: '/oe' })).toContain("connect-src 'self';");
    expect(contentSecurityPolicy(config)).toContain("connect-src 'self' https://octoeverywhere.com https://*.octoeverywhere.com;");
  });
});
