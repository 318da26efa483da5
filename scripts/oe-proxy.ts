import http, { type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { Plugin } from 'vite';
import type { Config } from '../src/config';
import { isAppConnectionHostname } from '../src/portal/connection-url.ts';

/**
 * A same-origin proxy for `vite dev` and `vite preview`: `${proxyPath}/api/*` goes to the
 * OctoEverywhere origin, `${proxyPath}/relay/<host>/*` to an App Connection host. It exists
 * because whether the real service answers CORS is undocumented. Only App Connection hosts (a
 * subdomain of the origin, on its port) are reachable: anything else would make it an open proxy.
 */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** Credentials and content negotiation only: cookies, Origin and Referer of this page stay here. */
const REQUEST_HEADERS = ['apptoken', 'authorization', 'x-api-key', 'content-type', 'accept', 'content-length'];
/**
 * No Set-Cookie (it would land on this origin), no WWW-Authenticate (the browser would ask for a
 * password on this origin's behalf) and no CORS headers (same origin now).
 */
const RESPONSE_HEADERS = ['content-type', 'content-length', 'content-encoding', 'cache-control', 'retry-after', 'etag', 'last-modified'];
/**
 * On every answer the proxy gives: whatever a printer host returns is served from the dashboard's
 * origin, so it must never run as that origin (no script, no plugins, no sniffing HTML from JSON).
 */
export const RELAYED_ANSWER_HEADERS = {
  'Content-Security-Policy': "sandbox; default-src 'none'",
  'X-Content-Type-Options': 'nosniff',
} as const;
const UPSTREAM_TIMEOUT_MS = 60_000;

type Resolution = { target: URL } | { status: 400 | 403 | 404; message: string } | null;

/** True when `host` (host[:port], as in a URL) is an App Connection host of `origin`. */
export function isAppConnectionHost(host: string, origin: URL): boolean {
  let url: URL;
  try {
    url = new URL(`${origin.protocol}//${host}`);
  } catch {
    return false;
  }
  // A round trip that changes the text means user info, odd escapes or a spelled-out default port.
  if (url.host !== host.toLowerCase() || url.port !== origin.port) return false;
  return isAppConnectionHostname(url.hostname, origin.hostname);
}

/** `.` and `..` segments (also escaped) would let a request climb out of /api/ upstream. */
function climbs(path: string): boolean {
  if (path.includes('\\')) return true;
  try {
    return path.split('/').some((segment) => ['.', '..'].includes(decodeURIComponent(segment)) || decodeURIComponent(segment).includes('/'));
  } catch {
    return true;
  }
}

/**
 * The URL to forward to, checked after parsing: the parser drops TABs and newlines and resolves
 * `.` and `..`, so `/api/.\t./x` would become `/x`. The parsed path must be the path as received,
 * under `root`, with no segment that climbs.
 */
function parsedTarget(origin: URL, host: string, pathAndQuery: string, root: string): URL | null {
  let url: URL;
  try {
    url = new URL(`${origin.protocol}//${host}${pathAndQuery}`);
  } catch {
    return null;
  }
  const path = pathAndQuery.split('?')[0] ?? '';
  if (url.host !== host || url.pathname !== path || !path.startsWith(root) || climbs(path)) return null;
  return url;
}

/** Where a request goes, an error to answer, or null when the path is not the proxy's. */
export function resolveTarget(config: Config, rawUrl: string): Resolution {
  const base = config.proxyPath;
  if (!base || !rawUrl.startsWith(`${base}/`)) return null;
  const rest = rawUrl.slice(base.length);
  const origin = new URL(config.origin);
  let target: URL | null;
  if (rest.startsWith('/api/')) {
    target = parsedTarget(origin, origin.host, rest, '/api/');
  } else {
    const relay = /^\/relay\/([^/?#]*)(.*)$/.exec(rest);
    if (!relay) return { status: 404, message: 'Not found' };
    const host = relay[1] ?? '';
    if (!isAppConnectionHost(host, origin)) return { status: 403, message: 'Not an App Connection host' };
    const path = relay[2] || '/';
    target = parsedTarget(origin, host.toLowerCase(), path.startsWith('/') ? path : `/${path}`, '/');
  }
  return target ? { target } : { status: 400, message: 'Bad path' };
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...RELAYED_ANSWER_HEADERS });
  res.end(text);
}

function forward(target: URL, req: IncomingMessage, res: ServerResponse): void {
  const headers: OutgoingHttpHeaders = { host: target.host };
  for (const name of REQUEST_HEADERS) {
    const value = req.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  // Node resolves no *.localhost name (the stub's App Connection hosts): dial loopback, keep Host.
  const loopback = target.hostname === 'localhost' || target.hostname.endsWith('.localhost');
  const transport = target.protocol === 'https:' ? https : http;
  let timedOut = false;
  const upstream = transport.request(
    {
      hostname: loopback ? '127.0.0.1' : target.hostname,
      port: target.port || undefined,
      method: req.method,
      path: `${target.pathname}${target.search}`,
      headers,
      servername: target.hostname,
      timeout: UPSTREAM_TIMEOUT_MS,
    },
    (answer) => {
      const out: OutgoingHttpHeaders = { ...RELAYED_ANSWER_HEADERS };
      for (const name of RESPONSE_HEADERS) {
        const value = answer.headers[name];
        if (value !== undefined) out[name] = value;
      }
      // 6xx included: OctoEverywhere's own codes are the message.
      res.writeHead(answer.statusCode ?? 502, out);
      answer.pipe(res);
    },
  );
  upstream.on('timeout', () => {
    timedOut = true;
    upstream.destroy();
  });
  upstream.on('error', () => {
    if (res.headersSent) return void res.destroy();
    // Name the host, never the request's headers: those carry the credentials.
    sendText(res, timedOut ? 504 : 502, `The proxy could not reach ${target.host}`);
  });
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  req.pipe(upstream);
}

/** The connect-style middleware; exported apart from the plugin so it can be tested without Vite. */
export function createOeProxyMiddleware(config: Config): Middleware {
  return (req, res, next) => {
    const resolution = resolveTarget(config, req.url ?? '');
    if (resolution === null) return next();
    if ('status' in resolution) return sendText(res, resolution.status, resolution.message);
    forward(resolution.target, req, res);
  };
}

/** Serves the proxy in `vite dev` and `vite preview` when the config names a proxy path. */
export function oeProxyPlugin(config: Config | null): Plugin {
  const attach = (server: { middlewares: { use(handler: Middleware): unknown } }) => {
    if (config?.proxyPath) server.middlewares.use(createOeProxyMiddleware(config));
  };
  return { name: 'oe-proxy', configureServer: attach, configurePreviewServer: attach };
}
