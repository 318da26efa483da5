import type { Plugin } from 'vite';
import type { Config } from '../src/config';

/**
 * The Content-Security-Policy both pages carry: no inline script, nothing loaded from elsewhere,
 * and `connect-src` limited to this origin, the OctoEverywhere origin and its App Connection hosts.
 */
export function contentSecurityPolicy(config: Config): string {
  const origin = new URL(config.origin);
  const appHosts = `${origin.protocol}//*.${origin.host}`;
  const connect = config.proxyPath ? "'self'" : `'self' ${origin.origin} ${appHosts}`;
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    `connect-src ${connect}`,
    "font-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "frame-src 'none'",
  ].join('; ');
}

/**
 * Headers for whatever serves the built pages (vite preview here; nginx in the README, which adds
 * HSTS, meaningful over https only). `frame-ancestors` works only in a header, not in the meta
 * tag: no other site may frame the dashboard and trick clicks on Remove or Reveal.
 */
export function securityHeaders(config: Config): Record<string, string> {
  return {
    'Content-Security-Policy': `${contentSecurityPolicy(config)}; frame-ancestors 'none'`,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  };
}

/** Puts the policy into every built page as a meta tag, so it holds whatever the host sends. */
export function cspMetaPlugin(config: Config | null): Plugin {
  return {
    name: 'oe-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      if (!config) return html;
      const policy = contentSecurityPolicy(config).replaceAll('"', '&quot;');
      return html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
    },
  };
}
