import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Config } from '../src/config';

/** Inline code a page may run: the SHA-256 sources of its own inline script and style, nothing else. */
export interface InlineHashes {
  scriptHashes?: string[];
  styleHashes?: string[];
}

/**
 * The Content-Security-Policy both pages carry: no inline script but the page's own (by hash),
 * nothing loaded from elsewhere, and `connect-src` limited to this origin, the OctoEverywhere
 * origin and its App Connection hosts.
 */
export function contentSecurityPolicy(config: Config, inline: InlineHashes = {}): string {
  const origin = new URL(config.origin);
  const appHosts = `${origin.protocol}//*.${origin.host}`;
  const connect = config.proxyPath ? "'self'" : `'self' ${origin.origin} ${appHosts}`;
  const self = (hashes: string[] = []) => ["'self'", ...hashes].join(' ');
  return [
    "default-src 'none'",
    `script-src ${self(inline.scriptHashes)}`,
    `style-src ${self(inline.styleHashes)}`,
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
 * Headers for whatever serves the built pages (nginx in the README, which adds HSTS, meaningful
 * over https only; `vite preview` sends the CSP per page, see cspHeaderPlugin). `frame-ancestors`
 * works only in a header, not in the meta tag: no other site may frame the dashboard and trick
 * clicks on Remove or Reveal.
 */
export function securityHeaders(config: Config): Record<string, string> {
  return {
    'Content-Security-Policy': `${contentSecurityPolicy(config)}; frame-ancestors 'none'`,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  };
}

export const cspMetaTag = (policy: string): string =>
  `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('"', '&quot;')}" />`;

/** Puts the policy into every built page as a meta tag, so it holds whatever the host sends. */
export function cspMetaPlugin(config: Config | null): Plugin {
  return {
    name: 'oe-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      if (!config) return html;
      return html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${cspMetaTag(contentSecurityPolicy(config))}`);
    },
  };
}

/** The policy in a built page's meta tag, or null. */
export function pagePolicy(html: string): string | null {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/.exec(html)?.[1];
  return content === undefined ? null : content.replaceAll('&quot;', '"');
}

/**
 * `vite preview` sends each page the policy of its own meta tag (the callback page's carries the
 * hash of its inline script) and every other file the plain policy, as a host should.
 */
export function cspHeaderPlugin(config: Config | null): Plugin {
  let outDir = '';
  let base = '/';
  return {
    name: 'oe-csp-header',
    configResolved(resolved) {
      outDir = resolve(resolved.root, resolved.build.outDir);
      base = resolved.base;
    },
    configurePreviewServer(server) {
      if (!config) return;
      const pages = new Map<string, string>();
      const files = existsSync(outDir) ? readdirSync(outDir).filter((name) => name.endsWith('.html')) : [];
      for (const name of files) {
        const policy = pagePolicy(readFileSync(join(outDir, name), 'utf8'));
        if (policy) pages.set(`${base}${name}`, policy);
      }
      const index = pages.get(`${base}index.html`);
      if (index) pages.set(base, index);
      const fallback = contentSecurityPolicy(config);
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://host').pathname;
        // frame-ancestors works only in a header: the meta tags cannot carry it.
        res.setHeader('Content-Security-Policy', `${pages.get(path) ?? fallback}; frame-ancestors 'none'`);
        next();
      });
    },
  };
}
